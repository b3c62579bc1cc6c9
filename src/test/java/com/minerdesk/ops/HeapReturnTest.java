package com.minerdesk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapReturnTest {
    @Test
    void theJvmTakesTheFlagsThatReturnMemoryWhenIdle() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        HeapReturn.install();
        HeapReturn.FLAGS.forEach((name, value) -> assertEquals(value, vm.getVMOption(name).getValue(), name));
    }
}
