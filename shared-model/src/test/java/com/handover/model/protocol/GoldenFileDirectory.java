package com.handover.model.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lists the golden files of one folder of {@code protocol/} as this module's test classpath holds them. */
final class GoldenFileDirectory {

    private GoldenFileDirectory() {
    }

    /** File names (not paths) in {@code protocol/<folder>}, sorted. */
    static List<String> fileNames(String folder) {
        try {
            var url = GoldenFileDirectory.class.getResource("/protocol/" + folder);
            if (url == null) {
                throw new IllegalStateException("protocol/" + folder + " is not on the test classpath");
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
