package com.handover.mobile.platform;

import java.time.Instant;

/** The bytes of a photo as the camera or gallery gave them, and when it was taken (or picked). */
public record CapturedImage(byte[] bytes, Instant capturedAt) {
}
