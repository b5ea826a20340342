package com.handover.server.office.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A QR code (zxing) as a grid of modules, drawn as one SVG path or as squares in the PDF. */
public record QrCode(String text, int size, boolean[][] dark) {

    /** Modules of quiet zone around the code. */
    public static final int MARGIN = 2;

    public static QrCode of(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, MARGIN));
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y][x] = m.get(x, y);
                }
            }
            return new QrCode(text, m.getWidth(), dark);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text cannot be put in a QR code: " + e.getMessage(), e);
        }
    }

    /** The dark modules as an SVG path in module units (viewBox 0 0 size size). */
    public String svgPath() {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (dark[y][x]) {
                    sb.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return sb.toString();
    }

    public String viewBox() {
        return "0 0 " + size + " " + size;
    }
}
