package com.minerdesk.network;

import com.minerdesk.charts.ResponsiveChart;
import com.minerdesk.db.Database;
import com.minerdesk.exports.CsvDownload;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /network} (hashprice, hashvalue, hash rate, difficulty and fees by day, with charts) and
 * {@code /network.csv} (every current day in the format the desk import reads).
 */
public final class NetworkFeature {
    /** The periods the page offers, in days back from the newest day stored; 0 is all of them. */
    static final Map<String, Integer> PERIODS = periods();
    static final String DEFAULT_PERIOD = "90";
    private final NetworkQueries queries;
    private final Pages pages;

    public NetworkFeature(Database db, Pages pages) {
        this.queries = new NetworkQueries(db.dsl());
        this.pages = pages;
    }

    public void page(Context ctx) {
        String period = ctx.queryParam("days") == null || ctx.queryParam("days").isBlank() ? DEFAULT_PERIOD : ctx.queryParam("days");
        Integer back = PERIODS.get(period);
        if (back == null) {
            throw new BadRequestResponse("days is one of " + String.join(", ", PERIODS.keySet()) + ".");
        }
        List<NetworkDay> days = queries.latestDay()
                .map(latest -> queries.days(back == 0 ? null : latest.minusDays(back - 1L), latest))
                .orElse(List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("period", period);
        model.put("periods", PERIODS.keySet());
        model.put("latest", days.isEmpty() ? null : days.get(days.size() - 1));
        List<NetworkDay> newestFirst = new ArrayList<>(days);
        Collections.reverse(newestFirst);
        model.put("days", newestFirst);
        Map<LocalDate, NetworkDay> byDay = days.stream().collect(Collectors.toMap(NetworkDay::day, d -> d));
        Map<LocalDate, String> restated = new HashMap<>();
        queries.replaced(days.stream().filter(d -> d.version() > 1).map(NetworkDay::day).toList())
                .forEach((day, was) -> restated.put(day, Restatement.describe(byDay.get(day), was, pages.fmt())));
        model.put("restated", restated);
        model.put("sample", days.stream().anyMatch(NetworkDay::sample));
        model.put("estimated", days.stream().filter(NetworkDay::hashrateEstimated).count());
        model.put("unpriced", days.stream().filter(d -> d.hashpriceUsdPerPhDay() == null).count());
        if (!days.isEmpty()) {
            if (days.stream().anyMatch(d -> d.hashpriceUsdPerPhDay() != null)) {
                model.put("hashpriceChart", ResponsiveChart.of("chart-hashprice", (id, w) -> NetworkCharts.hashprice(id, days, w)));
            }
            model.put("hashrateChart", ResponsiveChart.of("chart-network-hashrate", (id, w) -> NetworkCharts.hashrate(id, days, w)));
            model.put("feesChart", ResponsiveChart.of("chart-fees", (id, w) -> NetworkCharts.fees(id, days, w)));
        }
        pages.render(ctx, "network/network", PageMeta.titled("Network: hashprice, hash rate, difficulty and fees")
                .describedAs("What one PH/s of hash rate earns per day (hashprice), the network hash rate, difficulty and the "
                        + "fees paid to miners, day by day, computed from the stored network days."), model);
    }

    public void csv(Context ctx) {
        List<List<?>> rows = new ArrayList<>();
        for (NetworkDay d : queries.days(null, null)) {
            rows.add(Arrays.asList(d.day(), plain(d.difficulty()), d.blocks(), plain(d.subsidyBtc()),
                    plain(d.feesBtc()), d.hashrateEstimated() ? null : plain(d.hashrateReportedEhs()), d.sourceUrl()));
        }
        CsvDownload.send(ctx, "minerdesk-network-days.csv", NetworkDayKind.HEADER, rows);
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static Map<String, Integer> periods() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("30", 30);
        m.put("90", 90);
        m.put("365", 365);
        m.put("all", 0);
        return Collections.unmodifiableMap(m);
    }
}
