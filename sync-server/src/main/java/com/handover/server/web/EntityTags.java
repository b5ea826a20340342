package com.handover.server.web;

/**
 * {@code If-None-Match} as RFC 9110 section 13.1.2 reads it: {@code *}, or a list of entity tags compared weakly
 * ({@code W/"x"} matches {@code "x"}).
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** Whether {@code ifNoneMatch} names the representation whose strong tag is {@code etag} (quoted). */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",", -1)) {
            String t = tag.trim();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
