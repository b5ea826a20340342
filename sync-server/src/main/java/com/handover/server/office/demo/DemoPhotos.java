package com.handover.server.office.demo;

import com.handover.model.PhotoRef;
import com.handover.model.json.CanonicalJson;
import com.handover.server.blob.BlobService;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Photos for the demo: small real JPEGs (a wall-like surface with a drawn crack or stain), uploaded through
 * the blob service like a device's upload, so they are checked against their hash and kept the normal way.
 */
final class DemoPhotos {

    static final int WIDTH = 480;
    static final int HEIGHT = 360;

    private final BlobService blobs;
    private final Random random;
    private int made;

    DemoPhotos(BlobService blobs, Random random) {
        this.blobs = blobs;
        this.random = random;
    }

    /** A new photo taken at {@code at}; its bytes are uploaded unless {@code withheld} (a photo still on the device). */
    PhotoRef take(Instant at, boolean withheld) {
        byte[] jpeg = jpeg(made++);
        String sha = CanonicalJson.sha256Hex(jpeg);
        if (!withheld) {
            blobs.upload(sha, 0, jpeg.length, jpeg);
        }
        return new PhotoRef(sha, at, null, null);
    }

    private byte[] jpeg(int n) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int base = 200 + random.nextInt(40);
        g.setPaint(new GradientPaint(0, 0, new Color(base, base - 6, base - 14), WIDTH, HEIGHT,
                new Color(base - 40, base - 44, base - 50)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(120, 110, 100, 60));
        for (int i = 0; i < 400; i++) {
            g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 2, 2);
        }
        if (n % 3 == 0) {
            g.setColor(new Color(150, 120, 70, 120));
            g.fillOval(100 + random.nextInt(200), 80 + random.nextInt(120), 90 + random.nextInt(60), 60 + random.nextInt(40));
        } else {
            g.setColor(new Color(60, 55, 50));
            g.setStroke(new BasicStroke(2.5f));
            int x = 60 + random.nextInt(100);
            int y = 40;
            while (y < HEIGHT - 40) {
                int nx = x + random.nextInt(41) - 20;
                int ny = y + 15 + random.nextInt(25);
                g.drawLine(x, y, nx, ny);
                x = nx;
                y = ny;
            }
        }
        g.setColor(new Color(200, 30, 30));
        g.setStroke(new BasicStroke(3f));
        g.drawRect(20, 20, WIDTH - 40, HEIGHT - 40);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
