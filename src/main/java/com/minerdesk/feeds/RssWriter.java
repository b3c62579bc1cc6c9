package com.minerdesk.feeds;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.owasp.html.Handler;
import org.owasp.html.HtmlStreamRenderer;

/**
 * RSS 2.0 through Rome. The W3C validator's expectations shape it: an {@code atom:link rel="self"}
 * with the RSS media type, RFC 822 dates, guids that are not permalinks (they must survive a slug
 * change) marked {@code isPermaLink="false"}, the author as {@code dc:creator} (RSS's own
 * {@code author} must be an e-mail address), the summary as HTML-escaped text in
 * {@code description} and the full HTML in {@code content:encoded}.
 */
final class RssWriter {
    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RssWriter() {
    }

    static String write(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.homeUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(Feed.LANGUAGE);
        channel.setLastBuildDate(Date.from(feed.updated()));
        channel.setForeignMarkup(List.of(selfLink(feed)));
        channel.setItems(feed.entries().stream().map(RssWriter::item).toList());
        try {
            Document doc = new WireFeedOutput().outputJDom(channel);
            doc.getRootElement().addNamespaceDeclaration(ATOM);
            return hexReferences(new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(doc));
        } catch (FeedException e) {
            throw new IllegalStateException("RSS feed could not be written: " + e.getMessage(), e);
        }
    }

    private static Element selfLink(Feed feed) {
        Element link = new Element("link", ATOM);
        link.setAttribute("href", feed.selfUrl(FeedFormat.RSS));
        link.setAttribute("rel", "self");
        link.setAttribute("type", FeedFormat.RSS.mediaType());
        return link;
    }

    private static Item item(FeedEntry e) {
        Item item = new Item();
        item.setTitle(e.title());
        item.setLink(e.link());
        Guid guid = new Guid();
        guid.setValue(e.id());
        guid.setPermaLink(false);
        item.setGuid(guid);
        item.setPubDate(Date.from(e.published()));
        // The RSS profile wants a description before content:encoded; the title stands in for a missing summary.
        Description description = new Description();
        description.setValue(htmlEscaped(e.summary() != null && !e.summary().isBlank() ? e.summary() : e.title()));
        item.setDescription(description);
        if (e.contentHtml() != null && !e.contentHtml().isBlank()) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(AbsoluteUrls.resolve(e.contentHtml(), e.link()));
            item.setContent(content);
        }
        item.setCategories(e.categories().stream().map(RssWriter::category).toList());
        if (e.author() != null && !e.author().isBlank()) {
            DCModule dc = new DCModuleImpl();
            dc.setCreator(e.author());
            item.setModules(List.<Module>of(dc));
        }
        return item;
    }

    private static Category category(String name) {
        Category c = new Category();
        c.setValue(name);
        return c;
    }

    /**
     * The RSS profile (and the W3C validator with it) asks for "&" and "<" in plain-text elements as
     * hexadecimal character references. In JDOM's output every "&lt;" and "&amp;" is a reference
     * (a literal "&" is always written as "&amp;"), so swapping them for the equivalent hexadecimal
     * references leaves the document's content unchanged.
     */
    static String hexReferences(String xml) {
        return xml.replace("&lt;", "&#x3C;").replace("&amp;", "&#x26;");
    }

    /** RSS descriptions are HTML; a plain-text summary is escaped so that "<" stays a character. */
    private static String htmlEscaped(String text) {
        StringBuilder sb = new StringBuilder();
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(sb, Handler.DO_NOTHING);
        renderer.openDocument();
        renderer.text(text);
        renderer.closeDocument();
        return sb.toString();
    }
}
