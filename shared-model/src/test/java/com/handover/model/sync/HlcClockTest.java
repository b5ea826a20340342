package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HlcClockTest {

    private final AtomicLong wall = new AtomicLong(1_780_000_000_000L);

    @Test
    void timestampsKeepRisingWhenTheWallClockJumpsBack() {
        HlcClock clock = new HlcClock("tablet-1", wall::get);
        Hlc before = clock.now();
        wall.addAndGet(-3_600_000);
        Hlc after = clock.now();
        assertTrue(after.isAfter(before));
        assertEquals(before.wallMillis(), after.wallMillis());
        assertEquals(1, after.counter());
    }

    @Test
    void aReceivedTimestampFromAFastClockIsKeptBehind() {
        HlcClock clock = new HlcClock("tablet-1", wall::get);
        Hlc remote = new Hlc(wall.get() + Duration.ofDays(2).toMillis(), 7, "phone-9");
        clock.receive(remote);
        assertTrue(clock.now().isAfter(remote), "causality: what is written after seeing it sorts after it");
        assertTrue(clock.lastReceiveExceededDrift(), "a clock two days ahead is reported");
    }

    @Test
    void aNearbyClockIsNotReported() {
        HlcClock clock = new HlcClock("tablet-1", wall::get);
        clock.receive(new Hlc(wall.get() - 30_000, 0, "phone-9"));
        assertFalse(clock.lastReceiveExceededDrift());
    }

    @Test
    void aRestoredClockContinuesAfterWhatItIssuedBeforeARestart() {
        Hlc last = new Hlc(wall.get() + 10_000, 4, "tablet-1");
        HlcClock restored = new HlcClock("tablet-1", wall::get, Duration.ofMinutes(10), last);
        assertTrue(restored.now().isAfter(last));
    }

    @Test
    void underRandomJumpsAndMessagesEveryTimestampIsNewerThanAllBefore() {
        Random random = new Random(7);
        HlcClock clock = new HlcClock("a", wall::get);
        List<Hlc> issued = new ArrayList<>();
        Hlc max = null;
        for (int i = 0; i < 20_000; i++) {
            wall.addAndGet(random.nextInt(2_000) - 1_000);
            if (random.nextInt(5) == 0) {
                Hlc remote = new Hlc(wall.get() + random.nextInt(200_000) - 100_000, random.nextInt(10), "b");
                clock.receive(remote);
                max = max == null || remote.isAfter(max) ? remote : max;
            }
            Hlc now = clock.now();
            assertTrue(max == null || now.isAfter(max), "seed 7 step " + i);
            max = now;
            issued.add(now);
        }
        assertEquals(issued.size(), issued.stream().distinct().count());
    }

    @Test
    void textFormSortsInClockOrderAndRoundTrips() {
        Hlc a = new Hlc(5, 999_999, "zz");
        Hlc b = new Hlc(6, 0, "aa");
        assertTrue(a.toString().compareTo(b.toString()) < 0);
        assertEquals(a, Hlc.parse(a.toString()));
        assertEquals("0000000000000005.999999.zz", a.toString());
    }

    @Test
    void textFormIsTheZeroPaddedFormatForEveryClock() {
        Random random = new Random(11);
        List<Hlc> clocks = new ArrayList<>(List.of(new Hlc(0, 0, "a"), new Hlc(9_999_999_999_999_999L,
                Hlc.MAX_COUNTER, "Z".repeat(Hlc.MAX_NODE_LENGTH)), new Hlc(1_732_780_000_000L, 7, "phone_7-b")));
        for (int i = 0; i < 1_000; i++) {
            clocks.add(new Hlc(Math.floorMod(random.nextLong(), 10_000_000_000_000_000L),
                    random.nextInt(Hlc.MAX_COUNTER + 1), "node-" + random.nextInt(1_000)));
        }
        for (Hlc clock : clocks) {
            String expected = String.format("%016d.%06d.%s", clock.wallMillis(), clock.counter(), clock.node());
            assertEquals(expected, clock.toString());
            assertEquals(clock, Hlc.parse(clock.toString()));
        }
    }

    @Test
    void badTextIsRefusedWithTheReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> Hlc.parse("yesterday"));
        assertTrue(e.getMessage().contains("0001732780000000.000000.node"));
        assertThrows(IllegalArgumentException.class, () -> new Hlc(1, 0, "bad node/../x"));
    }
}
