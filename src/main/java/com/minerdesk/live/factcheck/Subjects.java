package com.minerdesk.live.factcheck;

import com.minerdesk.market.Tickers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the subjects in a sentence: tickers, company names and the sector's phrases. */
final class Subjects {
    private static final Pattern TICKER = Pattern.compile("(?<![A-Za-z0-9])" + Tickers.PROSE_WORD + "(?![A-Za-z0-9])");
    private static final List<Phrase> PHRASES = List.of(
            new Phrase(Subject.Kind.SECTOR_CAP, "(?:(?:the\\s+)?sector(?:['’]s)?|combined|total|aggregate|overall)\\s+market\\s+"
                    + "(?:cap(?:itali[sz]ation)?|value)|market\\s+(?:cap(?:itali[sz]ation)?|value)\\s+of\\s+(?:the\\s+)?"
                    + "(?:sector|listed\\s+miners|group)|sector\\s+cap\\b"),
            new Phrase(Subject.Kind.SECTOR_VOLUME, "(?:sector(?:['’]s)?\\s+)?(?:daily\\s+)?(?:trading\\s+)?volume"),
            new Phrase(Subject.Kind.ALLIN_MARGIN, "all[-\\s]in\\s+margins?"),
            new Phrase(Subject.Kind.CASH_MARGIN, "cash\\s+margins?"),
            new Phrase(Subject.Kind.ALLIN_COST, "all[-\\s]in\\s+(?:sustaining\\s+)?costs?"),
            new Phrase(Subject.Kind.CASH_COST, "cash\\s+costs?"),
            new Phrase(Subject.Kind.HASHRATE, "(?:network(?:['’]s)?\\s+)?hash\\s?rate|hashrate|hashing\\s+power"),
            new Phrase(Subject.Kind.SECTOR, "(?:the\\s+)?(?:mining\\s+)?sector(?!['’]s)\\b|(?:the\\s+)?sector\\s+as\\s+a\\s+whole"),
            new Phrase(Subject.Kind.BTC, "(?<!per\\s|one\\s|a\\s|each\\s|1\\s|/)(?:\\bBTC\\b|\\b[Bb]itcoin\\b(?![-\\s](?:min|tre)))"));

    private record Phrase(Subject.Kind kind, Pattern pattern) {
        Phrase(Subject.Kind kind, String regex) {
            this(kind, Pattern.compile(regex, kind == Subject.Kind.BTC ? 0 : Pattern.CASE_INSENSITIVE));
        }
    }

    private final Set<String> tickers;
    private final Map<String, String> names;

    Subjects(Set<String> tickers, Map<String, String> names) {
        this.tickers = tickers;
        this.names = names;
    }

    /** Subjects in order of position; where two overlap, the one found first (companies) is kept. */
    List<Subject> find(String text) {
        List<Subject> found = new ArrayList<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            Matcher m = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name.getKey()) + "(?![A-Za-z0-9])").matcher(text);
            while (m.find()) {
                addUnlessOverlapping(found, new Subject(Subject.Kind.COMPANY, name.getValue(), m.start(), m.end()));
            }
        }
        Matcher t = TICKER.matcher(text);
        while (t.find()) {
            if (tickers.contains(t.group())) {
                addUnlessOverlapping(found, new Subject(Subject.Kind.COMPANY, t.group(), t.start(), t.end()));
            }
        }
        for (Phrase p : PHRASES) {
            Matcher m = p.pattern().matcher(text);
            while (m.find()) {
                addUnlessOverlapping(found, new Subject(p.kind(), null, m.start(), m.end()));
            }
        }
        found.sort(Comparator.comparingInt(Subject::start));
        return companyOwn(found, text);
    }

    /** "ABTC's volume" or "APLD's cash cost" is the company's own figure, not the sector's. */
    private static List<Subject> companyOwn(List<Subject> subjects, String text) {
        List<Subject> out = new ArrayList<>(subjects);
        for (int i = 1; i < out.size(); i++) {
            Subject s = out.get(i);
            Subject before = out.get(i - 1);
            if (s.kind() != Subject.Kind.COMPANY && s.kind() != Subject.Kind.BTC && before.kind() == Subject.Kind.COMPANY
                    && text.substring(before.end(), s.start()).matches("(?:['’]s)?\\s*")) {
                out.set(i, new Subject(Subject.Kind.COMPANY_OWN, before.ticker(), s.start(), s.end()));
            }
        }
        return out;
    }

    private static void addUnlessOverlapping(List<Subject> found, Subject s) {
        for (Subject f : found) {
            if (s.start() < f.end() && f.start() < s.end()) {
                return;
            }
        }
        found.add(s);
    }
}
