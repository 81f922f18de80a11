package org.tradedesk.marketing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the themes that staff tagged on feedback answers (P3.3.5, P3.3.6): labels are compared without case and
 * with runs of spaces as one ("Price ", "price" and "PRICE" are one theme, shown as first written), counted per
 * kind and label, with each theme's share of the tagged answers (rounded half up to one decimal). Most frequent
 * first, then by kind and label.
 */
public final class ThemeCounts {

    public record Tag(ThemeKind kind, String label) {
    }

    public record Count(ThemeKind kind, String label, int count, BigDecimal percent) {
    }

    private ThemeCounts() {
    }

    public static String normalise(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s+", " ");
    }

    public static List<Count> of(List<Tag> tags) {
        record Key(ThemeKind kind, String folded) {
        }
        Map<Key, String> shown = new LinkedHashMap<>();
        Map<Key, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (Tag t : tags) {
            String label = normalise(t.label());
            if (t.kind() == null || label.isEmpty()) {
                continue;
            }
            Key k = new Key(t.kind(), label.toLowerCase(Locale.ROOT));
            shown.putIfAbsent(k, label);
            counts.merge(k, 1, Integer::sum);
            total++;
        }
        List<Count> out = new ArrayList<>();
        for (Map.Entry<Key, Integer> e : counts.entrySet()) {
            out.add(new Count(e.getKey().kind(), shown.get(e.getKey()), e.getValue(),
                    BigDecimal.valueOf(e.getValue() * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)));
        }
        out.sort(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::kind)
                .thenComparing(c -> c.label().toLowerCase(Locale.ROOT)));
        return out;
    }
}
