package com.handover.systemtest.device;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Small real JPEG photos made with ImageIO: the same seed gives the same picture, different seeds differ. */
public final class Jpegs {

    private Jpegs() {
    }

    public static byte[] photo(long seed, int width, int height) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(r.nextInt(0xFFFFFF)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(r.nextInt(0xFFFFFF)));
            g.fillRect(r.nextInt(width), r.nextInt(height), 1 + r.nextInt(width / 2), 1 + r.nextInt(height / 2));
        }
        // A few unique pixels so that two seeds never give the same bytes.
        for (int i = 0; i < 8; i++) {
            img.setRGB(i % width, i / width, (int) (seed >>> (i * 8)) & 0xFFFFFF);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, "jpeg", out)) {
                throw new IllegalStateException("no JPEG writer");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
