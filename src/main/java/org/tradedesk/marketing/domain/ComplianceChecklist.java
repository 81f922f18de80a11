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
 * when it applies to the activity's kind.
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
                if (f.length != 6) {
                    throw new IllegalStateException("checklist line " + n + ": 6 tab-separated fields expected, found " + f.length);
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
                        Boolean.parseBoolean(f[3].strip()), kinds, f[5].strip()));
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

    /** The items for an activity of this kind in a campaign for this market, in the file's order. */
    public List<ComplianceItem> itemsFor(String market, ActivityKind kind) {
        return items.stream().filter(i -> (i.jurisdiction().equals(market) || i.jurisdiction().equals(ANY)) && i.appliesTo(kind))
                .toList();
    }
}
