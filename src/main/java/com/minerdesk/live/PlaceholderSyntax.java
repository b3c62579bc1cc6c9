package com.minerdesk.live;

import com.minerdesk.market.Tickers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses what is written between {@code {{ }}} into a {@link Placeholder}, or explains why it is
 * not one. Only the syntax is checked here; whether a ticker exists depends on the data.
 */
public final class PlaceholderSyntax {
    public static final int MAX_MOVERS = 10;
    static final List<String> COMPANY_FIELDS = List.of("close", "open", "change", "volume", "shares", "marketcap");
    static final Map<String, List<String>> SCOPES = new LinkedHashMap<>();

    static {
        SCOPES.put("sector", List.of("marketcap", "change", "gainers", "decliners", "volume"));
        SCOPES.put("btc", List.of("price"));
        SCOPES.put("network", List.of("hashrate", "hashprice", "hashvalue"));
        SCOPES.put("cost", List.of("cash", "allin"));
        SCOPES.put("margin", List.of("cash", "allin"));
    }

    private static final Pattern FIGURE = Pattern.compile("([A-Za-z0-9][A-Za-z0-9.\\-]*)\\.([A-Za-z]+)");
    private static final Pattern BLOCK = Pattern.compile("(movers|table|chart|pivots)(?:\\s+(\\S+))?(\\s+.*)?");

    private PlaceholderSyntax() {
    }

    /** The outcome of parsing: a placeholder, or an error message for the editor. */
    public record Parsed(Placeholder placeholder, String error) {
        static Parsed ok(Placeholder p) {
            return new Parsed(p, null);
        }

        static Parsed error(String message) {
            return new Parsed(null, message);
        }

        public boolean ok() {
            return placeholder != null;
        }
    }

    public static Parsed parse(String inner) {
        String s = inner.strip();
        if (s.isEmpty()) {
            return Parsed.error("an empty placeholder");
        }
        Matcher block = BLOCK.matcher(s);
        if (block.matches()) {
            return block(block.group(1), block.group(2), block.group(3));
        }
        Matcher figure = FIGURE.matcher(s);
        if (figure.matches()) {
            return figure(figure.group(1), figure.group(2));
        }
        return Parsed.error("unknown placeholder {{" + s + "}}; see the list on the help page");
    }

    private static Parsed figure(String scope, String field) {
        String f = field.toLowerCase(Locale.ROOT);
        String lowerScope = scope.toLowerCase(Locale.ROOT);
        if (SCOPES.containsKey(lowerScope)) {
            List<String> fields = SCOPES.get(lowerScope);
            if (!fields.contains(f)) {
                return Parsed.error("unknown placeholder {{" + scope + "." + field + "}}: " + lowerScope
                        + " figures are " + String.join(", ", fields));
            }
            return Parsed.ok(new Placeholder.Figure(lowerScope, f));
        }
        String ticker = scope.toUpperCase(Locale.ROOT);
        if (!Tickers.valid(ticker)) {
            return Parsed.error("'" + scope + "' cannot be a ticker");
        }
        if (!COMPANY_FIELDS.contains(f)) {
            return Parsed.error("unknown placeholder {{" + scope + "." + field + "}}: a company figure is one of "
                    + String.join(", ", COMPANY_FIELDS));
        }
        return Parsed.ok(new Placeholder.Figure(ticker, f));
    }

    private static Parsed block(String word, String argument, String extra) {
        if (extra != null && !extra.isBlank()) {
            return Parsed.error("{{" + word + "}} takes at most one argument");
        }
        return switch (word) {
            case "table" -> argument == null ? Parsed.ok(new Placeholder.Block(Placeholder.BlockKind.TABLE, null))
                    : Parsed.error("{{table}} takes no argument");
            case "movers" -> movers(argument);
            default -> {
                Placeholder.BlockKind kind = word.equals("chart") ? Placeholder.BlockKind.CHART : Placeholder.BlockKind.PIVOTS;
                String ticker = argument == null ? null : argument.toUpperCase(Locale.ROOT);
                if (!Tickers.valid(ticker)) {
                    yield Parsed.error("write {{" + word + " TICKER}}, for example {{" + word + " ABTC}}");
                }
                yield Parsed.ok(new Placeholder.Block(kind, ticker));
            }
        };
    }

    private static Parsed movers(String argument) {
        String hint = "write {{movers N}} with N from 1 to " + MAX_MOVERS;
        if (argument == null || !argument.matches("\\d{1,3}")) {
            return Parsed.error(hint);
        }
        int n = Integer.parseInt(argument);
        if (n < 1 || n > MAX_MOVERS) {
            return Parsed.error(hint);
        }
        return Parsed.ok(new Placeholder.Block(Placeholder.BlockKind.MOVERS, Integer.toString(n)));
    }

    /** Reads a marker's expression back (null when it is not valid: anyone can type a marker). */
    static Placeholder fromExpression(String expression) {
        return parse(expression.replace(':', ' ')).placeholder();
    }
}
