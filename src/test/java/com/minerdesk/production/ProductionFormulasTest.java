package com.minerdesk.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each formula recomputed by hand from known inputs. */
class ProductionFormulasTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static void near(double expected, BigDecimal actual, double tolerance) {
        assertEquals(expected, actual.doubleValue(), tolerance);
    }

    @Test
    void btcPerEhsDividesProductionByAverageHashRate() {
        near(12.5, ProductionFormulas.btcPerEhs(d("700"), d("56")), 1e-12);
        assertNull(ProductionFormulas.btcPerEhs(d("700"), null));
        assertNull(ProductionFormulas.btcPerEhs(null, d("56")));
    }

    @Test
    void meanOperatingIsTheMidpointOfTheTwoMonthEnds() {
        near(55, ProductionFormulas.meanOperatingEhs(d("50"), d("60")), 1e-12);
        assertNull(ProductionFormulas.meanOperatingEhs(null, d("60")));
    }

    @Test
    void realizedHashRateIsTheShareOfTheMonthsRewardTimesNetworkHashRate() {
        // 30 days × 144 blocks × (3.125 + 0.025) BTC = 13,608 BTC; 680.4 BTC is 5 % of it; 5 % of 1,000 EH/s = 50 EH/s
        BigDecimal reward = d("13608");
        BigDecimal realized = ProductionFormulas.realizedEhs(d("680.4"), reward, d("1000"));
        near(50, realized, 1e-9);
        near(50.0 / 55, ProductionFormulas.realizationRate(realized, d("55")), 1e-12);
        assertNull(ProductionFormulas.realizedEhs(d("680.4"), d("0"), d("1000")));
    }

    @Test
    void networkShareIsOperatingOverNetwork() {
        near(0.055, ProductionFormulas.networkShare(d("55"), d("1000")), 1e-12);
    }

    @Test
    void hashRateFromDifficultyAndBlocks() {
        // difficulty 1e14 × 2^32 hashes per block × 144 blocks / 86,400 s = 715.8 EH/s
        near(1e14 * Math.pow(2, 32) * 144 / 86_400 / 1e18, ProductionFormulas.estimatedNetworkEhs(d("1e14"), 144), 1e-9);
        near(715.8, ProductionFormulas.estimatedNetworkEhs(d("1e14"), 144), 0.05);
    }

    @Test
    void changesAndHodl() {
        near(0.1, ProductionFormulas.change(d("100"), d("110")), 1e-12);
        assertNull(ProductionFormulas.change(null, d("110")));
        assertEquals(0, d("-40").compareTo(ProductionFormulas.hodlChangeBtc(d("1000"), d("960"))));
        assertNull(ProductionFormulas.hodlChangeBtc(null, d("960")));
    }
}
