package com.minerdesk.synthetic;

import java.util.HashMap;
import java.util.Map;

/** {@code --weeks N --companies N --writeups N}, each within a sane range. */
public record SyntheticOptions(int weeks, int companies, int writeups) {
    public static final int DEFAULT_WEEKS = 520;
    public static final int DEFAULT_COMPANIES = 100;
    public static final int DEFAULT_WRITEUPS = 5000;

    public static SyntheticOptions parse(String[] args) {
        Map<String, Integer> values = new HashMap<>(Map.of(
                "weeks", DEFAULT_WEEKS, "companies", DEFAULT_COMPANIES, "writeups", DEFAULT_WRITEUPS));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                name = arg.substring(2);
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Usage: synthetic [--weeks 520] [--companies 100] [--writeups 5000]");
            }
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "; options are --weeks, --companies, --writeups");
            }
            values.put(name, number(name, value));
        }
        return new SyntheticOptions(
                within("weeks", values.get("weeks"), 1, 2600),
                within("companies", values.get("companies"), 1, 1000),
                within("writeups", values.get("writeups"), 0, 100_000));
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'");
        }
    }

    private static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
