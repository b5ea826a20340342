package com.handover.mobile.sync;

/** The server no longer takes the token (or nobody is signed in): the user must sign in again. */
public final class SignInRequiredException extends Exception {
    public SignInRequiredException(String message) {
        super(message);
    }
}
