package com.handover.mobile.photo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * {@link ImageCodec} for phones, which have no {@code java.awt} or {@code javax.imageio}: JavaFX decodes the
 * JPEG or PNG (as it does on Android and iOS), plain Java shrinks it, JavaFX draws the stamp's text on the FX
 * thread, and {@link JpegEncoder} writes the JPEG. Needs the JavaFX toolkit running, as it is in the app.
 */
public final class FxImageCodec implements ImageCodec {

    /** JPEG quality (1–100): small files, artefacts not visible on defect photos. */
    public static final int JPEG_QUALITY = 85;
    private static final long FX_WAIT_SECONDS = 30;

    private final JpegEncoder jpeg = new JpegEncoder(JPEG_QUALITY);

    @Override
    public byte[] scaleToJpeg(byte[] image, int maxEdge) throws IOException {
        Pixels out = decode(image).scaledToFit(maxEdge);
        return jpeg.encode(out.argb(), out.width(), out.height());
    }

    @Override
    public byte[] stamp(byte[] image, List<String> lines) throws IOException {
        Pixels src = decode(image);
        Pixels out = onFxThread(() -> paintStamp(src, lines));
        return jpeg.encode(out.argb(), out.width(), out.height());
    }

    private static Pixels decode(byte[] bytes) throws IOException {
        Image img = new Image(new ByteArrayInputStream(bytes));
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        if (img.isError() || w < 1 || h < 1 || img.getPixelReader() == null) {
            throw new IOException("not a readable JPEG or PNG image");
        }
        return new Pixels(w, h, read(img, w, h)).onWhite();
    }

    private static int[] read(Image img, int w, int h) {
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    /** The lines in white on a dark band across the bottom, as the desktop codec draws them. */
    private static Pixels paintStamp(Pixels src, List<String> lines) {
        WritableImage base = new WritableImage(src.width(), src.height());
        base.getPixelWriter().setPixels(0, 0, src.width(), src.height(), PixelFormat.getIntArgbInstance(), src.argb(),
                0, src.width());
        Canvas canvas = new Canvas(src.width(), src.height());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.drawImage(base, 0, 0);
        int fontSize = Math.max(12, src.width() / 40);
        int lineHeight = (int) (fontSize * 1.4);
        int band = lineHeight * lines.size() + fontSize / 2;
        g.setFill(Color.rgb(0, 0, 0, 150 / 255.0));
        g.fillRect(0, src.height() - band, src.width(), band);
        g.setFill(Color.WHITE);
        g.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, fontSize));
        double y = src.height() - band + lineHeight - fontSize / 4.0;
        for (String line : lines) {
            g.fillText(line, fontSize / 2.0, y);
            y += lineHeight;
        }
        WritableImage shot = canvas.snapshot(new SnapshotParameters(), null);
        return new Pixels(src.width(), src.height(), read(shot, src.width(), src.height()));
    }

    /** Runs on the JavaFX thread (where drawing must happen) and waits for the result. */
    private static <T> T onFxThread(Supplier<T> work) throws IOException {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(FX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stamping the photo", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the photo could not be stamped: " + e.getMessage(), e);
        }
    }
}
