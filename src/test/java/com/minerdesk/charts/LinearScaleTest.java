package com.minerdesk.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearScaleTest {

    private static List<String> ticks(LinearScale s) {
        return s.ticks().stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void niceStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertEquals("20", LinearScale.niceStep(100, 5).toPlainString());
        assertEquals("2.5", LinearScale.niceStep(11, 5).toPlainString());
        assertEquals("5", LinearScale.niceStep(16, 5).toPlainString());
        assertEquals("10", LinearScale.niceStep(35, 5).toPlainString());
        assertEquals("0.2", LinearScale.niceStep(0.77, 5).toPlainString());
        assertEquals("2.5E+9", LinearScale.niceStep(11.5e9, 5).toString());
    }

    @Test
    void ticksAreRoundAndCoverTheData() {
        LinearScale s = LinearScale.nice(-0.6122, 0.152, 5, 0, 100);
        assertEquals(List.of("-0.8", "-0.6", "-0.4", "-0.2", "0", "0.2"), ticks(s));
        assertTrue(s.domainMin() <= -0.6122 && s.domainMax() >= 0.152);
    }

    @Test
    void decimalTicksCarryNoBinaryNoise() {
        LinearScale s = LinearScale.nice(0.1, 0.7, 6, 0, 1);
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"), ticks(s));
    }

    @Test
    void sectorCapsGetBillionTicks() {
        LinearScale s = LinearScale.nice(67.89e9, 78.98e9, 5, 0, 1);
        assertEquals(List.of("67500000000", "70000000000", "72500000000", "75000000000", "77500000000", "80000000000"),
                ticks(s));
    }

    @Test
    void aSingleValueIsWidenedAroundItself() {
        LinearScale s = LinearScale.nice(90_000, 90_000, 5, 0, 1);
        assertTrue(s.domainMin() < 90_000 && s.domainMax() > 90_000, s.toString());
        LinearScale zero = LinearScale.nice(0, 0, 5, 0, 1);
        assertTrue(zero.domainMin() < 0 && zero.domainMax() > 0, zero.toString());
    }

    @Test
    void mapsTheDomainOntoTheRangeEvenWhenTheRangeRunsBackwards() {
        LinearScale s = LinearScale.nice(0, 100, 5, 300, 100);
        assertEquals(300, s.map(0), 1e-9);
        assertEquals(100, s.map(100), 1e-9);
        assertEquals(200, s.map(50), 1e-9);
    }

    @Test
    void rejectsADomainThatIsNotANumberOrNotOrdered() {
        assertThrows(IllegalArgumentException.class, () -> LinearScale.nice(Double.NaN, 1, 5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> LinearScale.nice(2, 1, 5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> LinearScale.nice(0, 1, 0, 0, 1));
    }
}
