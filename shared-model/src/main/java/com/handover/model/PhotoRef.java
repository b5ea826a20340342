package com.handover.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A photo named by the SHA-256 of its bytes. The bytes travel separately; an operation may name a
 * photo before they arrive. Location is optional (the device may have none indoors).
 */
public record PhotoRef(String sha256, Instant capturedAt, Double latitude, Double longitude) {
    public PhotoRef {
        Checks.sha256("photo.sha256", sha256);
        Checks.required("photo.capturedAt", capturedAt);
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("photo location needs both latitude and longitude");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("photo location is outside the valid range");
        }
    }

    /** The SHA-256 of each photo of the lists, in order, once each. */
    @SafeVarargs
    public static Set<String> hashes(List<PhotoRef>... lists) {
        Set<String> out = new LinkedHashSet<>();
        for (List<PhotoRef> photos : lists) {
            photos.forEach(p -> out.add(p.sha256()));
        }
        return out;
    }
}
