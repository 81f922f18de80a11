package org.tradedesk.clearance.domain;

import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.tradedesk.tariff.Jurisdiction;

/** The retention period of each jurisdiction, read from a tab-separated file (header {@code jurisdiction years from legal_reference status}). */
public final class RetentionRules {

    static final String HEADER = "jurisdiction\tyears\tfrom\tlegal_reference\tstatus";

    private final Map<Jurisdiction, RetentionRule> rules;

    public RetentionRules(Map<Jurisdiction, RetentionRule> rules) {
        this.rules = Map.copyOf(rules);
    }

    public RetentionRule of(Jurisdiction jurisdiction) {
        RetentionRule rule = rules.get(jurisdiction);
        if (rule == null) {
            throw new IllegalStateException("no retention period for " + jurisdiction + " in the retention data");
        }
        return rule;
    }

    public static RetentionRules read(InputStream in) {
        Map<Jurisdiction, RetentionRule> rules = new EnumMap<>(Jurisdiction.class);
        for (TabSeparatedRows.Row row : TabSeparatedRows.read(in, "retention", HEADER, 5)) {
            String[] f = row.fields();
            try {
                Jurisdiction j = Jurisdiction.valueOf(f[0]);
                rules.put(j, new RetentionRule(j, Integer.parseInt(f[1]),
                        Arrays.stream(f[2].split(",")).map(String::strip).map(DateAnchor::valueOf).toList(), f[3],
                        DeadlineRules.status(f[4])));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("retention line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return new RetentionRules(rules);
    }
}
