package com.handover.mobile.photo;

import java.io.ByteArrayOutputStream;

/** The markers before a baseline JPEG's entropy-coded data: SOI, JFIF, quantisation and Huffman tables, SOF0, SOS. */
final class JpegHeaders {

    private JpegHeaders() {
    }

    static void write(ByteArrayOutputStream out, int width, int height, int[] lumaQ, int[] chromaQ, int[] zigzag) {
        marker(out, 0xD8);
        marker(out, 0xE0);
        word(out, 16);
        out.writeBytes(new byte[] {'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
        marker(out, 0xDB);
        word(out, 2 + 2 * 65);
        table(out, 0, lumaQ, zigzag);
        table(out, 1, chromaQ, zigzag);
        marker(out, 0xC0);
        word(out, 17);
        out.write(8);
        word(out, height);
        word(out, width);
        out.write(3);
        for (int c = 1; c <= 3; c++) {
            out.write(c);
            out.write(0x11);
            out.write(c == 1 ? 0 : 1);
        }
        huffman(out, JpegHuffman.LUMA, 0);
        huffman(out, JpegHuffman.CHROMA, 1);
        marker(out, 0xDA);
        word(out, 12);
        out.write(3);
        for (int c = 1; c <= 3; c++) {
            out.write(c);
            out.write(c == 1 ? 0x00 : 0x11);
        }
        out.write(0);
        out.write(63);
        out.write(0);
    }

    private static void table(ByteArrayOutputStream out, int id, int[] q, int[] zigzag) {
        out.write(id);
        for (int k = 0; k < 64; k++) {
            out.write(q[zigzag[k]]);
        }
    }

    private static void huffman(ByteArrayOutputStream out, JpegHuffman h, int id) {
        marker(out, 0xC4);
        word(out, 2 + 17 + h.dcValues.length + 17 + h.acValues.length);
        out.write(id);
        for (int b : h.dcBits) {
            out.write(b);
        }
        for (int v : h.dcValues) {
            out.write(v);
        }
        out.write(0x10 | id);
        for (int b : h.acBits) {
            out.write(b);
        }
        for (int v : h.acValues) {
            out.write(v);
        }
    }

    private static void marker(ByteArrayOutputStream out, int code) {
        out.write(0xFF);
        out.write(code);
    }

    private static void word(ByteArrayOutputStream out, int v) {
        out.write((v >> 8) & 0xFF);
        out.write(v & 0xFF);
    }
}
