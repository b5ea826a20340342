package com.handover.mobile.session;

/**
 * Someone else tried to sign in while this device still holds unsynced work of the previous user. That work is
 * stamped with its author; pushed under another user's token the server would refuse it, so the author must
 * sync it first.
 */
public final class UnsentWorkOfAnotherUser extends RuntimeException {

    private final String owner;
    private final int count;

    public UnsentWorkOfAnotherUser(String owner, int count) {
        super(count + " unsynced operations of " + owner + " are still on this device");
        this.owner = owner;
        this.count = count;
    }

    public String owner() {
        return owner;
    }

    public int count() {
        return count;
    }
}
