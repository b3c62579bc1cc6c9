package com.minerdesk.web;

import io.javalin.http.BadRequestResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Parsing of path and query values; malformed input is a 400 with a plain message. */
public final class Params {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Params() {
    }

    public static LocalDate isoDate(String value) {
        if (value == null || !ISO_DATE.matcher(value).matches()) {
            throw new BadRequestResponse("Dates are written yyyy-mm-dd, for example 2025-11-28.");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("'" + value + "' is not a real date.");
        }
    }

    public static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int p = Integer.parseInt(value.trim());
            if (p < 1 || p > 100_000) {
                throw new BadRequestResponse("Page numbers start at 1.");
            }
            return p;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("Page numbers start at 1.");
        }
    }
}
