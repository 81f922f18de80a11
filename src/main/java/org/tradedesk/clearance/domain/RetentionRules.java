package org.tradedesk.clearance.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = false;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!line.strip().equals(HEADER)) {
                        throw new IllegalArgumentException("retention line " + number + ": expected the header " + HEADER);
                    }
                    header = true;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalArgumentException("retention line " + number + ": 5 columns expected, found " + f.length);
                }
                try {
                    Jurisdiction j = Jurisdiction.valueOf(f[0]);
                    rules.put(j, new RetentionRule(j, Integer.parseInt(f[1]),
                            Arrays.stream(f[2].split(",")).map(String::strip).map(DateAnchor::valueOf).toList(), f[3],
                            DeadlineRules.status(f[4])));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("retention line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RetentionRules(rules);
    }
}
