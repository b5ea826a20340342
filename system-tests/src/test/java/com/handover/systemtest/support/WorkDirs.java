package com.handover.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh folder per scenario under target/system-tests (server data, device folders, process logs), kept after
 * the run so that a failure can be read from the logs.
 */
public final class WorkDirs {

    private WorkDirs() {
    }

    public static Path fresh(String scenario) {
        Path root = Path.of(System.getProperty("systemtests.work", "target/system-tests"));
        Path dir = root.resolve(scenario);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
