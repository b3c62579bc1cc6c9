package com.minerdesk.writeups;

import com.minerdesk.web.AlternateFeed;
import com.minerdesk.web.ArticleMeta;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.web.Params;
import com.minerdesk.web.ShareImage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Readers' pages: {@code /writeups} (archive), {@code /writeups/{slug}} (an old slug answers 301 to
 * the current one), {@code /tags} and {@code /tags/{slug}}, {@code /authors} and {@code /authors/{slug}}. Only public write-ups exist here.
 */
public final class PublicWriteupRoutes {
    static final int PAGE = 20;
    private final WriteupQueries queries;
    private final Pages pages;
    private final WriteupRenderer renderer;
    private final FeaturedImages featuredImages;
    private final IndexQueries indexes;

    PublicWriteupRoutes(WriteupQueries queries, Pages pages, WriteupRenderer renderer, FeaturedImages featuredImages,
            IndexQueries indexes) {
        this.queries = queries;
        this.pages = pages;
        this.renderer = renderer;
        this.featuredImages = featuredImages;
        this.indexes = indexes;
    }

    public void tagIndex(Context ctx) {
        pages.render(ctx, "writeups/index", PageMeta.titled("Tags")
                .describedAs("Every topic of Minerdesk's write-ups on the listed Bitcoin miners, with how many there are."),
                Map.of("entries", indexes.tags(), "base", "/tags/", "intro", "Every topic with published write-ups, A to Z."));
    }

    public void authorIndex(Context ctx) {
        pages.render(ctx, "writeups/index", PageMeta.titled("Authors")
                .describedAs("Everyone who writes Minerdesk's commentary on the listed Bitcoin miners."),
                Map.of("entries", indexes.authors(), "base", "/authors/", "intro", "Everyone with published write-ups, A to Z."));
    }

    public void archive(Context ctx) {
        Map<String, Object> model = listing(ctx, "/writeups?", queries::archive);
        model.put("intro", "Weekly commentary on the listed miners and their move into AI and HPC data centres, newest first.");
        pages.render(ctx, "writeups/list", PageMeta.titled("Write-ups")
                .describedAs("Minerdesk's weekly commentary on the listed Bitcoin miners and their move into AI and HPC data centres, newest first."),
                model);
    }

    public void tag(Context ctx) {
        String slug = ctx.pathParam("slug");
        Tag tag = queries.tag(slug).filter(t -> queries.anyWithTag(slug))
                .orElseThrow(() -> new NotFoundResponse("No published write-up has this tag."));
        Map<String, Object> model = listing(ctx, "/tags/" + slug + "?", (limit, offset) -> queries.byTag(slug, limit, offset));
        model.put("deep", true);
        model.put("crumb", "Tags");
        model.put("intro", "Write-ups tagged " + tag.name() + ", newest first.");
        pages.render(ctx, "writeups/list", PageMeta.titled("Tagged “" + tag.name() + "”")
                .describedAs("Minerdesk write-ups on the listed Bitcoin miners tagged " + tag.name() + ", newest first.")
                .withFeeds(AlternateFeed.rssAndAtom("Minerdesk write-ups tagged " + tag.name(), "/tags/" + tag.slug())), model);
    }

    public void author(Context ctx) {
        String slug = ctx.pathParam("slug");
        WriteupQueries.Author author = queries.publicAuthor(slug)
                .orElseThrow(() -> new NotFoundResponse("There is no author with published write-ups at this address."));
        String name = author.name();
        Map<String, Object> model = listing(ctx, "/authors/" + slug + "?", (limit, offset) -> queries.byAuthor(slug, limit, offset));
        model.put("deep", true);
        model.put("crumb", "Authors");
        model.put("bio", author.bio());
        model.put("intro", "Everything " + name + " has published, newest first.");
        pages.render(ctx, "writeups/list", PageMeta.titled("Write-ups by " + name)
                .describedAs("Everything " + name + " has published on Minerdesk about the listed Bitcoin miners, newest first."), model);
    }

    /**
     * One page of a list, newest first. One card more than the page is read to know whether an older
     * page exists, so the list is never counted: its cost does not grow with the archive.
     */
    private Map<String, Object> listing(Context ctx, String base, BiFunction<Integer, Integer, List<WriteupCard>> page) {
        int number = Params.page(ctx.queryParam("page"));
        int offset = (number - 1) * PAGE;
        List<WriteupCard> cards = page.apply(PAGE + 1, offset);
        if (number > 1 && cards.isEmpty()) {
            throw new NotFoundResponse("This page is past the oldest write-up.");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("cards", cards.subList(0, Math.min(PAGE, cards.size())));
        model.put("pager", new Pager(number, PAGE, offset + cards.size(), base));
        return model;
    }

    public void writeup(Context ctx) {
        String slug = ctx.pathParam("slug");
        var found = queries.bySlug(slug);
        if (found.isEmpty()) {
            String moved = queries.movedTo(slug)
                    .orElseThrow(() -> new NotFoundResponse("There is no published write-up at this address."));
            ctx.redirect("/writeups/" + moved, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        PublicWriteup w = found.get();
        Map<String, Object> model = new HashMap<>();
        model.put("w", w);
        model.put("bodyHtml", ScrollingTables.wrap(renderer.show(w.bodyHtml(), w.card().weekEnd())));
        model.put("card", w.card());
        Optional<ShareImage> featured = featuredImages.of(w.card().id());
        ShareImage shared = featured.orElseGet(() -> ShareImage.writeupCard(w.card().slug(), w.card().title()));
        model.put("featured", featured.orElse(null));
        model.put("structuredData", ArticleStructuredData.of(w.card(), pages.baseUrl(), shared));
        pages.render(ctx, "writeups/writeup", PageMeta.titled(w.card().title()).describedAs(w.card().summary())
                .asArticle(ArticleMeta.of(w.card().publishAt(), pages.baseUrl() + "/authors/" + w.card().authorSlug(),
                        w.card().tags().stream().map(Tag::name).toList()))
                .sharedAs(shared), model);
    }
}
