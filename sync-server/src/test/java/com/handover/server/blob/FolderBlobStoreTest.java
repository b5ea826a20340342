package com.handover.server.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderBlobStoreTest {

    static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void namesThatAreNotHexNeverBecomePaths(@TempDir Path dir) throws Exception {
        FolderBlobStore store = new FolderBlobStore(dir.resolve("blobs"));
        for (String name : new String[] {"../../etc/passwd", "..", SHA.toUpperCase(), SHA + "/x", "", null}) {
            assertThrows(IllegalArgumentException.class, () -> store.append(name, 3, 0, new byte[] {1, 2, 3}, 0));
            assertThrows(IllegalArgumentException.class, () -> store.read(name, 0, 1));
        }
        try (var files = Files.walk(dir)) {
            assertEquals(3, files.count(), "only the folder itself, blobs/ and blobs/partial/");
        }
    }

    @Test
    void partsAppendKeepMovesAndRangesRead(@TempDir Path dir) throws Exception {
        FolderBlobStore store = new FolderBlobStore(dir);
        assertEquals(2, store.append(SHA, 5, 0, new byte[] {1, 2}, 1000));
        var gap = assertThrows(UploadRules.Refused.class, () -> store.append(SHA, 5, 4, new byte[] {5}, 1000));
        assertEquals(2, gap.received());
        assertEquals(new UploadRules.Progress(5, 2, 1000), store.progress(SHA).orElseThrow());
        assertEquals(2, store.append(SHA, 5, 0, new byte[] {1, 2}, 2000), "a repeated first chunk changes nothing");
        var differ = assertThrows(UploadRules.Refused.class, () -> store.append(SHA, 5, 0, new byte[] {9}, 2000));
        assertEquals(UploadRules.Refused.Reason.DIFFERENT_BYTES, differ.reason());
        var length = assertThrows(UploadRules.Refused.class, () -> store.append(SHA, 6, 2, new byte[] {3}, 2000));
        assertEquals(UploadRules.Refused.Reason.LENGTH_CHANGED, length.reason());
        assertEquals(4, store.append(SHA, 5, 1, new byte[] {2, 3, 4}, 3000), "an overlapping chunk adds its tail");
        assertEquals(5, store.append(SHA, 5, 4, new byte[] {5}, 3000));
        store.keep(SHA);
        assertArrayEquals(new byte[] {2, 3, 4}, store.read(SHA, 1, 3));
        assertEquals(true, Files.exists(dir.resolve("01").resolve(SHA)));
    }

    @Test
    void anUploadLeftForADayMayBeReplacedByOneOfAnotherLength(@TempDir Path dir) throws Exception {
        FolderBlobStore store = new FolderBlobStore(dir);
        store.append(SHA, 5, 0, new byte[] {1, 2}, 0);
        long day = UploadRules.PARTIAL_KEPT.toMillis();
        assertThrows(UploadRules.Refused.class, () -> store.append(SHA, 3, 0, new byte[] {7}, day - 1));
        assertEquals(1, store.append(SHA, 3, 0, new byte[] {7}, day));
        assertEquals(new UploadRules.Progress(3, 1, day), store.progress(SHA).orElseThrow());
    }
}
