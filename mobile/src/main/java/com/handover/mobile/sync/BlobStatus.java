package com.handover.mobile.sync;

/** How many bytes of a photo the server holds, and whether it holds all of them (hash verified). */
public record BlobStatus(long received, boolean complete) {
}
