package com.handover.systemtest.firstcustomer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.systemtest.process.Classpath;
import com.handover.systemtest.server.ServerProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code create-admin}, the documented first step on an empty server, run as its own process. */
final class AdminCommand {

    private AdminCommand() {
    }

    /** Creates the first administrator on the data folder; the password goes in on standard input. */
    static void createFirstAdmin(Path dataDir, String username, String name, String password, Path log)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(Classpath.javaBinary(), "-cp", Classpath.current(), ServerProcess.MAIN,
                "create-admin", "--username", username, "--name", name, "--data-dir", dataDir.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("create-admin did not finish; see " + log);
        }
        assertEquals(0, p.exitValue(), "create-admin created the administrator; see " + log);
    }
}
