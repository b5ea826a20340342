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
            assertThrows(IllegalArgumentException.class, () -> store.append(name, 3, 0, new byte[] {1, 2, 3}));
            assertThrows(IllegalArgumentException.class, () -> store.read(name, 0, 1));
        }
        try (var files = Files.walk(dir)) {
            assertEquals(3, files.count(), "only the folder itself, blobs/ and blobs/partial/");
        }
    }

    @Test
    void partsAppendKeepMovesAndRangesRead(@TempDir Path dir) throws Exception {
        FolderBlobStore store = new FolderBlobStore(dir);
        assertEquals(2, store.append(SHA, 5, 0, new byte[] {1, 2}));
        assertThrows(BlobStore.OffsetMismatchException.class, () -> store.append(SHA, 5, 4, new byte[] {5}));
        assertEquals(2, store.received(SHA, 5));
        assertEquals(0, store.received(SHA, 6));
        assertEquals(5, store.append(SHA, 5, 2, new byte[] {3, 4, 5}));
        store.keep(SHA);
        assertArrayEquals(new byte[] {2, 3, 4}, store.read(SHA, 1, 3));
        assertEquals(true, Files.exists(dir.resolve("01").resolve(SHA)));
    }
}
