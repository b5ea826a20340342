package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class Crc32CombineTest {

    private static int crc(byte[] data, int from, int to) {
        CRC32 crc = new CRC32();
        crc.update(data, from, to - from);
        return (int) crc.getValue();
    }

    @Test
    void twoPartsCombineToTheCrcOfTheWholeAtEverySplit() {
        Random random = new Random(42);
        for (int length : new int[] {0, 1, 2, 7, 64, 1000, 65_537, 1 << 20}) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            int whole = crc(data, 0, length);
            for (int split : new int[] {0, length / 3, length / 2, length}) {
                assertEquals(whole, Crc32Combine.combine(crc(data, 0, split), crc(data, split, length), length - split),
                        "length " + length + " split at " + split);
            }
        }
    }

    @Test
    void manyPartsCombineOneAfterAnother() {
        Random random = new Random(7);
        byte[] data = new byte[300_000];
        random.nextBytes(data);
        int combined = 0;
        int from = 0;
        while (from < data.length) {
            int to = Math.min(data.length, from + 1 + random.nextInt(40_000));
            combined = Crc32Combine.combine(combined, crc(data, from, to), to - from);
            from = to;
        }
        assertEquals(crc(data, 0, data.length), combined);
    }
}
