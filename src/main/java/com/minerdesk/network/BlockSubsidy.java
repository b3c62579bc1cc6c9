package com.minerdesk.network;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The block subsidy by the halving schedule (consensus: it halves every 210,000 blocks). Dates are
 * the UTC days on which each halving block was mined, so a day is known by date alone; on a halving
 * day the blocks before the halving pay the old subsidy, so that day's total lies between the two.
 */
public final class BlockSubsidy {
    private static final LocalDate[] HALVINGS = {
        LocalDate.of(2012, 11, 28), LocalDate.of(2016, 7, 9), LocalDate.of(2020, 5, 11), LocalDate.of(2024, 4, 20),
        LocalDate.of(2028, 4, 17)};
    /** One satoshi: the subsidy of a day is exact in satoshis, so a total may differ by rounding only. */
    public static final BigDecimal SATOSHI_BTC = new BigDecimal("0.00000001");

    private BlockSubsidy() {
    }

    /** The subsidy per block after the last halving on or before {@code day}, in BTC. */
    public static BigDecimal perBlockBtc(LocalDate day) {
        BigDecimal s = new BigDecimal("50");
        for (LocalDate h : HALVINGS) {
            if (!day.isBefore(h)) {
                s = s.divide(BigDecimal.valueOf(2));
            }
        }
        return s;
    }

    public static boolean isHalvingDay(LocalDate day) {
        for (LocalDate h : HALVINGS) {
            if (h.equals(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code subsidyBtc} can be the total of {@code blocks} blocks on {@code day}: blocks × the
     * subsidy, within one satoshi per block; on a halving day anything from all-new to all-old.
     */
    public static boolean plausible(LocalDate day, int blocks, BigDecimal subsidyBtc) {
        BigDecimal n = BigDecimal.valueOf(blocks);
        BigDecimal slack = SATOSHI_BTC.multiply(n);
        BigDecimal low = perBlockBtc(day).multiply(n).subtract(slack);
        BigDecimal high = (isHalvingDay(day) ? perBlockBtc(day.minusDays(1)) : perBlockBtc(day)).multiply(n).add(slack);
        return subsidyBtc.compareTo(low) >= 0 && subsidyBtc.compareTo(high) <= 0;
    }
}
