package com.minerdesk.live.factcheck;

import com.minerdesk.live.ProseText;
import com.minerdesk.live.WeekFigures;
import com.minerdesk.web.Fmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the figures an editor typed in a write-up's prose with the data for the write-up's
 * week: percentages, prices, amounts and counts near a ticker, a company name or a sector phrase.
 * Figures coming from placeholders are not prose and are never checked; neither are figures it
 * cannot tie to a data figure (dates, MW, deal sizes).
 */
public final class FactChecker {
    private static final int EXCERPT = 160;
    private final Fmt fmt;

    public FactChecker(Fmt fmt) {
        this.fmt = fmt;
    }

    public List<Mismatch> check(String markdown, WeekFigures data) {
        List<Mismatch> out = new ArrayList<>();
        if (!data.hasWeek()) {
            return out;
        }
        String prose = ProseText.of(markdown);
        String written = markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n');
        Subjects subjects = new Subjects(data.companies().keySet(), CompanyNames.of(data.companies().values()));
        String previousCompany = null;
        for (Sentences.Span span : Sentences.split(prose)) {
            String sentence = prose.substring(span.start(), span.end());
            List<Subject> found = subjects.find(sentence);
            for (Claim c : ClaimReader.read(sentence, span.start(), found, TypedFigures.find(sentence), previousCompany)) {
                Truth truth = Truth.of(c, data, fmt);
                if (truth != null && !Verdict.holds(c, truth)) {
                    out.add(new Mismatch(ProseText.lineOf(prose, c.offset()), c.metric().label(c.ticker()), Stated.of(c),
                            truth.says(), truth.source(), excerpt(written.substring(span.start(), span.end()))));
                }
            }
            for (Subject s : found) {
                if (s.kind() == Subject.Kind.COMPANY) {
                    previousCompany = s.ticker();
                }
            }
        }
        return out;
    }

    /** The sentence as the editor wrote it, on one line. */
    private static String excerpt(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT - 1) + "…";
    }
}
