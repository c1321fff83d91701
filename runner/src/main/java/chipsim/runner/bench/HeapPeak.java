package chipsim.runner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The most heap in use during a stretch of work, from the JVM's per-pool peaks. The pools peak
 * at different moments, so their sum can overstate the true peak a little; it never understates it.
 */
final class HeapPeak {

    private HeapPeak() {}

    /** Collects garbage and restarts the peaks, so the next reading covers only what follows. */
    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    static long bytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
