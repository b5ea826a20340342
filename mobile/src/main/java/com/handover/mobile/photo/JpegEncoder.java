package com.handover.mobile.photo;

import java.io.ByteArrayOutputStream;

/**
 * A baseline JPEG encoder in plain Java (no {@code java.awt}, no {@code javax.imageio}, neither of which a phone
 * has): JFIF, YCbCr without subsampling, the standard quantisation tables scaled by quality as libjpeg does, the
 * standard Huffman tables (ITU T.81 Annex K). Any JPEG reader decodes what it writes.
 */
public final class JpegEncoder {

    private static final int[] ZIGZAG = {0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40,
        48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58,
        59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};
    private static final int[] LUMA_Q = {16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16,
        24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104,
        113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};
    private static final int[] CHROMA_Q = {17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56,
        99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99};
    /** cos((2x + 1) u π / 16) · C(u) / 2, for the separable forward DCT. */
    private static final double[][] DCT = new double[8][8];

    static {
        for (int u = 0; u < 8; u++) {
            double c = u == 0 ? Math.sqrt(0.5) : 1.0;
            for (int x = 0; x < 8; x++) {
                DCT[u][x] = c / 2 * Math.cos((2 * x + 1) * u * Math.PI / 16);
            }
        }
    }

    private final int[] lumaQ;
    private final int[] chromaQ;

    /** {@code quality}: 1 (smallest) to 100 (best), as libjpeg counts it. */
    public JpegEncoder(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("JPEG quality must be 1 to 100");
        }
        int scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
        this.lumaQ = scaled(LUMA_Q, scale);
        this.chromaQ = scaled(CHROMA_Q, scale);
    }

    private static int[] scaled(int[] base, int scale) {
        int[] out = new int[64];
        for (int i = 0; i < 64; i++) {
            out[i] = Math.max(1, Math.min(255, (base[i] * scale + 50) / 100));
        }
        return out;
    }

    /** The pixels ({@code 0xRRGGBB} per pixel, row by row; alpha ignored) as a JPEG file. */
    public byte[] encode(int[] rgb, int width, int height) {
        if (width < 1 || height < 1 || width > 65535 || height > 65535 || rgb.length < width * height) {
            throw new IllegalArgumentException("a JPEG is 1 to 65535 pixels each way, with a pixel for each");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 4 + 1024);
        JpegHeaders.write(out, width, height, lumaQ, chromaQ, ZIGZAG);
        JpegBits bits = new JpegBits(out);
        int[] previousDc = new int[3];
        double[][] block = new double[3][64];
        for (int by = 0; by < height; by += 8) {
            for (int bx = 0; bx < width; bx += 8) {
                toYCbCr(rgb, width, height, bx, by, block);
                for (int c = 0; c < 3; c++) {
                    int[] q = quantise(block[c], c == 0 ? lumaQ : chromaQ);
                    previousDc[c] = bits.block(q, previousDc[c], c == 0 ? JpegHuffman.LUMA : JpegHuffman.CHROMA);
                }
            }
        }
        bits.flush();
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    /** One 8×8 block of each component, level-shifted; edges repeat the last row and column. */
    private static void toYCbCr(int[] rgb, int width, int height, int bx, int by, double[][] block) {
        for (int y = 0; y < 8; y++) {
            int row = Math.min(by + y, height - 1) * width;
            for (int x = 0; x < 8; x++) {
                int p = rgb[row + Math.min(bx + x, width - 1)];
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                int i = y * 8 + x;
                block[0][i] = 0.299 * r + 0.587 * g + 0.114 * b - 128;
                block[1][i] = -0.168736 * r - 0.331264 * g + 0.5 * b;
                block[2][i] = 0.5 * r - 0.418688 * g - 0.081312 * b;
            }
        }
    }

    /** The forward DCT of a block, divided by the table and rounded, in zigzag order. */
    private static int[] quantise(double[] block, int[] table) {
        double[] rows = new double[64];
        for (int y = 0; y < 8; y++) {
            for (int u = 0; u < 8; u++) {
                double s = 0;
                for (int x = 0; x < 8; x++) {
                    s += DCT[u][x] * block[y * 8 + x];
                }
                rows[y * 8 + u] = s;
            }
        }
        int[] out = new int[64];
        for (int k = 0; k < 64; k++) {
            int natural = ZIGZAG[k];
            int v = natural / 8;
            int u = natural % 8;
            double s = 0;
            for (int y = 0; y < 8; y++) {
                s += DCT[v][y] * rows[y * 8 + u];
            }
            out[k] = (int) Math.round(s / table[natural]);
        }
        return out;
    }
}
