package com.handover.systemtest.device;

import com.handover.systemtest.process.JavaProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts {@link DeviceMain} as its own JVM on a device folder; the same folder can be started again after a kill. */
public final class DeviceProcess {

    private final String name;
    private final Path folder;
    private final Path logDir;
    private final List<String> baseArgs;
    private int runs;

    /**
     * @param args the device's options other than {@code --folder} (see {@link DeviceMain})
     */
    public DeviceProcess(String name, Path folder, Path logDir, List<String> args) {
        this.name = name;
        this.folder = folder;
        this.logDir = logDir;
        this.baseArgs = List.copyOf(args);
    }

    public String name() {
        return name;
    }

    public Path folder() {
        return folder;
    }

    /** Starts a run with the base options, and {@code more} appended (a later option wins). */
    public JavaProcess start(String... more) {
        List<String> args = new ArrayList<>(List.of("--folder", folder.toString()));
        args.addAll(baseArgs);
        args.addAll(List.of(more));
        runs++;
        return JavaProcess.start("device-" + name, DeviceMain.class.getName(),
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                        "-Duser.home=" + folder.resolve("home")),
                args, Map.of(), logDir);
    }

    /** Runs to the end and requires the exit code 0. */
    public JavaProcess runToEnd(Duration timeout, String... more) {
        JavaProcess p = start(more);
        int code = p.waitForExit(timeout);
        if (code != 0) {
            throw new IllegalStateException("device " + name + " exited with " + code + "; last lines "
                    + p.lines().subList(Math.max(0, p.lines().size() - 8), p.lines().size())
                    + "; see " + p.stdoutFile());
        }
        return p;
    }

    public int runs() {
        return runs;
    }
}
