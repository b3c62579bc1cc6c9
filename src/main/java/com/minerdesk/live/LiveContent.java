package com.minerdesk.live;

import com.minerdesk.web.Fmt;
import com.minerdesk.web.Html;
import com.minerdesk.web.Templates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Live data in write-ups. The write-up pipeline calls it three times:
 * <ol>
 *   <li>{@link #prepare} before Markdown: placeholders become plain-text markers;</li>
 *   <li>Markdown and the sanitiser run on the editor's text as usual (markers pass untouched);</li>
 *   <li>{@link #render} whenever the page (or feed item) is shown: markers become the week's figures
 *       and blocks, and ticker mentions become links. The result is trusted server HTML that is
 *       never sanitised again (SVG would not survive a sanitiser).</li>
 * </ol>
 * Because evaluation happens at render time, a data correction shows on the next request.
 */
public final class LiveContent {
    private final WeekFiguresLoader loader;
    private final InlineFigures inline;
    private final Blocks blocks;

    public LiveContent(WeekFiguresLoader loader, Templates templates, Fmt fmt) {
        this.loader = loader;
        this.inline = new InlineFigures(fmt);
        this.blocks = new Blocks(templates, fmt, loader.market());
    }

    public WeekFiguresLoader loader() {
        return loader;
    }

    /** Step 1: the Markdown to hand to the Markdown renderer, with the syntax errors. */
    public static LiveSource.Prepared prepare(String markdown) {
        return LiveSource.prepare(markdown);
    }

    /** Every placeholder error of a Markdown text for the given week (null: the latest week), by line. */
    public List<PlaceholderError> check(String markdown, LocalDate week) {
        LiveSource.Prepared prepared = prepare(markdown);
        List<PlaceholderError> errors = new ArrayList<>(prepared.errors());
        WeekFigures data = loader.load(week);
        Set<String> dataBlocks = new HashSet<>();
        for (WrittenPlaceholder w : prepared.placeholders()) {
            String problem = problemWith(w.placeholder(), data, week);
            if (problem == null && w.placeholder() instanceof Placeholder.Block b && b.ticker() != null) {
                dataBlocks.add(b.expression());
                if (dataBlocks.size() > Blocks.MAX_DATA_BLOCKS) {
                    problem = "at most " + Blocks.MAX_DATA_BLOCKS + " charts and pivot lists in one write-up";
                }
            }
            if (problem != null) {
                errors.add(new PlaceholderError(w.line(), w.written(), problem));
            }
        }
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return errors;
    }

    private static String problemWith(Placeholder p, WeekFigures data, LocalDate week) {
        String ticker = p.ticker();
        if (ticker != null && !data.knows(ticker)) {
            return "unknown ticker " + ticker + " in {{" + p.expression().replace(':', ' ') + "}}";
        }
        if (!data.hasWeek()) {
            return week == null ? "there is no market data yet" : "there is no market data for the week of " + week;
        }
        if (p instanceof Placeholder.Figure f && f.aboutCompany() && data.row(ticker).isEmpty()) {
            return ticker + " has no trading data in the week ending " + data.weekEnd();
        }
        if (p instanceof Placeholder.Figure f && InlineFigures.fromNetworkDays(f)) {
            return InlineFigures.networkProblem(f, data.network());
        }
        if (p instanceof Placeholder.Figure f && !f.aboutCompany() && !f.scope().equals("sector") && data.economics() == null) {
            return "there are no sector metrics (BTC price, hash rate, costs) for the week ending " + data.weekEnd();
        }
        return null;
    }

    /** Step 3: the sanitised HTML with figures, blocks and mentions filled in for the week, for a page. */
    public String render(String sanitizedHtml, LocalDate week) {
        return render(sanitizedHtml, week, true);
    }

    /**
     * Step 3 for a page ({@code bothLayouts}: each chart drawn wide and narrow, CSS shows one) or a
     * feed item (one layout: a feed reader has no site CSS to choose with).
     */
    public String render(String sanitizedHtml, LocalDate week, boolean bothLayouts) {
        if (sanitizedHtml == null || sanitizedHtml.isEmpty()) {
            return "";
        }
        WeekFigures data = loader.load(week);
        Map<String, String> blockCache = new HashMap<>();
        Set<String> dataBlocks = new HashSet<>();
        // counted here too: stored HTML may hold markers that no check at save time saw
        Function<Placeholder.Block, String> block = b -> blockCache.computeIfAbsent(b.expression(), e ->
                b.ticker() != null && dataBlocks.add(e) && dataBlocks.size() > Blocks.MAX_DATA_BLOCKS
                        ? Blocks.missing("At most " + Blocks.MAX_DATA_BLOCKS + " charts and pivot lists are shown in one write-up.")
                        : blocks.render(b, data, bothLayouts));
        String html = Mentions.link(sanitizedHtml, data.companies().keySet());
        Matcher m = LiveMarkers.BLOCK_PARAGRAPH.matcher(html);
        html = m.replaceAll(r -> Matcher.quoteReplacement(
                PlaceholderSyntax.fromExpression(r.group(1)) instanceof Placeholder.Block b ? block.apply(b) : r.group()));
        return HtmlSegments.rewrite(html,
                tag -> replaceMarkers(tag, p -> Html.escape(plain(p, data))),
                (text, where) -> replaceMarkers(text, p -> {
                    if (p == null) {
                        return InlineValue.missing("not a placeholder").html(false);
                    }
                    if (p instanceof Placeholder.Figure f) {
                        return inline.evaluate(f, data).html(!where.inLink());
                    }
                    return where.inLink() ? "" : block.apply((Placeholder.Block) p);
                }));
    }

    /** Markers in plain text (search passages, summaries) as the figures' text. */
    public String renderPlain(String text, LocalDate week) {
        if (text == null || !text.contains("%%live:")) {
            return text;
        }
        WeekFigures data = loader.load(week);
        return replaceMarkers(text, p -> plain(p, data));
    }

    /** The known tickers a Markdown text mentions or uses in placeholders. */
    public Set<String> mentions(String markdown) {
        return Mentions.inMarkdown(markdown, loader.load(null).companies().keySet());
    }

    private String plain(Placeholder p, WeekFigures data) {
        if (p == null) {
            return "n/a";
        }
        return p instanceof Placeholder.Figure f ? inline.evaluate(f, data).text() : "";
    }

    /** Replaces each marker by {@code evaluate} of its placeholder (null for a marker that is not valid). */
    private static String replaceMarkers(String s, Function<Placeholder, String> evaluate) {
        if (!s.contains("%%live:")) {
            return s;
        }
        return LiveMarkers.MARKER.matcher(s).replaceAll(r ->
                Matcher.quoteReplacement(evaluate.apply(PlaceholderSyntax.fromExpression(r.group(1)))));
    }
}
