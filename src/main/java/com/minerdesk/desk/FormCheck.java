package com.minerdesk.desk;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of a submitted editor form: what was typed (to show it again) and one inline error
 * per wrong field. A getter returns null for an empty optional field or a wrong one.
 */
public final class FormCheck {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    private FormCheck() {
    }

    public static FormCheck of(Context ctx, List<String> fields) {
        FormCheck f = new FormCheck();
        for (String name : fields) {
            String v = ctx.formParam(name);
            f.values.put(name, v == null ? "" : v.strip());
        }
        return f;
    }

    public Map<String, String> values() {
        return values;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public String value(String name) {
        return values.get(name);
    }

    public void error(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    public String required(String name, int maxLength) {
        String v = values.get(name);
        if (v.isEmpty()) {
            error(name, "This field is required.");
            return null;
        }
        return length(name, v, maxLength);
    }

    public String optional(String name, int maxLength) {
        String v = values.get(name);
        return v.isEmpty() ? null : length(name, v, maxLength);
    }

    public String oneOf(String name, Collection<String> allowed) {
        String v = values.get(name);
        if (!allowed.contains(v)) {
            error(name, "Choose one of " + String.join(", ", allowed) + ".");
            return null;
        }
        return v;
    }

    public LocalDate date(String name) {
        return rule(name, true, ValueRules::date);
    }

    public LocalDate optionalDate(String name) {
        return rule(name, false, ValueRules::date);
    }

    public BigDecimal positive(String name, int precision, int scale) {
        return rule(name, true, v -> ValueRules.positive(v, precision, scale));
    }

    public BigDecimal optionalNotNegative(String name, int precision, int scale) {
        return rule(name, false, v -> ValueRules.notNegative(v, precision, scale));
    }

    public Long optionalWhole(String name) {
        return rule(name, false, ValueRules::wholeNotNegative);
    }

    public String webAddress(String name, int maxLength, boolean required) {
        return rule(name, required, v -> ValueRules.webAddress(v, maxLength));
    }

    private <T> T rule(String name, boolean required, Function<String, Checked<T>> rule) {
        String v = values.get(name);
        if (v.isEmpty()) {
            if (required) {
                error(name, "This field is required.");
            }
            return null;
        }
        Checked<T> c = rule.apply(v);
        if (c.failed()) {
            error(name, sentence(c.error()));
        }
        return c.value();
    }

    private String length(String name, String v, int maxLength) {
        if (v.length() > maxLength) {
            error(name, "At most " + maxLength + " characters, this has " + v.length() + ".");
            return null;
        }
        return v;
    }

    private static String sentence(String s) {
        String t = s.startsWith("'") ? "The value " + s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(")") || t.endsWith(".") ? t : t + ".";
    }
}
