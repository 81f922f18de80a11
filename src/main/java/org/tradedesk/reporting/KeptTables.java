package org.tradedesk.reporting;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.render.Box;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Tables whose heading must stand on a page with their first rows ({@code data-keep-rows="N"}, t2fixR). The renderer's own
 * means do not hold it: {@code -fs-page-break-min-height} on the table left the heading alone at the foot of a page in a
 * band of positions (a review of issue 9 saw it on the report's ranking), and a row kept whole ({@code page-break-inside:
 * avoid}) goes to the next page without its heading. So the laid-out boxes are read: where the heading row and the N-th body
 * row fall on different pages, the table gets a page break before it and the document is laid out again.
 */
final class KeptTables {

    static final String ATTRIBUTE = "data-keep-rows";

    private KeptTables() {
    }

    /** The tables of the document marked to keep their heading with their first rows, in document order. */
    static List<Element> marked(org.w3c.dom.Document document) {
        List<Element> out = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "table");
        for (int i = 0; i < all.getLength(); i++) {
            Element t = (Element) all.item(i);
            if (!t.getAttribute(ATTRIBUTE).isBlank()) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            // a document parsed without namespaces
            all = document.getElementsByTagName("table");
            for (int i = 0; i < all.getLength(); i++) {
                Element t = (Element) all.item(i);
                if (!t.getAttribute(ATTRIBUTE).isBlank()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The first of {@code tables} whose heading row and its N-th body row were laid out on different pages; null: none. */
    static Element firstSplit(Box root, List<Element> tables) {
        Map<Element, Element[]> wanted = new HashMap<>();
        Map<Element, Box> boxes = new HashMap<>();
        for (Element t : tables) {
            Element[] rows = headingAndRow(t);
            if (rows != null) {
                wanted.put(t, rows);
                boxes.put(rows[0], null);
                boxes.put(rows[1], null);
            }
        }
        if (wanted.isEmpty()) {
            return null;
        }
        collect(root, boxes);
        Layer layer = root.getLayer();
        for (Element t : tables) {
            Element[] rows = wanted.get(t);
            if (rows == null) {
                continue;
            }
            Box heading = boxes.get(rows[0]);
            Box row = boxes.get(rows[1]);
            if (heading == null || row == null) {
                continue;
            }
            int headingPage = layer.getPageIndex(heading.getAbsY());
            int rowEnd = layer.getPageIndex(row.getAbsY() + Math.max(0, row.getHeight() - 1));
            if (headingPage != rowEnd) {
                return t;
            }
        }
        return null;
    }

    /** Puts a page break before the table (its own style kept). */
    static void breakBefore(Element table) {
        String style = table.getAttribute("style");
        table.setAttribute("style", (style.isBlank() ? "" : style.strip() + (style.strip().endsWith(";") ? " " : "; "))
                + "page-break-before: always;");
    }

    /** The table's last heading row ({@code thead}) and its N-th body row (the last when it has fewer); null without both. */
    private static Element[] headingAndRow(Element table) {
        int n;
        try {
            n = Math.max(1, Integer.parseInt(table.getAttribute(ATTRIBUTE).strip()));
        } catch (NumberFormatException e) {
            n = 1;
        }
        Element heading = null;
        List<Element> body = new ArrayList<>();
        for (Node s = table.getFirstChild(); s != null; s = s.getNextSibling()) {
            if (s instanceof Element section) {
                String name = name(section);
                if (name.equals("thead")) {
                    List<Element> rows = rows(section);
                    heading = rows.isEmpty() ? heading : rows.get(rows.size() - 1);
                } else if (name.equals("tbody")) {
                    body.addAll(rows(section));
                } else if (name.equals("tr")) {
                    body.add(section);
                }
            }
        }
        if (heading == null || body.isEmpty()) {
            return null;
        }
        return new Element[] {heading, body.get(Math.min(n, body.size()) - 1)};
    }

    private static List<Element> rows(Element section) {
        List<Element> out = new ArrayList<>();
        for (Node r = section.getFirstChild(); r != null; r = r.getNextSibling()) {
            if (r instanceof Element e && name(e).equals("tr")) {
                out.add(e);
            }
        }
        return out;
    }

    private static String name(Element e) {
        return e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
    }

    /** The first box laid out for each wanted element. */
    private static void collect(Box box, Map<Element, Box> boxes) {
        Element e = box.getElement();
        if (e != null && boxes.containsKey(e) && boxes.get(e) == null) {
            boxes.put(e, box);
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), boxes);
        }
    }
}
