package com.minerdesk.ops;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets an idle server give memory back to the operating system. A burst of requests makes G1 grow
 * the heap towards -Xmx, and by default it keeps it. These flags are "manageable" (settable while the
 * JVM runs), so the app sets them itself instead of asking every deployment for JVM options: after a
 * few seconds without a collection G1 runs a concurrent cycle and shrinks the heap to its live data
 * plus 30 %. Flags given on the command line win; an unknown flag (another JVM or collector) is skipped.
 */
public final class HeapReturn {
    private static final Logger LOG = LoggerFactory.getLogger(HeapReturn.class);
    static final Map<String, String> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put("MinHeapFreeRatio", "10"); // before Max: Min may never exceed Max
        FLAGS.put("MaxHeapFreeRatio", "30");
        FLAGS.put("G1PeriodicGCInterval", "3000");
    }

    private HeapReturn() {
    }

    public static void install() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null) {
            return;
        }
        FLAGS.forEach((name, value) -> {
            try {
                if (vm.getVMOption(name).getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
                    vm.setVMOption(name, value);
                }
            } catch (IllegalArgumentException e) {
                LOG.debug("JVM option {} not settable here: {}", name, e.getMessage());
            }
        });
    }
}
