package com.handover.mobile.photo;

import java.io.ByteArrayOutputStream;

/** The entropy-coded data: each block's DC difference and AC run lengths as Huffman codes, with 0xFF stuffed. */
final class JpegBits {

    private final ByteArrayOutputStream out;
    private int buffer;
    private int count;

    JpegBits(ByteArrayOutputStream out) {
        this.out = out;
    }

    /** Writes one quantised block (zigzag order); returns its DC value, from which the next one differs. */
    int block(int[] q, int previousDc, JpegHuffman h) {
        int diff = q[0] - previousDc;
        int size = size(diff);
        code(h.dcCode, h.dcLength, size);
        bits(amplitude(diff, size), size);
        int run = 0;
        for (int k = 1; k < 64; k++) {
            if (q[k] == 0) {
                run++;
                continue;
            }
            while (run > 15) {
                code(h.acCode, h.acLength, 0xF0);
                run -= 16;
            }
            int s = size(q[k]);
            code(h.acCode, h.acLength, (run << 4) | s);
            bits(amplitude(q[k], s), s);
            run = 0;
        }
        if (run > 0) {
            code(h.acCode, h.acLength, 0x00);
        }
        return q[0];
    }

    /** Pads the last byte with ones, as T.81 asks. */
    void flush() {
        if (count > 0) {
            bits((1 << (8 - count)) - 1, 8 - count);
        }
    }

    private void code(int[] codes, int[] lengths, int symbol) {
        if (lengths[symbol] == 0) {
            throw new IllegalStateException("no Huffman code for symbol " + symbol);
        }
        bits(codes[symbol], lengths[symbol]);
    }

    private void bits(int value, int length) {
        for (int i = length - 1; i >= 0; i--) {
            buffer = (buffer << 1) | ((value >> i) & 1);
            if (++count == 8) {
                out.write(buffer);
                if (buffer == 0xFF) {
                    out.write(0);
                }
                buffer = 0;
                count = 0;
            }
        }
    }

    private static int size(int v) {
        return 32 - Integer.numberOfLeadingZeros(Math.abs(v));
    }

    /** A negative value is written as its ones' complement in {@code size} bits. */
    private static int amplitude(int v, int size) {
        return v >= 0 ? v : v + (1 << size) - 1;
    }
}
