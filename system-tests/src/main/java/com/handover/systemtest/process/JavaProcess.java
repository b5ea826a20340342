package com.handover.systemtest.process;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM running one main class of the class path: its standard output is kept line by line (and written to
 * a log file), its standard error goes to a second file. {@link #kill()} sends SIGKILL.
 */
public final class JavaProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path stdoutFile;
    private final Path stderrFile;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private JavaProcess(String name, Process process, Path stdoutFile, Path stderrFile) {
        this.name = name;
        this.process = process;
        this.stdoutFile = stdoutFile;
        this.stderrFile = stderrFile;
        this.reader = new Thread(this::readStdout, "stdout-" + name);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * Starts {@code mainClass} in a new JVM on this JVM's class path.
     *
     * @param logDir where {@code <name>.out.log} and {@code <name>.err.log} are appended to
     */
    public static JavaProcess start(String name, String mainClass, List<String> jvmArgs, List<String> args,
                                    Map<String, String> env, Path logDir) {
        List<String> command = new ArrayList<>();
        command.add(Classpath.javaBinary());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(Classpath.current());
        command.add(mainClass);
        command.addAll(args);
        try {
            Files.createDirectories(logDir);
            Path out = logDir.resolve(name + ".out.log");
            Path err = logDir.resolve(name + ".err.log");
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().putAll(env);
            pb.redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()));
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            return new JavaProcess(name, pb.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    private void readStdout() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             Writer log = Files.newBufferedWriter(stdoutFile, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            String line;
            while ((line = in.readLine()) != null) {
                log.write(line);
                log.write('\n');
                log.flush();
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process died; what was read is kept.
        } finally {
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** The output lines read so far. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /**
     * Waits for an output line (from index {@code from} on) that matches; fails when the process ends or the
     * time runs out first.
     *
     * @return the index of the matching line
     */
    public int awaitLine(int from, Predicate<String> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            int i = from;
            while (true) {
                for (; i < lines.size(); i++) {
                    if (match.test(lines.get(i))) {
                        return i;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(name + ": no matching output line within " + timeout
                            + "; last lines: " + tail());
                }
                if (!process.isAlive() && !reader.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue()
                            + " before the awaited line; last lines: " + tail() + "; stderr: " + stderrTail());
                }
                try {
                    lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + name, e);
                }
            }
        }
    }

    public String awaitLine(Predicate<String> match, Duration timeout) {
        int i = awaitLine(0, match, timeout);
        synchronized (lines) {
            return lines.get(i);
        }
    }

    /** SIGKILL, then waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        waitGone();
    }

    /** SIGTERM (a graceful stop with shutdown hooks), then waits until the process is gone. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitGone();
    }

    private void waitGone() {
        try {
            process.waitFor(60, TimeUnit.SECONDS);
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the process to exit by itself; fails after {@code timeout}. */
    public int waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not exit within " + timeout + "; last lines: " + tail());
            }
            reader.join(10_000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** Resident memory of the process in bytes (Linux /proc), or -1 where it cannot be read. */
    public long residentBytes() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** The CPU time the process has used so far, user and system, in milliseconds; -1 when it is not known. */
    public long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    }

    public Path stdoutFile() {
        return stdoutFile;
    }

    public Path stderrFile() {
        return stderrFile;
    }

    private String tail() {
        List<String> all = lines();
        return all.subList(Math.max(0, all.size() - 5), all.size()).toString();
    }

    private String stderrTail() {
        try {
            List<String> err = Files.readAllLines(stderrFile);
            return err.subList(Math.max(0, err.size() - 15), err.size()).toString();
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
