package com.minerdesk.live.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what each typed figure of a sentence claims: it ties the figure to the nearest subject
 * before it (or after it, "Up 15.2 %, APLD…"), and takes its meaning from the words between them:
 * direction (fell, rose, lower), hedges (about, more than), and the phrase (from … to, closed at).
 * A figure that cannot be read with confidence claims nothing: better unchecked than wrongly flagged.
 */
final class ClaimReader {
    private static final Pattern TO_BETWEEN = Pattern.compile("^\\s*(?:to|→|->|–>)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("(?i)\\bby\\s*$");
    private static final Pattern MARGIN_NEGATIVE = Pattern.compile("(?i)\\b(?:negative|minus|below\\s+zero|under\\s*water)\\b");
    private static final Pattern MARGIN_POSITIVE = Pattern.compile("(?i)\\bpositive\\b");
    private static final Pattern PRONOUN_START = Pattern.compile("^\\s*(?:It|Its|The\\s+stock|The\\s+shares|Shares|"
            + "Its\\s+shares|The\\s+company)\\b");
    private static final int TAIL = 40;
    private static final int MAX_OPENING_WORDS = 3;
    private static final int MAX_LEAD_WORDS = 16;
    private static final int MAX_BTC_LEAD_WORDS = 6;
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:(]|\\s(?:and|while|as|but|after|before|when|whereas)\\s");

    private ClaimReader() {
    }

    /**
     * The claims of one sentence. {@code previousCompany} is the last company of the sentence before,
     * for sentences that begin "It" or "The stock".
     */
    static List<Claim> read(String text, int offset, List<Subject> subjects, List<Typed> figures, String previousCompany) {
        List<Subject> subs = new ArrayList<>(subjects);
        if (subs.isEmpty() && previousCompany != null && PRONOUN_START.matcher(text).find()) {
            subs.add(new Subject(Subject.Kind.COMPANY, previousCompany, 0, 0));
        }
        List<Claim> claims = new ArrayList<>();
        boolean respectively = Words.RESPECTIVELY.matcher(text).find();
        List<Subject> companies = subs.stream().filter(s -> s.kind() == Subject.Kind.COMPANY).toList();
        int changeIndex = 0;
        Claim lastChange = null;
        Typed previous = null;
        for (Typed f : figures) {
            if (overlapsAny(f, subs)) {
                continue;
            }
            if (f.unit() == Typed.Unit.COUNT) {
                counts(f, offset, claims);
                previous = f;
                continue;
            }
            Subject s = respectively && f.unit() == Typed.Unit.PERCENT && changeIndex < companies.size()
                    ? companies.get(changeIndex++) : subjectFor(text, f, subs);
            if (s == null) {
                previous = f;
                continue;
            }
            Reading r = new Reading(text, f, s, previous, subs, figures);
            Claim c = r.claim(offset, lastChange);
            if (c != null) {
                claims.add(c);
                if (c.metric() == Metric.CHANGE || c.metric() == Metric.SECTOR_CAP_CHANGE) {
                    lastChange = c;
                }
            }
            previous = f;
        }
        return claims;
    }

    private static void counts(Typed f, int offset, List<Claim> claims) {
        if (f.direction() == 0) {
            return;
        }
        claims.add(new Claim(f.direction() > 0 ? Metric.GAINERS : Metric.DECLINERS, null, f, 0, Claim.Comparison.ROUNDED,
                offset + f.start()));
        if (f.total() != null) {
            Typed total = new Typed(Typed.Unit.COUNT, java.math.BigDecimal.valueOf(f.total()), java.math.BigDecimal.ONE,
                    null, 0, f.start(), f.end(), null, 0, false);
            claims.add(new Claim(Metric.COMPANIES, null, total, 0, Claim.Comparison.ROUNDED, offset + f.start()));
        }
    }

    private static boolean overlapsAny(Typed f, List<Subject> subjects) {
        return subjects.stream().anyMatch(s -> f.start() < s.end() && s.start() < f.end());
    }

    /**
     * The nearest subject before the figure; or, for a figure that opens its sentence ("Up 15.2 %,
     * APLD led"), the subject right after it.
     */
    private static Subject subjectFor(String text, Typed f, List<Subject> subjects) {
        Subject before = null;
        Subject after = null;
        for (Subject s : subjects) {
            if (s.end() <= f.start()) {
                before = s;
            } else if (after == null && s.start() >= f.end()) {
                after = s;
            }
        }
        if (before != null || after == null) {
            return before;
        }
        String opening = text.substring(0, f.start());
        String between = text.substring(f.end(), after.start());
        boolean close = Words.wordCount(opening) <= MAX_OPENING_WORDS && Words.wordCount(between) <= MAX_OPENING_WORDS
                && !Words.CLAUSE_BREAK.matcher(between).find();
        return close ? after : null;
    }

    /** One figure read against its subject. */
    private static final class Reading {
        private final Typed f;
        private final Subject s;
        private final Typed previous;
        private final String lead;
        private final String tail;
        private final String between;
        /** The sentence up to the figure, from the last clause break. */
        private final String clause;

        Reading(String text, Typed f, Subject s, Typed previous, List<Subject> subjects, List<Typed> figures) {
            this.f = f;
            this.s = s;
            this.previous = previous;
            int leadStart = s.end() <= f.start() ? s.end() : 0;
            this.lead = text.substring(Math.max(leadStart, 0), f.start());
            int tailEnd = Math.min(text.length(), f.end() + TAIL);
            for (Subject o : subjects) {
                if (o.start() >= f.end()) {
                    tailEnd = Math.min(tailEnd, o.start());
                }
            }
            for (Typed o : figures) {
                if (o.start() >= f.end()) {
                    tailEnd = Math.min(tailEnd, o.start());
                }
            }
            this.tail = clause(text.substring(f.end(), Math.max(f.end(), tailEnd)));
            this.between = previous == null ? null : text.substring(Math.min(previous.end(), f.start()), f.start());
            String upTo = text.substring(0, f.start());
            Matcher b = Words.CLAUSE_BREAK.matcher(upTo);
            int from = 0;
            while (b.find()) {
                from = b.end();
            }
            this.clause = upTo.substring(from);
        }

        /** The rest of the figure's clause: up to a comma, semicolon or a new clause. */
        private static String clause(String after) {
            Matcher m = CLAUSE_END.matcher(after);
            return m.find() ? after.substring(0, m.start()) : after;
        }

        Claim claim(int offset, Claim lastChange) {
            if (Words.OTHER_PERIOD.matcher(lead).find() || Words.OTHER_PERIOD.matcher(tail).find()
                    || Words.NOT_A_FACT.matcher(clause).find() || Words.CLAUSE_BREAK.matcher(lead).find()
                    || Words.wordCount(lead) > (s.kind() == Subject.Kind.BTC ? MAX_BTC_LEAD_WORDS : MAX_LEAD_WORDS)) {
                return null;
            }
            Claim.Comparison cmp = comparison();
            int at = offset + f.start();
            return switch (s.kind()) {
                case COMPANY -> company(cmp, at, lastChange);
                case SECTOR_CAP -> sectorCap(cmp, at);
                case SECTOR -> sector(cmp, at, lastChange);
                case SECTOR_VOLUME -> volume(cmp, at);
                case CASH_COST -> cost(Metric.CASH_COST, cmp, at);
                case ALLIN_COST -> cost(Metric.ALLIN_COST, cmp, at);
                case CASH_MARGIN -> margin(Metric.CASH_MARGIN, cmp, at);
                case ALLIN_MARGIN -> margin(Metric.ALLIN_MARGIN, cmp, at);
                case HASHRATE -> f.unit() == Typed.Unit.HASHRATE ? claim(Metric.HASHRATE, 0, cmp, at) : null;
                case BTC -> f.unit() == Typed.Unit.USD && !f.bare() && !millionsOrMore() ? claim(Metric.BTC_PRICE, 0, cmp, at) : null;
                case COMPANY_OWN -> null;
            };
        }

        private Claim company(Claim.Comparison cmp, int at, Claim lastChange) {
            if (f.unit() == Typed.Unit.PERCENT) {
                if (Words.SHARE_OF.matcher(tail).find()) {
                    return null;
                }
                int sign = direction();
                boolean cue = sign != 0 || Words.CHANGE.matcher(lead).find();
                if (!cue && lastChange != null && lastChange.metric() == Metric.CHANGE && lead.strip().matches("[,:;(]*")) {
                    sign = lastChange.sign();
                    cue = true;
                }
                return cue ? claim(Metric.CHANGE, sign, cmp, at) : null;
            }
            if (f.unit() != Typed.Unit.USD) {
                return null;
            }
            if (f.scaled()) {
                return Words.MARKET_CAP.matcher(lead).find() && millionsOrMore() ? claim(Metric.COMPANY_CAP, 0, cmp, at) : null;
            }
            Metric m = priceMetric();
            return m == null ? null : claim(m, 0, cmp, at);
        }

        /**
         * The A of "from $A to $B" or "$A → $B" is the previous week's close, as the weekly change
         * starts from it; B, "to $B" after a move and "closed at" the close; "opened at" the open.
         */
        private Metric priceMetric() {
            if (followsFrom()) {
                return Metric.CLOSE;
            }
            if (Words.FROM.matcher(lead).find() || f.bare()) {
                return Metric.PREVIOUS_CLOSE;
            }
            if (Words.CLOSE.matcher(lead).find()) {
                return Metric.CLOSE;
            }
            if (Words.OPEN.matcher(lead).find()) {
                return Metric.OPEN;
            }
            if (Words.TO.matcher(lead).find() && (direction() != 0 || lead.matches("(?is).*\\b(?:closed|ended|finished)\\b.*"))) {
                return Metric.CLOSE;
            }
            return null;
        }

        /** This figure is the B of "from A to B" or "A → B". */
        private boolean followsFrom() {
            return previous != null && previous.unit() == f.unit() && previous.scaled() == f.scaled()
                    && between != null && TO_BETWEEN.matcher(between).matches();
        }

        private Claim sectorCap(Claim.Comparison cmp, int at) {
            if (f.unit() == Typed.Unit.PERCENT) {
                return claim(Metric.SECTOR_CAP_CHANGE, direction(), cmp, at);
            }
            if (f.unit() != Typed.Unit.USD || !millionsOrMore()) {
                return null;
            }
            if (followsFrom()) {
                return claim(Metric.SECTOR_CAP_END, 0, cmp, at);
            }
            if (Words.FROM.matcher(lead).find()) {
                return claim(Metric.SECTOR_CAP_START, 0, cmp, at);
            }
            if (Words.TO.matcher(lead).find()) {
                return claim(Metric.SECTOR_CAP_END, 0, cmp, at);
            }
            String beforeFigure = BY.matcher(lead).replaceAll("");
            Matcher moved = Pattern.compile("(?i)\\b\\w+\\s*$").matcher(beforeFigure);
            if (f.sign() != 0 || (moved.find() && (Words.DOWN.matcher(moved.group()).find() || Words.UP.matcher(moved.group()).find()))) {
                return claim(Metric.SECTOR_CAP_CHANGE_USD, f.sign() != 0 ? f.sign() : Words.lastDirection(moved.group()), cmp, at);
            }
            return Words.SECTOR_CAP_LEVEL.matcher(stripHedge(lead)).find() ? claim(Metric.SECTOR_CAP_END, 0, cmp, at) : null;
        }

        private static String stripHedge(String lead) {
            return lead.replaceAll("(?i)\\b(?:about|around|roughly|nearly|almost|some|just|more\\s+than|less\\s+than|over|under)\\s*$", "");
        }

        private Claim sector(Claim.Comparison cmp, int at, Claim lastChange) {
            if (f.unit() == Typed.Unit.PERCENT) {
                int sign = direction();
                if (Words.SHARE_OF.matcher(tail).find()) {
                    return null;
                }
                if (sign == 0 && !Words.CHANGE.matcher(lead).find()) {
                    return null;
                }
                return claim(Metric.SECTOR_CAP_CHANGE, sign, cmp, at);
            }
            if (f.unit() == Typed.Unit.USD && (Words.MARKET_CAP.matcher(lead).find() || Words.MARKET_CAP.matcher(tail).find())) {
                return sectorCap(cmp, at);
            }
            return null;
        }

        private Claim volume(Claim.Comparison cmp, int at) {
            if (f.unit() == Typed.Unit.PERCENT) {
                return claim(Metric.VOLUME_CHANGE, direction(), cmp, at);
            }
            if (f.unit() != Typed.Unit.USD || !millionsOrMore()) {
                return null;
            }
            if (followsFrom() || Words.TO.matcher(lead).find()) {
                return claim(Metric.VOLUME_LAST, 0, cmp, at);
            }
            return Words.FROM.matcher(lead).find() ? claim(Metric.VOLUME_FIRST, 0, cmp, at) : null;
        }

        private Claim cost(Metric m, Claim.Comparison cmp, int at) {
            return f.unit() == Typed.Unit.USD && !f.bare() && !millionsOrMore() ? claim(m, 0, cmp, at) : null;
        }

        private Claim margin(Metric m, Claim.Comparison cmp, int at) {
            if (f.unit() != Typed.Unit.PERCENT) {
                return null;
            }
            int sign = f.sign();
            if (sign == 0) {
                sign = MARGIN_NEGATIVE.matcher(lead).find() ? -1 : MARGIN_POSITIVE.matcher(lead).find() ? 1 : 0;
            }
            return claim(m, sign, cmp, at);
        }

        private boolean millionsOrMore() {
            return f.scaled() && f.scale().compareTo(java.math.BigDecimal.valueOf(1_000_000)) >= 0;
        }

        /** The typed sign, else the last direction word before the figure, else one right after it ("61 % lower"). */
        private int direction() {
            if (f.sign() != 0) {
                return f.sign();
            }
            int before = Words.lastDirection(lead);
            if (before != 0) {
                return before;
            }
            return Words.firstDirection(tail.length() > 16 ? tail.substring(0, 16) : tail);
        }

        private Claim.Comparison comparison() {
            if (Words.ABOUT.matcher(lead).find()) {
                return Claim.Comparison.ABOUT;
            }
            if (Words.ABOVE.matcher(lead).find()) {
                return Claim.Comparison.AT_LEAST;
            }
            if (Words.BELOW.matcher(lead).find()) {
                return Claim.Comparison.AT_MOST;
            }
            return Claim.Comparison.ROUNDED;
        }

        private Claim claim(Metric m, int sign, Claim.Comparison cmp, int at) {
            return new Claim(m, s.ticker(), f, sign, cmp, at);
        }
    }
}
