package com.minerdesk.live.factcheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures typed in a sentence: percentages, dollar amounts (with B/M/K), hash rates,
 * counts ("6 of 34", "28 decliners") and prices written without "$" in "from 5.75 to 2.23". Plain
 * numbers (dates, MW, years) are not figures.
 */
final class TypedFigures {
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SIGN = "(?:(?<![\\w.,])([+\\-\u2212\u2013])\\s?)?";
    private static final String COUNT = "(\\d{1,3}|" + Words.NUMBER_WORD + ")";
    private static final Pattern PERCENT = Pattern.compile(SIGN + "(?<![\\w.,])" + NUM
            + "\\s?(?:%|(?:percent|per\\s?cent|pct)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY = Pattern.compile(SIGN + "(?:US\\$|\\$|USD\\s?)\\s?" + NUM
            + "(?:\\s?(billion|bn|B|million|mn|M|thousand|K|k)\\b)?");
    private static final Pattern HASH = Pattern.compile("(?<![\\w.,])" + NUM
            + "\\s?(EH/s|EH\\b|ZH/s|ZH\\b|exahash(?:es)?(?:\\s+per\\s+second)?|zettahash(?:es)?(?:\\s+per\\s+second)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_OF = Pattern.compile("(?<![\\w.,$])" + COUNT
            + "\\s+(?:out\\s+)?of\\s+(?:the\\s+|all\\s+)?" + COUNT + "\\b(?!\\s?%|\\s?per|[.,]\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_NOUN = Pattern.compile("(?<![\\w.,$])" + COUNT
            + "\\s+(?:weekly\\s+)?(gainers|advancers|winners|decliners|losers)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_LABEL = Pattern.compile("\\b(gainers|advancers|decliners|losers)"
            + "\\s*(?::|\\(|were|numbered|totall?ed|came\\s+to)\\s*" + COUNT + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_VERB = Pattern.compile("(?<![\\w.,$])(?<!the\\s|all\\s|The\\s|All\\s)" + COUNT
            + "\\s+(?:listed\\s+)?(?:miners|stocks|companies|names)\\s+(?:only\\s+)?((?:rose|gained|advanced|climbed|fell|"
            + "declined|dropped|lost|slid)|(?:ended|closed|finished)(?:\\s+the\\s+week)?\\s+(?:higher|lower|up|down))\\b"
            + "(?!\\s+(?:more|over|by|at|than|above|below|less|\\d|\\$))", Pattern.CASE_INSENSITIVE);
    /** "6 of the 10 largest miners", "2 of the 3 names with AI leases": a part of the sector, not all of it. */
    private static final Pattern SUBSET = Pattern.compile("^[^.;,]*?\\b(?:largest|biggest|smallest|top|leading|major|"
            + "with|without|outside|excluding|except|among|pure|AI|HPC|hosting|US|U\\.S\\.|Canadian|Chinese|European)\\b");
    private static final Pattern BARE_FROM_TO = Pattern.compile("(?i)\\bfrom\\s+(\\d+\\.\\d+)\\s+to\\s+(\\d+\\.\\d+)\\b(?!\\s?%)");
    private static final Pattern BARE_ARROW = Pattern.compile("(?<![\\w.$])(\\d+\\.\\d+)\\s*(?:→|->)\\s*(\\d+\\.\\d+)\\b(?!\\s?%)");

    private TypedFigures() {
    }

    static List<Typed> find(String text) {
        List<Typed> found = new ArrayList<>();
        counts(text, found);
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            add(found, new Typed(Typed.Unit.PERCENT, number(m.group(2)), BigDecimal.ONE, null, sign(m.group(1)),
                    m.start(), m.end(), null, 0, false));
        }
        m = MONEY.matcher(text);
        while (m.find()) {
            String suffix = m.group(3);
            add(found, new Typed(Typed.Unit.USD, number(m.group(2)), scale(suffix), suffix, sign(m.group(1)),
                    m.start(), m.end(), null, 0, false));
        }
        m = HASH.matcher(text);
        while (m.find()) {
            boolean zetta = m.group(2).toLowerCase(Locale.ROOT).startsWith("z");
            add(found, new Typed(Typed.Unit.HASHRATE, number(m.group(1)), zetta ? BigDecimal.valueOf(1000) : BigDecimal.ONE,
                    m.group(2), 0, m.start(), m.end(), null, 0, false));
        }
        for (Pattern bare : List.of(BARE_FROM_TO, BARE_ARROW)) {
            m = bare.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= 2; g++) {
                    add(found, new Typed(Typed.Unit.USD, number(m.group(g)), BigDecimal.ONE, null, 0,
                            m.start(g), m.end(g), null, 0, true));
                }
            }
        }
        found.sort(Comparator.comparingInt(Typed::start));
        return found;
    }

    private static void counts(String text, List<Typed> found) {
        Matcher m = COUNT_NOUN.matcher(text);
        while (m.find()) {
            add(found, count(m.group(1), null, nounDirection(m.group(2)), m.start(), m.end()));
        }
        m = COUNT_LABEL.matcher(text);
        while (m.find()) {
            add(found, count(m.group(2), null, nounDirection(m.group(1)), m.start(), m.end()));
        }
        m = COUNT_OF.matcher(text);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase("one") || SUBSET.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()) {
                continue;
            }
            int direction = countDirection(text.substring(m.end(), Math.min(text.length(), m.end() + 60)),
                    text.substring(0, m.start()));
            add(found, count(m.group(1), Words.number(m.group(2)), direction, m.start(), m.end()));
        }
        m = COUNT_VERB.matcher(text);
        while (m.find()) {
            add(found, count(m.group(1), null, Words.firstDirection(m.group(2)), m.start(), m.end()));
        }
    }

    /** A count's direction: the first direction word after it ("6 of 34 rose"), else the last before it. */
    private static int countDirection(String after, String before) {
        int nounAfter = firstNoun(after);
        int verbAfter = Words.firstDirection(after);
        if (nounAfter != 0 || verbAfter != 0) {
            return nounAfter != 0 ? nounAfter : verbAfter;
        }
        Matcher noun = Pattern.compile("(?i)\\b(gainers|advancers|winners|decliners|losers)\\b").matcher(before);
        int lastNoun = 0;
        int lastNounAt = -1;
        while (noun.find()) {
            lastNoun = nounDirection(noun.group(1));
            lastNounAt = noun.start();
        }
        int up = Words.lastIndex(Words.UP, before);
        int down = Words.lastIndex(Words.DOWN, before);
        if (lastNounAt > Math.max(up, down)) {
            return lastNoun;
        }
        return Words.lastDirection(before);
    }

    private static int firstNoun(String text) {
        Matcher noun = Pattern.compile("(?i)^[^.;]*?\\b(gainers|advancers|winners|decliners|losers)\\b").matcher(text);
        if (!noun.find()) {
            return 0;
        }
        int at = noun.start(1);
        int verb = Math.min(firstAt(Words.UP, text), firstAt(Words.DOWN, text));
        return at < verb ? nounDirection(noun.group(1)) : 0;
    }

    private static int firstAt(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    private static int nounDirection(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return n.equals("decliners") || n.equals("losers") ? -1 : 1;
    }

    private static Typed count(String n, Integer total, int direction, int start, int end) {
        return new Typed(Typed.Unit.COUNT, BigDecimal.valueOf(Words.number(n)), BigDecimal.ONE, null, 0, start, end,
                total, direction, false);
    }

    private static void add(List<Typed> found, Typed t) {
        for (Typed f : found) {
            if (t.start() < f.end() && f.start() < t.end()) {
                return;
            }
        }
        found.add(t);
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static int sign(String s) {
        if (s == null) {
            return 0;
        }
        return s.equals("+") ? 1 : -1;
    }

    private static BigDecimal scale(String suffix) {
        if (suffix == null) {
            return BigDecimal.ONE;
        }
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "billion", "bn", "b" -> BigDecimal.ONE.movePointRight(9);
            case "million", "mn", "m" -> BigDecimal.ONE.movePointRight(6);
            default -> BigDecimal.ONE.movePointRight(3);
        };
    }
}
