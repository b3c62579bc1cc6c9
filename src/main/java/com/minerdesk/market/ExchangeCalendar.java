package com.minerdesk.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The US exchange calendar (NYSE and Nasdaq): which weekdays are full-day closures, read from
 * {@code market/us-exchange-holidays.csv}. A market week runs Monday to Friday; its scheduled trading
 * days are its weekdays that are not closures, and it is named by the last of them. Outside the years
 * the file covers every weekday is a trading day.
 */
public final class ExchangeCalendar {
    static final String RESOURCE = "/market/us-exchange-holidays.csv";
    private static final ExchangeCalendar US = load();

    /** A full-day closure: its date, its name and whether NYSE has published it or it is projected by its rules. */
    public record Closure(LocalDate date, String name, boolean projected) {
    }

    private final Map<LocalDate, Closure> closures;

    ExchangeCalendar(List<Closure> closures) {
        Map<LocalDate, Closure> byDate = new TreeMap<>();
        closures.forEach(c -> byDate.put(c.date(), c));
        this.closures = Collections.unmodifiableMap(byDate);
    }

    public static ExchangeCalendar us() {
        return US;
    }

    public Optional<Closure> closure(LocalDate day) {
        return Optional.ofNullable(closures.get(day));
    }

    public boolean isTradingDay(LocalDate day) {
        return day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && !closures.containsKey(day);
    }

    /** The scheduled trading days of the market week containing {@code day}, Monday first. */
    public List<LocalDate> scheduledDays(LocalDate day) {
        List<LocalDate> days = new ArrayList<>(5);
        for (LocalDate d = MarketWeek.monday(day); !d.isAfter(MarketWeek.friday(day)); d = d.plusDays(1)) {
            if (isTradingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /**
     * The name of the market week containing {@code day}: its last scheduled trading day (the Friday,
     * or the Thursday when Friday is closed). A week closed on every day (none so far) keeps its Friday.
     */
    public LocalDate weekName(LocalDate day) {
        List<LocalDate> days = scheduledDays(day);
        return days.isEmpty() ? MarketWeek.friday(day) : days.get(days.size() - 1);
    }

    private static ExchangeCalendar load() {
        try (InputStream in = ExchangeCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The exchange calendar " + RESOURCE + " is missing from the build.");
            }
            return new ExchangeCalendar(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code date,name,status} after comment lines ({@code #}) and the header. */
    static List<Closure> parse(BufferedReader lines) throws IOException {
        List<Closure> out = new ArrayList<>();
        String line;
        boolean header = true;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 3 || !(f[2].equals("published") || f[2].equals("projected"))) {
                throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line);
            }
            out.add(new Closure(LocalDate.parse(f[0]), f[1], f[2].equals("projected")));
        }
        return out;
    }
}
