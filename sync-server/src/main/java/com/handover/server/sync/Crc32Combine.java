package com.handover.server.sync;

/**
 * The CRC-32 of two byte strings one after the other, from the CRC-32 of each and the second's length, without
 * the bytes (zlib's {@code crc32_combine}): appending {@code n} bytes multiplies the first CRC by x^(8n) modulo
 * the CRC polynomial, done here by squaring the matrix of "one zero bit" over GF(2).
 */
final class Crc32Combine {

    private static final int REFLECTED_POLYNOMIAL = 0xEDB88320;

    private Crc32Combine() {
    }

    /** The CRC-32 of {@code a + b}, where {@code crcA} is that of {@code a}, {@code crcB} and {@code lengthB} of b. */
    static int combine(int crcA, int crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        int[] odd = new int[32];
        int[] even = new int[32];
        odd[0] = REFLECTED_POLYNOMIAL; // the operator for one zero bit
        int row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        int crc = crcA;
        long remaining = lengthB;
        do {
            // each round applies one more power of two of zero bytes where lengthB has a one bit
            square(even, odd);
            if ((remaining & 1) != 0) {
                crc = times(even, crc);
            }
            remaining >>>= 1;
            if (remaining == 0) {
                break;
            }
            square(odd, even);
            if ((remaining & 1) != 0) {
                crc = times(odd, crc);
            }
            remaining >>>= 1;
        } while (remaining != 0);
        return crc ^ crcB;
    }

    private static int times(int[] matrix, int vector) {
        int sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(int[] square, int[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
