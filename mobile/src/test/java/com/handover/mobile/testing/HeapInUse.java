package com.handover.mobile.testing;

/** The heap a JVM has in use, measured as tests and benchmarks compare it before and after holding a replica. */
public final class HeapInUse {

    private HeapInUse() {
    }

    /** Bytes in use once garbage is collected: the lowest of a few collections, since one may leave some behind. */
    public static long afterCollection() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
