package chipsim.runner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU time this JVM has used, all threads together. Next to wall time it tells whether a figure
 * is limited by work (CPU close to wall x cores) or by waiting: hand-offs, or other processes on
 * a shared machine taking the cores.
 */
final class CpuTime {

    private CpuTime() {}

    /** Nanoseconds of CPU, or -1 when the JVM does not report it. */
    static long nanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            return hotspot.getProcessCpuTime();
        }
        return -1;
    }

    /** "CPU 1.23 s" for the CPU used since {@code startNanos}, or "CPU n/a". */
    static String since(long startNanos) {
        long now = nanos();
        return startNanos < 0 || now < 0 ? "CPU n/a" : String.format("CPU %.2f s", (now - startNanos) / 1e9);
    }
}
