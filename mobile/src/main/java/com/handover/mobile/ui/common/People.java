package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.session.SessionManager;

/**
 * How a person who recorded something is named on screen: never by account name. The device knows its own user's
 * display name; anyone else is "another colleague" (their name is in the office console).
 */
public record People(String myUsername, String myName) {

    public static People of(SessionManager session) {
        return session.current().map(s -> new People(s.username(), s.displayName() == null ? "" : s.displayName()))
                .orElse(new People("", ""));
    }

    /** The words for {@code actor} (an account name from an operation). */
    public UserMessage name(String actor) {
        if (actor == null || !actor.equals(myUsername)) {
            return UserMessage.of("person.colleague");
        }
        return myName.isBlank() || myName.equals(myUsername) ? UserMessage.of("person.me")
                : UserMessage.of("person.named", myName);
    }
}
