package com.minerdesk.writeups;

import io.javalin.http.UnprocessableContentResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.PolicyFactory;

/**
 * Markdown (CommonMark and GFM tables) to sanitised HTML, as a small pipeline: each
 * {@link RenderStep} may rewrite the source, the parsed document and the HTML, and the
 * sanitiser has the last word. Write-ups are rendered once, at save.
 */
public final class WriteupRenderer {
    private final String baseUrl;
    private final List<RenderStep> steps;
    private final Parser parser;
    private final HtmlRenderer html;
    private final TextContentRenderer text;
    private final PolicyFactory policy;

    public WriteupRenderer(String baseUrl, List<RenderStep> steps) {
        List<Extension> extensions = List.of(TablesExtension.create());
        this.baseUrl = baseUrl;
        this.steps = List.copyOf(steps);
        this.parser = Parser.builder().extensions(extensions).build();
        this.html = HtmlRenderer.builder().extensions(extensions).build();
        this.text = TextContentRenderer.builder().extensions(extensions).build();
        this.policy = HtmlPolicy.forSite(hostOf(baseUrl));
    }

    /**
     * The renderer the site uses. Features that add render steps (live data) add them here, so that
     * the editor, the demo content and re-rendering all go through the same pipeline.
     */
    public static WriteupRenderer forSite(String baseUrl) {
        List<RenderStep> steps = new ArrayList<>();
        steps.add(new ShiftHeadings());
        return new WriteupRenderer(baseUrl, steps);
    }

    /** The same renderer with one more step at the end. */
    public WriteupRenderer with(RenderStep step) {
        List<RenderStep> more = new ArrayList<>(steps);
        more.add(step);
        return new WriteupRenderer(baseUrl, more);
    }

    /** Renders a text; one nested too deeply for the parser (quotes in quotes…) is a 422 with a message. */
    public Rendered render(String markdown, RenderContext context) {
        try {
            return renderNested(markdown, context);
        } catch (StackOverflowError tooDeep) {
            throw new UnprocessableContentResponse("The text nests quotes or lists too deeply to be shown. "
                    + "Use fewer levels of > or of indented lists.");
        }
    }

    private Rendered renderNested(String markdown, RenderContext context) {
        String source = markdown == null ? "" : markdown;
        for (RenderStep step : steps) {
            source = step.beforeMarkdown(source, context);
        }
        Node document = parser.parse(source);
        for (RenderStep step : steps) {
            step.onDocument(document, context);
        }
        String out = html.render(document);
        for (RenderStep step : steps) {
            out = step.afterHtml(out, context);
        }
        return new Rendered(policy.sanitize(out), text.render(document), context.companyIds());
    }

    /** The stored HTML as shown now: every step's {@link RenderStep#whenShown}. */
    public String show(String storedHtml, LocalDate weekEnd) {
        String out = storedHtml == null ? "" : storedHtml;
        for (RenderStep step : steps) {
            out = step.whenShown(out, weekEnd);
        }
        return out;
    }

    /** The stored HTML as a feed item shows it now. */
    public String showInFeed(String storedHtml, LocalDate weekEnd) {
        String out = storedHtml == null ? "" : storedHtml;
        for (RenderStep step : steps) {
            out = step.whenShownInFeed(out, weekEnd);
        }
        return out;
    }

    /** The stored plain text as shown now (search passages). */
    public String showText(String storedText, LocalDate weekEnd) {
        String out = storedText == null ? "" : storedText;
        for (RenderStep step : steps) {
            out = step.whenShownAsText(out, weekEnd);
        }
        return out;
    }

    /** The plain text for the search index. */
    public String indexText(String text) {
        String out = text;
        for (RenderStep step : steps) {
            out = step.forIndex(out);
        }
        return out;
    }

    private static String hostOf(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
