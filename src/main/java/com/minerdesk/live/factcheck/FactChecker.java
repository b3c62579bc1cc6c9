package com.minerdesk.live.factcheck;

import com.minerdesk.live.ProseText;
import com.minerdesk.live.WeekFigures;
import com.minerdesk.web.Fmt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the figures an editor typed in a write-up's prose with the data for the write-up's
 * week: percentages, prices, amounts and counts near a ticker, a company name or a sector phrase.
 * Figures coming from placeholders are not prose and are never checked; neither are figures it
 * cannot tie to a data figure (dates, MW, deal sizes).
 *
 * <p>Bounded for any text: only the first {@value #MAX_FIGURES_PER_SENTENCE} figures of a sentence are
 * read (reading one looks at the others and at every subject of its sentence), and the check stops
 * with what it found once it has run for {@link #BUDGET}.
 */
public final class FactChecker {
    static final int MAX_FIGURES_PER_SENTENCE = 24;
    static final Duration BUDGET = Duration.ofSeconds(1);
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
        LineNumbers lines = new LineNumbers(prose);
        long deadline = System.nanoTime() + BUDGET.toNanos();
        for (Sentences.Span span : Sentences.split(prose)) {
            if (System.nanoTime() > deadline) {
                break;
            }
            String sentence = prose.substring(span.start(), span.end());
            List<Subject> found = subjects.find(sentence);
            List<Typed> figures = TypedFigures.find(sentence);
            if (figures.size() > MAX_FIGURES_PER_SENTENCE) {
                figures = figures.subList(0, MAX_FIGURES_PER_SENTENCE);
            }
            for (Claim c : ClaimReader.read(sentence, span.start(), found, figures, previousCompany)) {
                Truth truth = Truth.of(c, data, fmt);
                if (truth != null && !Verdict.holds(c, truth)) {
                    out.add(new Mismatch(lines.of(c.offset()), c.metric().label(c.ticker()), Stated.of(c),
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
