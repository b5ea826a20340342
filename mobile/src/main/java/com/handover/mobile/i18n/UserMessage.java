package com.handover.mobile.i18n;

import java.util.List;

/** A message for a person: a key of the resource bundles and its arguments, rendered in the chosen language. */
public record UserMessage(String key, List<Object> args) {

    public UserMessage {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a message needs a key");
        }
        args = List.copyOf(args);
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, List.of(args));
    }
}
