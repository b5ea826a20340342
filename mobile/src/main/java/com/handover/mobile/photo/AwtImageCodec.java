package com.handover.mobile.photo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** {@link ImageCodec} with Java 2D and ImageIO (desktop JVM and GraalVM desktop images). */
public final class AwtImageCodec implements ImageCodec {

    /** JPEG quality: small files, artefacts not visible on defect photos. */
    public static final float JPEG_QUALITY = 0.85f;

    @Override
    public byte[] scaleToJpeg(byte[] image, int maxEdge) throws IOException {
        BufferedImage src = decode(image);
        double scale = Math.min(1.0, (double) maxEdge / Math.max(src.getWidth(), src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return jpeg(out);
    }

    @Override
    public byte[] stamp(byte[] image, List<String> lines) throws IOException {
        BufferedImage src = decode(image);
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        int fontSize = Math.max(12, src.getWidth() / 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int lineHeight = (int) (fontSize * 1.4);
        int band = lineHeight * lines.size() + fontSize / 2;
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRect(0, src.getHeight() - band, src.getWidth(), band);
        g.setColor(Color.WHITE);
        int y = src.getHeight() - band + lineHeight - fontSize / 4;
        for (String line : lines) {
            g.drawString(line, fontSize / 2, y);
            y += lineHeight;
        }
        g.dispose();
        return jpeg(out);
    }

    private static BufferedImage decode(byte[] image) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(image));
        if (img == null) {
            throw new IOException("not a readable JPEG or PNG image");
        }
        return img;
    }

    private static byte[] jpeg(BufferedImage img) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
