package com.handover.mobile.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqlitePhotoStore;
import com.handover.model.PhotoRef;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;

/**
 * What the app needs of an image codec, held to both: the desktop one (Java 2D) and the phone's (JavaFX and the
 * plain-Java JPEG encoder). Results are read back with ImageIO here, as any other reader would.
 */
class ImageCodecContractTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void javaFxRuns() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static Stream<Arguments> codecs() {
        return Stream.of(Arguments.of("java2d", new AwtImageCodec()), Arguments.of("javafx", new FxImageCodec()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void aPhotoIsShrunkToItsLongEdgeAsAJpegThatLooksTheSame(String name, ImageCodec codec) throws IOException {
        byte[] jpeg = codec.scaleToJpeg(picture(3000, 2000, "jpg"), PhotoLibrary.MAX_EDGE);
        assertEquals(0xFF, jpeg[0] & 0xFF);
        assertEquals(0xD8, jpeg[1] & 0xFF);
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(2000, out.getWidth());
        assertEquals(1333, out.getHeight(), 1);
        assertClose(new Color(200, 40, 40), new Color(out.getRGB(300, 300)), "the red quarter stays red");
        assertClose(new Color(30, 90, 200), new Color(out.getRGB(1700, 1100)), "the blue quarter stays blue");
        assertTrue(jpeg.length < 400_000, () -> name + ": " + jpeg.length + " bytes for a plain 2000 px photo");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void aSmallPhotoIsNotEnlargedAndAThumbnailIsSmall(String name, ImageCodec codec) throws IOException {
        BufferedImage same = ImageIO.read(new ByteArrayInputStream(codec.scaleToJpeg(picture(640, 480, "jpg"),
                PhotoLibrary.MAX_EDGE)));
        assertEquals(640, same.getWidth());
        assertEquals(480, same.getHeight());
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(codec.scaleToJpeg(picture(640, 480, "png"),
                PhotoLibrary.THUMBNAIL_EDGE)));
        assertEquals(240, thumb.getWidth());
        assertEquals(180, thumb.getHeight());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void theStampedCopyKeepsTheSizeAndDarkensABandForTheText(String name, ImageCodec codec) throws IOException {
        byte[] original = codec.scaleToJpeg(picture(1200, 900, "jpg"), PhotoLibrary.MAX_EDGE);
        byte[] stampedJpeg = codec.stamp(original, List.of("1号楼 1-101", "2026-12-05 10:30"));
        Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("stamped-" + name + ".jpg"),
                stampedJpeg);
        BufferedImage stamped = ImageIO.read(new ByteArrayInputStream(stampedJpeg));
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
        assertEquals(1200, stamped.getWidth());
        assertEquals(900, stamped.getHeight());
        assertClose(new Color(before.getRGB(300, 200)), new Color(stamped.getRGB(300, 200)), "above the band unchanged");
        int bandY = 900 - 20;
        assertTrue(brightness(stamped.getRGB(1100, bandY)) < brightness(before.getRGB(1100, bandY)) - 40,
                "the band is darker than the photo under it");
        assertTrue(brightTextIn(stamped, 0, 900 - 90, 600, 90), "white text is written in the band");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void aFileThatIsNotAPictureIsRefused(String name, ImageCodec codec) {
        assertThrows(IOException.class, () -> codec.scaleToJpeg("not a photo".getBytes(StandardCharsets.UTF_8), 100));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void theLibraryStoresThePhotoUnderTheHashOfItsBytesWithThumbnailAndStampedCopy(String name, ImageCodec codec)
            throws IOException {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
            PhotoLibrary library = new PhotoLibrary(new SqlitePhotoStore(db, dir.resolve("photos"), Clock.systemUTC()),
                    codec, ZoneId.of("Asia/Shanghai"), RemotePhotos.NONE);
            PhotoRef ref = library.importPhoto(picture(4000, 3000, "jpg"), Instant.parse("2026-12-05T02:30:00Z"));
            byte[] stored = Files.readAllBytes(library.original(ref.sha256()).orElseThrow());
            assertEquals(ref.sha256(), Sha256.hex(stored), "the name is the hash of the stored bytes");
            assertEquals(2000, ImageIO.read(new ByteArrayInputStream(stored)).getWidth());
            BufferedImage thumb = ImageIO.read(library.thumbnail(ref.sha256()).orElseThrow().toFile());
            assertEquals(240, Math.max(thumb.getWidth(), thumb.getHeight()));
            byte[] stampedCopy = Files.readAllBytes(library.stampedCopy(ref, "1号楼 1-101"));
            assertNotEquals(ref.sha256(), Sha256.hex(stampedCopy));
            assertArrayEquals(stored, Files.readAllBytes(library.original(ref.sha256()).orElseThrow()),
                    "the original stays untouched");
        }
    }

    /** Four flat quarters: red, green, white, blue. */
    private static byte[] picture(int w, int h, String format) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 40, 40));
        g.fillRect(0, 0, w / 2, h / 2);
        g.setColor(new Color(40, 160, 60));
        g.fillRect(w / 2, 0, w - w / 2, h / 2);
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, h / 2, w / 2, h - h / 2);
        g.setColor(new Color(30, 90, 200));
        g.fillRect(w / 2, h / 2, w - w / 2, h - h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static void assertClose(Color expected, Color actual, String what) {
        int d = Math.max(Math.abs(expected.getRed() - actual.getRed()), Math.max(Math.abs(expected.getGreen()
                - actual.getGreen()), Math.abs(expected.getBlue() - actual.getBlue())));
        assertTrue(d <= 12, () -> what + ": expected about " + expected + " but was " + actual);
    }

    private static int brightness(int rgb) {
        Color c = new Color(rgb);
        return (c.getRed() + c.getGreen() + c.getBlue()) / 3;
    }

    private static boolean brightTextIn(BufferedImage img, int x0, int y0, int w, int h) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (brightness(img.getRGB(x, y)) > 200) {
                    return true;
                }
            }
        }
        return false;
    }
}
