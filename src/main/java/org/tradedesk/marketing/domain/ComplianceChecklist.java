package org.tradedesk.marketing.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checklist as data (rules as data: {@code marketing/compliance/checklist.tsv}, tab-separated, a header
 * line, {@code #} comments). Which items an activity gets: those of the campaign's market when the desk
 * keeps items for it (Taiwan, Australia), plus the {@code ANY} items (safety, cultural review), each only
 * when it applies to the activity's kind and, for an item bound to HS chapters (7th column, e.g. {@code 01-24} for food),
 * to the campaign's product.
 */
public final class ComplianceChecklist {

    public static final String ANY = "ANY";
    private final List<ComplianceItem> items;

    private ComplianceChecklist(List<ComplianceItem> items) {
        this.items = List.copyOf(items);
    }

    public static ComplianceChecklist read(Reader in) {
        List<ComplianceItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try (BufferedReader r = new BufferedReader(in)) {
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6 && f.length != 7) {
                    throw new IllegalStateException("checklist line " + n + ": 6 or 7 tab-separated fields expected, found " + f.length);
                }
                Set<Integer> chapters = new HashSet<>();
                if (f.length == 7 && !f[6].isBlank() && !f[6].strip().equals("*")) {
                    for (String range : f[6].split(",")) {
                        String[] ends = range.strip().split("-");
                        int from = Integer.parseInt(ends[0].strip());
                        int to = Integer.parseInt(ends[ends.length - 1].strip());
                        if (from < 1 || to > 99 || from > to) {
                            throw new IllegalStateException("checklist line " + n + ": HS chapters " + range + " are not 01 to 99");
                        }
                        for (int ch = from; ch <= to; ch++) {
                            chapters.add(ch);
                        }
                    }
                }
                Set<ActivityKind> kinds = EnumSet.noneOf(ActivityKind.class);
                if (!f[4].isBlank() && !f[4].strip().equals("*")) {
                    for (String k : f[4].split(",")) {
                        kinds.add(ActivityKind.valueOf(k.strip()));
                    }
                }
                String code = f[0].strip();
                if (!codes.add(code)) {
                    throw new IllegalStateException("checklist line " + n + ": item " + code + " given twice");
                }
                items.add(new ComplianceItem(code, f[1].strip().toUpperCase(Locale.ROOT), ComplianceCategory.valueOf(f[2].strip()),
                        Boolean.parseBoolean(f[3].strip()), kinds, f[5].strip(), chapters));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ComplianceChecklist(items);
    }

    public List<ComplianceItem> all() {
        return items;
    }

    /** True when the desk keeps legal items for this market (ISO alpha-2). */
    public boolean covers(String market) {
        return items.stream().anyMatch(i -> i.jurisdiction().equals(market));
    }

    /** The items for an activity of this kind in a campaign for this market, in the file's order (no product-bound item). */
    public List<ComplianceItem> itemsFor(String market, ActivityKind kind) {
        return itemsFor(market, kind, null);
    }

    /**
     * The items for an activity of this kind in a campaign for this market and product (HS code), in the file's order:
     * an item bound to HS chapters (the food items: 01–24) only when the product is of one of them.
     */
    public List<ComplianceItem> itemsFor(String market, ActivityKind kind, String product) {
        return items.stream().filter(i -> (i.jurisdiction().equals(market) || i.jurisdiction().equals(ANY)) && i.appliesTo(kind)
                && i.appliesToProduct(product)).toList();
    }
}
