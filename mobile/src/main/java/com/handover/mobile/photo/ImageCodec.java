package com.handover.mobile.photo;

import java.io.IOException;
import java.util.List;

/** Decoding, scaling, stamping and encoding of photos. */
public interface ImageCodec {

    /** The image scaled so its long edge is at most {@code maxEdge} pixels (never enlarged), as JPEG. */
    byte[] scaleToJpeg(byte[] image, int maxEdge) throws IOException;

    /** A copy with {@code lines} of text drawn in a band at the bottom, as JPEG. */
    byte[] stamp(byte[] image, List<String> lines) throws IOException;
}
