package com.minerdesk.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A chart's SVG parsed as namespaced XML, with the checks every chart must pass. */
final class SvgDoc {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    final Element root;

    private SvgDoc(Element root) {
        this.root = root;
    }

    static SvgDoc parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            return new SvgDoc(doc.getDocumentElement());
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    List<Element> all(String localName) {
        NodeList nodes = root.getElementsByTagNameNS(SVG_NS, localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    List<Element> withClass(String localName, String... classes) {
        Predicate<Element> has = e -> {
            List<String> cls = List.of(e.getAttribute("class").split(" "));
            return cls.containsAll(List.of(classes));
        };
        return all(localName).stream().filter(has).toList();
    }

    List<String> texts(String... classes) {
        return withClass("text", classes).stream().map(Element::getTextContent).toList();
    }

    /** Leaves out the keys drawn in the legend. */
    List<Element> outsideLegend(List<Element> elements) {
        return elements.stream().filter(e -> !(e.getParentNode() instanceof Element p && p.getAttribute("class").equals("legend")))
                .toList();
    }

    String allText() {
        return String.join(" | ", all("text").stream().map(Element::getTextContent).toList());
    }

    String title() {
        return all("title").get(0).getTextContent();
    }

    String desc() {
        return all("desc").get(0).getTextContent();
    }

    /**
     * An SVG element named and described in words for assistive technology, no inline style
     * (the site's CSP forbids it), and ids that are unique and belong to the chart.
     */
    SvgDoc assertAccessibleAndSelfContained() {
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        String id = root.getAttribute("id");
        Element title = byId(root.getAttribute("aria-labelledby"));
        Element desc = byId(root.getAttribute("aria-describedby"));
        assertNotNull(title, "aria-labelledby points at the title");
        assertNotNull(desc, "aria-describedby points at the description");
        assertEquals("title", title.getLocalName());
        assertEquals("desc", desc.getLocalName());
        assertFalse(title.getTextContent().isBlank());
        assertTrue(desc.getTextContent().length() > 40, desc.getTextContent());
        assertTrue(root.getAttribute("viewBox").startsWith("0 0 "));
        Set<String> ids = new HashSet<>();
        NodeList everything = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < everything.getLength(); i++) {
            Element e = (Element) everything.item(i);
            NamedNodeMap attrs = e.getAttributes();
            for (int a = 0; a < attrs.getLength(); a++) {
                String name = attrs.item(a).getLocalName() == null ? attrs.item(a).getNodeName() : attrs.item(a).getLocalName();
                assertFalse(name.equals("style"), "inline style on " + e.getLocalName());
            }
            if (e.hasAttribute("id")) {
                assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
                assertTrue(e.getAttribute("id").startsWith(id), "id outside the chart's prefix: " + e.getAttribute("id"));
            }
        }
        return this;
    }

    Element byId(String id) {
        NodeList everything = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < everything.getLength(); i++) {
            Element e = (Element) everything.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    static double num(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }
}
