package com.minerdesk.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The block subsidy by UTC day. The subsidy halves every 210,000 blocks; the halvings so far came on
 * the days below. On a halving day the day's blocks are mined at both subsidies, so any mix is
 * possible; the next halving (block 1,050,000) is expected in 2028 and its day is not known, so in
 * 2028 a day may be at either subsidy or a mix.
 */
public final class HalvingSchedule {
    record Era(LocalDate from, BigDecimal perBlockBtc) {
    }

    static final List<Era> ERAS = List.of(
            new Era(LocalDate.of(2009, 1, 3), new BigDecimal("50")),
            new Era(LocalDate.of(2012, 11, 28), new BigDecimal("25")),
            new Era(LocalDate.of(2016, 7, 9), new BigDecimal("12.5")),
            new Era(LocalDate.of(2020, 5, 11), new BigDecimal("6.25")),
            new Era(LocalDate.of(2024, 4, 20), new BigDecimal("3.125")));
    static final BigDecimal NEXT_BTC = new BigDecimal("1.5625");
    static final LocalDate NEXT_EARLIEST = LocalDate.of(2028, 1, 1);
    static final LocalDate NEXT_LATEST = LocalDate.of(2028, 12, 31);
    /** One satoshi per block: a source that sums satoshis may round each block's subsidy. */
    static final BigDecimal SATOSHI = new BigDecimal("0.00000001");

    private HalvingSchedule() {
    }

    /** The subsidy a block found at the start of {@code day} earns, in BTC (null before the first block). */
    public static BigDecimal perBlockBtc(LocalDate day) {
        BigDecimal out = null;
        for (Era e : ERAS) {
            if (!day.isBefore(e.from())) {
                out = e.perBlockBtc();
            }
        }
        return out != null && day.isAfter(NEXT_LATEST) ? NEXT_BTC : out;
    }

    /**
     * Null when {@code subsidyBtc} is what {@code blocks} blocks earn on {@code day}, within a satoshi
     * per block; otherwise why not.
     */
    public static String problem(LocalDate day, int blocks, BigDecimal subsidyBtc) {
        BigDecimal high = perBlockBtc(day);
        if (high == null) {
            return day + " is before the first block (2009-01-03)";
        }
        BigDecimal low = high;
        for (Era e : ERAS) {
            if (e.from().equals(day)) {
                high = high.multiply(BigDecimal.valueOf(2));
            }
        }
        if (!day.isBefore(NEXT_EARLIEST) && !day.isAfter(NEXT_LATEST)) {
            low = NEXT_BTC;
        }
        BigDecimal n = BigDecimal.valueOf(blocks);
        BigDecimal slack = SATOSHI.multiply(n);
        BigDecimal min = low.multiply(n).subtract(slack);
        BigDecimal max = high.multiply(n).add(slack);
        if (subsidyBtc.compareTo(min) >= 0 && subsidyBtc.compareTo(max) <= 0) {
            return null;
        }
        String expected = low.equals(high) ? blocks + " × " + low.toPlainString() + " = " + low.multiply(n).toPlainString()
                : "between " + low.multiply(n).toPlainString() + " and " + high.multiply(n).toPlainString();
        return "the subsidy for " + blocks + " blocks on " + day + " is " + expected + " BTC by the halving schedule, found "
                + subsidyBtc.toPlainString();
    }
}
