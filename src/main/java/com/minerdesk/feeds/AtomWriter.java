package com.minerdesk.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Atom 1.0 through Rome: feed id, title, subtitle, updated, author, self and alternate links; each
 * entry with id, alternate link, published and updated (RFC 3339), author, categories, a text
 * summary and the full HTML as {@code content type="html"}.
 */
final class AtomWriter {
    private AtomWriter() {
    }

    static String write(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setId(feed.id());
        atom.setTitleEx(text(feed.title()));
        atom.setSubtitle(text(feed.description()));
        atom.setUpdated(Date.from(feed.updated()));
        atom.setAuthors(people(feed.author()));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", feed.homeUrl())));
        atom.setOtherLinks(List.of(link("self", FeedFormat.ATOM.mediaType(), feed.selfUrl(FeedFormat.ATOM))));
        atom.setEntries(feed.entries().stream().map(AtomWriter::entry).toList());
        try {
            Document doc = new WireFeedOutput().outputJDom(atom);
            // Rome does not write the language; readers and the validator look for xml:lang.
            doc.getRootElement().setAttribute("lang", Feed.LANGUAGE, Namespace.XML_NAMESPACE);
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(doc);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written: " + e.getMessage(), e);
        }
    }

    private static Entry entry(FeedEntry e) {
        Entry entry = new Entry();
        entry.setId(e.id());
        entry.setTitleEx(text(e.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", e.link())));
        entry.setPublished(Date.from(e.published()));
        entry.setUpdated(Date.from(e.updated()));
        if (e.author() != null && !e.author().isBlank()) {
            entry.setAuthors(people(e.author()));
        }
        entry.setCategories(e.categories().stream().map(AtomWriter::category).toList());
        if (e.summary() != null && !e.summary().isBlank()) {
            entry.setSummary(text(e.summary()));
        }
        if (e.contentHtml() != null && !e.contentHtml().isBlank()) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(AbsoluteUrls.resolve(e.contentHtml(), e.link()));
            entry.setContents(List.of(content));
        }
        return entry;
    }

    private static Content text(String value) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(value);
        return c;
    }

    private static Link link(String rel, String type, String href) {
        Link l = new Link();
        l.setRel(rel);
        l.setType(type);
        l.setHref(href);
        return l;
    }

    private static List<SyndPerson> people(String name) {
        Person p = new Person();
        p.setName(name);
        List<SyndPerson> list = new ArrayList<>();
        list.add(p);
        return list;
    }

    private static Category category(String name) {
        Category c = new Category();
        c.setTerm(name);
        return c;
    }
}
