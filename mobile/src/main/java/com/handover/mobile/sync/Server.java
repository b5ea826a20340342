package com.handover.mobile.sync;

import java.util.Objects;

/** Where to send a request and with which bearer token (null before sign-in). */
public record Server(String baseUrl, String token) {
    public Server {
        Objects.requireNonNull(baseUrl, "baseUrl");
    }
}
