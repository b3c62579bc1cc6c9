package com.minerdesk.market;

import com.minerdesk.web.PageMeta;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model of {@code /weeks}: one quarter's weeks and links to every quarter with data. */
final class WeeksArchive {
    /** The quarters of one year that have data, for the archive's navigation. */
    record Year(int year, List<Quarter> quarters) {
    }

    private WeeksArchive() {
    }

    static Map<String, Object> model(WeekQueries weeks, String quarterParam) {
        Map<String, Object> model = new HashMap<>();
        LocalDate first = weeks.firstTradingDay().orElse(null);
        LocalDate last = weeks.latestTradingDay().orElse(null);
        if (first == null || last == null) {
            model.put("weeks", List.of());
            model.put("years", List.of());
            return model;
        }
        Quarter firstQuarter = Quarter.of(first);
        Quarter lastQuarter = Quarter.of(last);
        Quarter quarter = quarterParam == null || quarterParam.isBlank() ? lastQuarter : Quarter.parse(quarterParam);
        if (quarter.compareTo(firstQuarter) < 0 || quarter.compareTo(lastQuarter) > 0) {
            throw new NotFoundResponse("There is no market data for " + quarter.label() + ".");
        }
        model.put("quarter", quarter);
        model.put("weeks", weeks.weeksOf(quarter));
        model.put("previousQuarter", quarter.compareTo(firstQuarter) > 0 ? quarter.previous() : null);
        model.put("nextQuarter", quarter.compareTo(lastQuarter) < 0 ? quarter.next() : null);
        model.put("years", years(firstQuarter, lastQuarter));
        return model;
    }

    /** Titled by its quarter; a quarter asked for by name is its own page, the latest is {@code /weeks}. */
    static PageMeta meta(Map<String, Object> model, String quarterParam) {
        if (!(model.get("quarter") instanceof Quarter quarter)) {
            return PageMeta.titled("Market weeks");
        }
        PageMeta meta = PageMeta.titled("Market weeks, " + quarter.label());
        boolean latest = model.get("nextQuarter") == null;
        return quarterParam == null || quarterParam.isBlank() || latest ? meta : meta.canonicalAt("/weeks?quarter=" + quarter.param());
    }

    private static List<Year> years(Quarter first, Quarter last) {
        List<Year> years = new ArrayList<>();
        for (int y = last.year(); y >= first.year(); y--) {
            List<Quarter> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                Quarter quarter = new Quarter(y, q);
                if (quarter.compareTo(first) >= 0 && quarter.compareTo(last) <= 0) {
                    quarters.add(quarter);
                }
            }
            years.add(new Year(y, quarters));
        }
        return years;
    }
}
