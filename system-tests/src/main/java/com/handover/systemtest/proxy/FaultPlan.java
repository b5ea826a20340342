package com.handover.systemtest.proxy;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/** Decides the fault for each new client connection. Implementations are safe for concurrent use. */
@FunctionalInterface
public interface FaultPlan {

    Fault next();

    /** Every connection passes. */
    static FaultPlan none() {
        return () -> Fault.PASS;
    }

    /** The given faults for the next connections, in order; PASS after them. */
    static FaultPlan script(Fault... faults) {
        Deque<Fault> queue = new ArrayDeque<>(Arrays.asList(faults));
        return () -> {
            synchronized (queue) {
                return queue.isEmpty() ? Fault.PASS : queue.poll();
            }
        };
    }

    /**
     * A fault on {@code percent}% of connections, of a kind drawn from {@code kinds}: resets and truncations after
     * 1 byte to {@code maxBytes}, delays of 100 ms to {@code maxDelayMillis}.
     */
    static FaultPlan random(long seed, int percent, long maxBytes, long maxDelayMillis, Fault.Kind... kinds) {
        if (percent < 0 || percent > 100 || kinds.length == 0) {
            throw new IllegalArgumentException("percent must be 0..100 and at least one kind given");
        }
        Random random = new Random(seed);
        List<Fault.Kind> choices = List.of(kinds);
        return () -> {
            synchronized (random) {
                if (random.nextInt(100) >= percent) {
                    return Fault.PASS;
                }
                Fault.Kind kind = choices.get(random.nextInt(choices.size()));
                long bytes = 1 + (long) (random.nextDouble() * maxBytes);
                return switch (kind) {
                    case PASS, DROP, DUPLICATE -> new Fault(kind, 0);
                    case RESET_REQUEST, RESET_RESPONSE, TRUNCATE_RESPONSE -> new Fault(kind, bytes);
                    case DELAY -> Fault.delay(100 + (long) (random.nextDouble() * Math.max(0, maxDelayMillis - 100)));
                };
            }
        };
    }
}
