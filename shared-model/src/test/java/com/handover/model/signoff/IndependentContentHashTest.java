package com.handover.model.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contentHash recipe of docs/PROTOCOL.md, recomputed by an implementation in another language that shares
 * no code with this one ({@code src/test/python/content_hash.py}, Python 3 standard library only) from the
 * golden operations. Skipped where python3 is missing, except under CI=true, where it must run.
 */
class IndependentContentHashTest {

    static final Path SCRIPT = Path.of("src/test/python/content_hash.py");
    static final Path GOLDEN = Path.of("src/test/resources/protocol");

    @Test
    void pythonRecomputesTheGoldenContentHashes() throws Exception {
        Result r = run(GOLDEN);
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("inspection.signed: c12d55cc0787cdb99b0529cbef956843c2a080514c6ea2f41b498b5b327abbc5"),
                r.output());
        assertTrue(r.output().contains("workorder.confirmed: ebd4d9e76bbd3e543e22290137f7592be679eda0662cb3137655cb192f894787"),
                r.output());
    }

    @Test
    void pythonNoticesAChangedGoldenText() throws Exception {
        Path copy = Files.createTempDirectory("protocol-golden");
        try (var files = Files.walk(GOLDEN)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(GOLDEN.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path text = copy.resolve("signoff/workorder-content.json");
        Files.writeString(text, Files.readString(text).replace("38000", "38001"));
        Result r = run(copy);
        assertEquals(1, r.exit(), r.output());
        assertTrue(r.output().contains("workorder.confirmed: canonical text differs"), r.output());
    }

    record Result(int exit, String output) {
    }

    private static Result run(Path golden) throws IOException, InterruptedException {
        assumePython();
        Process p = new ProcessBuilder(List.of("python3", SCRIPT.toString(), golden.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        return new Result(p.exitValue(), out);
    }

    private static void assumePython() throws InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean present;
        try {
            present = new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        if (ci) {
            assertTrue(present, "python3 is required under CI=true");
        }
        assumeTrue(present, "python3 is not installed");
    }
}
