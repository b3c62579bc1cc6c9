package com.minerdesk.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AxisFormatsTest {

    @Test
    void percentagesAreSignedWithoutTrailingZeros() {
        assertEquals("+20\u00a0%", AxisFormats.percent(new BigDecimal("0.2")));
        assertEquals("\u221260\u00a0%", AxisFormats.percent(new BigDecimal("-0.60")));
        assertEquals("0\u00a0%", AxisFormats.percent(BigDecimal.ZERO));
        assertEquals("+2.5\u00a0%", AxisFormats.percent(new BigDecimal("0.025")));
    }

    @Test
    void dollarsTakeTheShortestSuffix() {
        assertEquals("$90K", AxisFormats.usd(new BigDecimal("90000")));
        assertEquals("$137.5K", AxisFormats.usd(new BigDecimal("137500")));
        assertEquals("$67.5B", AxisFormats.usd(new BigDecimal("67500000000")));
        assertEquals("$250M", AxisFormats.usd(new BigDecimal("2.5E+8")));
        assertEquals("$2.5", AxisFormats.usd(new BigDecimal("2.50")));
        assertEquals("\u2212$5", AxisFormats.usd(new BigDecimal("-5")));
    }

    @Test
    void plainNumbersAreGrouped() {
        assertEquals("1,000", AxisFormats.number(new BigDecimal("1E+3")));
        assertEquals("\u221220", AxisFormats.number(new BigDecimal("-20")));
    }
}
