package com.handover.mobile.photo;

/** A picture as {@code 0xAARRGGBB} pixels, row by row. */
record Pixels(int width, int height, int[] argb) {

    /** The picture shrunk so its long edge is at most {@code maxEdge} (never enlarged), each pixel the mean of its area. */
    Pixels scaledToFit(int maxEdge) {
        double scale = Math.min(1.0, (double) maxEdge / Math.max(width, height));
        if (scale >= 1.0) {
            return this;
        }
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = y * height / h;
            int y1 = Math.max(y0 + 1, (y + 1) * height / h);
            for (int x = 0; x < w; x++) {
                int x0 = x * width / w;
                int x1 = Math.max(x0 + 1, (x + 1) * width / w);
                out[y * w + x] = mean(x0, x1, y0, y1);
            }
        }
        return new Pixels(w, h, out);
    }

    private int mean(int x0, int x1, int y0, int y1) {
        long r = 0;
        long g = 0;
        long b = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = argb[y * width + x];
                r += (p >> 16) & 0xFF;
                g += (p >> 8) & 0xFF;
                b += p & 0xFF;
            }
        }
        long n = (long) (x1 - x0) * (y1 - y0);
        return 0xFF000000 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
    }

    /** Transparent parts laid on white, as a JPEG (which has no transparency) should show them. */
    Pixels onWhite() {
        int[] out = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int a = (p >>> 24) & 0xFF;
            if (a == 0xFF) {
                out[i] = p;
                continue;
            }
            int r = (((p >> 16) & 0xFF) * a + 255 * (255 - a)) / 255;
            int g = (((p >> 8) & 0xFF) * a + 255 * (255 - a)) / 255;
            int b = ((p & 0xFF) * a + 255 * (255 - a)) / 255;
            out[i] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return new Pixels(width, height, out);
    }
}
