package com.handover.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.photo.Sha256;
import com.handover.mobile.testing.Fixtures;
import com.handover.mobile.testing.TestDevice;
import com.handover.mobile.ui.common.ThumbnailLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos taken on other devices are downloaded on first sight, checked against their hash and kept. */
class PhotoDownloadTest {

    @TempDir
    Path dir;
    TestDevice device;

    @AfterEach
    void close() throws Exception {
        if (device != null) {
            device.close();
        }
    }

    @Test
    void aForeignPhotoIsDownloadedOnceKeptByItsHashAndNeverUploadedBack() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        byte[] photo = Fixtures.jpeg(1200, 800, 5);
        String sha = Sha256.hex(photo);
        device.dispatcher.storeForeignBlob(photo);
        assertTrue(device.app().photos().thumbnail(sha).isEmpty());

        List<Path> shown = new ArrayList<>();
        ThumbnailLoader loader = new ThumbnailLoader(device.app().photos(), device.app().tasks());
        loader.load(sha, shown::add);
        loader.load(sha, shown::add);
        assertEquals(2, shown.size());
        assertTrue(Files.size(shown.get(0)) < photo.length, "a thumbnail, smaller than the photo");
        assertEquals(List.of(sha), device.dispatcher.blobGets, "downloaded once, then read from the phone");
        assertEquals(sha, Sha256.hex(Files.readAllBytes(device.app().photos().original(sha).orElseThrow())));
        assertEquals(0, device.app().sync().syncNow().photosWaiting());
    }

    @Test
    void bytesThatDoNotMatchTheHashAreRefusedAndNothingIsKept() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        byte[] photo = Fixtures.jpeg(600, 400, 6);
        String sha = Sha256.hex(photo);
        device.dispatcher.storeForeignBlob(photo);
        device.dispatcher.servedWrongBytes.add(sha);
        assertThrows(IOException.class, () -> device.app().photos().thumbnailOrDownload(sha));
        assertTrue(device.app().photos().original(sha).isEmpty());
    }

    @Test
    void offlineThePlaceholderStays() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        byte[] photo = Fixtures.jpeg(600, 400, 7);
        String sha = Sha256.hex(photo);
        device.dispatcher.storeForeignBlob(photo);
        device.server.shutdown();
        List<Path> shown = new ArrayList<>();
        new ThumbnailLoader(device.app().photos(), device.app().tasks()).load(sha, shown::add);
        assertTrue(shown.isEmpty());
        assertTrue(device.app().photos().original(sha).isEmpty());
    }
}
