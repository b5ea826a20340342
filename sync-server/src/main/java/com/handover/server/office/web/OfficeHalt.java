package com.handover.server.office.web;

/**
 * Stops a console request with an answer a person can read: an HTML error page with a status, or a redirect.
 * Thrown from before-handlers and pages; {@link OfficeConsoleErrors} turns it into the response.
 */
public final class OfficeHalt extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final String location;

    private OfficeHalt(int status, String messageKey, String location) {
        super(messageKey != null ? messageKey : "redirect to " + location, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.location = location;
    }

    /** An error page with the bundle text under {@code messageKey}. */
    public static OfficeHalt page(int status, String messageKey) {
        return new OfficeHalt(status, messageKey, null);
    }

    public static OfficeHalt notFound() {
        return page(404, "error.notFound");
    }

    public static OfficeHalt redirect(String location) {
        return new OfficeHalt(303, null, location);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Where to go, for a redirect; null for an error page. */
    public String location() {
        return location;
    }
}
