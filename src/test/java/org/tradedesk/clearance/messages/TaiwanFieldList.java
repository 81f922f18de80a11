package org.tradedesk.clearance.messages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Taiwan's single-window field list {@code N5135_fields.tsv} (path, id, Chinese name, format, cardinality) as a check of a
 * written declaration: every element of the list that is present must fit its format ({@code an..N} at most N characters,
 * {@code anN}/{@code aN} exactly N, {@code a} letters only, {@code n..N,D} a plain non-negative number of at most N digits of
 * which at most D decimals), and every mandatory element (cardinality 1 or 1..n) must be present in each occurrence of its
 * parent. Elements outside the list are reported apart ({@link Report#outside}), as the writer documents them.
 */
public final class TaiwanFieldList {

    /** One line of the list. */
    public record Field(String path, String id, String name, String format, String cardinality) {
        boolean mandatory() {
            return cardinality.startsWith("1");
        }
    }

    /** What the check found: format breaches, mandatory elements missing (path → Chinese name), elements not in the list. */
    public record Report(List<String> breaches, Map<String, String> missing, Set<String> outside) {
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();

    private TaiwanFieldList() {
    }

    /** The list held in the test resources (a copy of shared/data/clearance/N5135_fields.tsv). */
    public static TaiwanFieldList n5135() {
        TaiwanFieldList list = new TaiwanFieldList();
        try (InputStream in = TaiwanFieldList.class.getResourceAsStream("/clearance/N5135_fields.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                list.fields.put(c[0], new Field(c[0], c[1], c[2], c[3], c[4]));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    public Map<String, Field> fields() {
        return fields;
    }

    /** Checks the XML {@code content} against the list. */
    public Report check(byte[] content) {
        Element root = SecureXml.document(content).getDocumentElement();
        List<String> breaches = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>();
        Set<String> outside = new TreeSet<>();
        walk(root, "/" + root.getLocalName(), breaches, missing, outside);
        return new Report(breaches, missing, outside);
    }

    private void walk(Element e, String path, List<String> breaches, Map<String, String> missing, Set<String> outside) {
        Field f = fields.get(path);
        if (f == null) {
            outside.add(path);
            return;
        }
        boolean leaf = true;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                leaf = false;
            }
        }
        if (!f.format().isBlank()) {
            String value = e.getTextContent();
            if (!leaf || !fits(value, f.format())) {
                breaches.add(path + " = '" + value + "' breaks " + f.format() + " (" + f.name() + ")");
            }
        }
        // each mandatory child of this element in the list
        for (Field child : fields.values()) {
            if (child.mandatory() && parent(child.path()).equals(path) && childrenNamed(e, last(child.path())).isEmpty()) {
                missing.put(child.path(), child.name());
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                walk(c, path + "/" + c.getLocalName(), breaches, missing, outside);
            }
        }
    }

    private static final Pattern TEXT = Pattern.compile("(an|a)(\\.\\.)?(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("n(\\.\\.)?(\\d+)(?:,(\\d+))?");

    /** True when {@code value} fits the list's {@code format}. */
    public static boolean fits(String value, String format) {
        Matcher t = TEXT.matcher(format);
        if (t.matches()) {
            int length = value.codePointCount(0, value.length());
            int max = Integer.parseInt(t.group(3));
            boolean size = t.group(2) != null ? length >= 1 && length <= max : length == max;
            return size && (t.group(1).equals("an") || value.chars().allMatch(Character::isLetter));
        }
        Matcher n = NUMBER.matcher(format);
        if (n.matches()) {
            int digits = Integer.parseInt(n.group(2));
            int decimals = n.group(3) == null ? 0 : Integer.parseInt(n.group(3));
            if (!value.matches("\\d+(\\.\\d+)?")) {
                return false;
            }
            String[] parts = value.split("\\.");
            int intDigits = parts[0].replaceFirst("^0+(?=\\d)", "").length();
            int decDigits = parts.length > 1 ? parts[1].length() : 0;
            boolean size = decDigits <= decimals && intDigits + decDigits <= digits && intDigits <= digits - decimals;
            return n.group(1) != null ? size : size && intDigits + decDigits == digits;
        }
        throw new IllegalArgumentException("format " + format);
    }

    private static List<Element> childrenNamed(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && name.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
