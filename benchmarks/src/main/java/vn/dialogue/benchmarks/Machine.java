package vn.dialogue.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the results were measured on: cores, CPU model (/proc/cpuinfo), memory. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        int cores = Runtime.getRuntime().availableProcessors();
        String cpu = "unknown CPU";
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count alone
        }
        return cores + " cores (nproc), " + cpu + (memKb > 0 ? ", " + (memKb / 1024 / 1024) + " GB RAM" : "")
                + ", shared with other builds";
    }
}
