package com.minerdesk.desk.imports;

import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.jooq.impl.DSL.lag;
import static org.jooq.impl.DSL.partitionBy;

import com.minerdesk.market.MarketCaps;
import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Flags written bars whose close or market cap is more than 50 % away from the company's previous
 * bar (stored or in the same file): perhaps a split or a unit error. Read over the would-be data; a
 * warning, never a refusal.
 */
final class JumpCheck {
    static final BigDecimal LIMIT = new BigDecimal("0.5");

    private JumpCheck() {
    }

    record Result(int count, List<String> shown) {
        static final Result NONE = new Result(0, List.of());
    }

    static Result of(DSLContext tx, Set<BarKey> written, Map<String, Long> idsByTicker, LocalDate first, LocalDate last,
            Fmt fmt) {
        Map<Long, String> tickers = new HashMap<>();
        idsByTicker.forEach((t, id) -> tickers.put(id, t));
        Collection<Long> companies = written.stream().map(BarKey::companyId).distinct().toList();
        Field<LocalDate> prevDate = lag(DAILY_BARS.TRADE_DATE).over(partitionBy(DAILY_BARS.COMPANY_ID).orderBy(DAILY_BARS.TRADE_DATE)).as("prev_date");
        Field<BigDecimal> prevClose = lag(DAILY_BARS.CLOSE_PRICE).over(partitionBy(DAILY_BARS.COMPANY_ID).orderBy(DAILY_BARS.TRADE_DATE)).as("prev_close");
        // imported or computed from the shares outstanding: a file's cap far from the computed one is caught too
        Field<Long> capOfBar = MarketCaps.of(DAILY_BARS);
        Field<Long> capColumn = capOfBar.as("cap");
        Field<Long> prevCap = lag(capOfBar).over(partitionBy(DAILY_BARS.COMPANY_ID).orderBy(DAILY_BARS.TRADE_DATE)).as("prev_cap");
        Table<?> bars = tx.select(DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE, DAILY_BARS.CLOSE_PRICE, capColumn,
                        prevDate, prevClose, prevCap)
                .from(DAILY_BARS)
                .where(DAILY_BARS.COMPANY_ID.in(companies)).and(DAILY_BARS.TRADE_DATE.le(last))
                .asTable("b");
        Field<Long> company = bars.field(DAILY_BARS.COMPANY_ID);
        Field<LocalDate> date = bars.field(DAILY_BARS.TRADE_DATE);
        int count = 0;
        List<String> shown = new ArrayList<>();
        for (Record r : tx.select(bars.fields()).from(bars).where(date.ge(first))
                .and(bars.field(prevDate).isNotNull()).orderBy(company, date).fetchSize(5_000).fetch()) {
            if (!written.contains(new BarKey(r.get(company), r.get(date)))) {
                continue;
            }
            List<String> jumps = new ArrayList<>();
            BigDecimal close = r.get(bars.field(DAILY_BARS.CLOSE_PRICE));
            BigDecimal oldClose = r.get(bars.field(prevClose));
            if (jumped(oldClose, close)) {
                jumps.add("close " + CsvNumbers.amount(oldClose) + " → " + CsvNumbers.amount(close) + " ("
                        + fmt.pct(ratio(oldClose, close)) + ")");
            }
            Long capValue = r.get(bars.field(capColumn));
            Long oldCapValue = r.get(bars.field(prevCap));
            BigDecimal cap = capValue == null ? null : BigDecimal.valueOf(capValue);
            BigDecimal oldCap = oldCapValue == null ? null : BigDecimal.valueOf(oldCapValue);
            if (cap != null && oldCap != null && jumped(oldCap, cap)) {
                jumps.add("market cap " + fmt.compact(oldCap) + " → " + fmt.compact(cap) + " (" + fmt.pct(ratio(oldCap, cap)) + ")");
            }
            if (!jumps.isEmpty()) {
                count++;
                if (shown.size() < ImportPlan.SAMPLE) {
                    shown.add(tickers.get(r.get(company)) + " " + r.get(date) + ": " + String.join(", ", jumps)
                            + " from the previous bar on " + r.get(bars.field(prevDate))
                            + ". A split or a unit error? Check the file before importing it.");
                }
            }
        }
        return new Result(count, shown);
    }

    private static boolean jumped(BigDecimal before, BigDecimal after) {
        return before.signum() > 0 && ratio(before, after).abs().compareTo(LIMIT) > 0;
    }

    private static BigDecimal ratio(BigDecimal before, BigDecimal after) {
        return after.divide(before, MathContext.DECIMAL64).subtract(BigDecimal.ONE);
    }
}
