package com.minerdesk.production;

import io.javalin.http.BadRequestResponse;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** The month in production paths: yyyy-mm, for the first day of the month. */
public final class ProductionPaths {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private ProductionPaths() {
    }

    public static String monthParam(LocalDate firstDay) {
        return YearMonth.from(firstDay).toString();
    }

    public static String month(LocalDate firstDay) {
        return "/production/" + monthParam(firstDay);
    }

    /** A yyyy-mm value as its month's first day; anything else is a 400. */
    public static LocalDate parseMonth(String value) {
        if (value == null || !MONTH.matcher(value).matches()) {
            throw new BadRequestResponse("Months are written yyyy-mm, for example 2025-10.");
        }
        try {
            return YearMonth.parse(value).atDay(1);
        } catch (DateTimeException e) {
            throw new BadRequestResponse("'" + value + "' is not a real month.");
        }
    }
}
