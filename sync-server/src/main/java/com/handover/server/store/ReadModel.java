package com.handover.server.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read model outside the declared read-model packages: a class that answers a page, a report or a
 * check with SQL of its own that only reads. The server's layer tests allow SQL only in stores and read
 * models, and fail on a read model whose SQL writes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModel {
}
