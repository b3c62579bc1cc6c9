package com.minerdesk.feeds;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The sitemaps.org XML format, written with the JDK's StAX writer (which escapes every value). */
final class SitemapWriter {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapWriter() {
    }

    static String write(List<SitemapUrl> urls) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (SitemapUrl url : urls) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, "loc", XmlText.clean(url.loc()));
                if (url.lastmod() != null) {
                    element(xml, "lastmod", url.lastmod().toString());
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Sitemap could not be written", e);
        }
        return out.append('\n').toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
