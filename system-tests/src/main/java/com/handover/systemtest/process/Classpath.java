package com.handover.systemtest.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path a child JVM needs to run this module's mains and the server's: {@code java.class.path} under
 * Surefire (configured without a manifest-only jar), or the URLs of the class loader under {@code exec:java}.
 */
public final class Classpath {

    private static volatile String snapshot;

    private Classpath() {
    }

    /**
     * Copies every class path entry into {@code dir} and hands out that copy from now on: a long run (the benchmark)
     * then keeps working when a build replaces the jars in the local Maven repository under it.
     */
    public static void snapshotInto(Path dir) {
        List<String> copied = new ArrayList<>();
        int n = 0;
        for (String entry : live().split(File.pathSeparator)) {
            Path from = Path.of(entry);
            Path to = dir.resolve(String.format("%03d-%s", n++, from.getFileName()));
            try {
                if (Files.isDirectory(from)) {
                    try (Stream<Path> files = Files.walk(from)) {
                        for (Path f : files.toList()) {
                            Path target = to.resolve(from.relativize(f).toString());
                            if (Files.isDirectory(f)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                } else if (Files.exists(from)) {
                    Files.createDirectories(dir);
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    continue;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not copy " + from, e);
            }
            copied.add(to.toString());
        }
        snapshot = String.join(File.pathSeparator, copied);
    }

    public static String current() {
        String s = snapshot;
        return s != null ? s : live();
    }

    private static String live() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader cl = Thread.currentThread().getContextClassLoader(); cl != null; cl = cl.getParent()) {
            if (cl instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        try {
                            entries.add(Path.of(url.toURI()).toString());
                        } catch (URISyntaxException e) {
                            throw new IllegalStateException("class path entry is not a file: " + url, e);
                        }
                    }
                }
            }
        }
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(e);
            }
        }
        if (entries.stream().noneMatch(e -> e.contains("sync-server") || e.contains("sync-server-"))) {
            throw new IllegalStateException("the class path does not hold the sync server; run under Maven ("
                    + "Surefire with useManifestOnlyJar=false, or exec:java)");
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The java launcher of the running JVM. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
