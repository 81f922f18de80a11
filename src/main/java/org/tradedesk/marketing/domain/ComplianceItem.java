package org.tradedesk.marketing.domain;

import java.util.Set;

/**
 * One item of the compliance checklist, read from {@code marketing/compliance/checklist.tsv}: its code (the
 * question and the citation are messages {@code marketing.compliance.item.<code>} and
 * {@code marketing.compliance.cite.<code>}), the jurisdiction it belongs to ({@code TW}, {@code AU}, or
 * {@code ANY} for the safety and cultural checks that apply everywhere), whether it must be answered
 * before the activity is ready, the activity kinds it applies to (empty: every kind) and the official
 * text's address.
 */
public record ComplianceItem(String code, String jurisdiction, ComplianceCategory category, boolean mandatory,
        Set<ActivityKind> appliesTo, String url, Set<Integer> hsChapters) {

    public ComplianceItem {
        appliesTo = Set.copyOf(appliesTo);
        hsChapters = hsChapters == null ? Set.of() : Set.copyOf(hsChapters);
    }

    public ComplianceItem(String code, String jurisdiction, ComplianceCategory category, boolean mandatory, Set<ActivityKind> appliesTo,
            String url) {
        this(code, jurisdiction, category, mandatory, appliesTo, url, Set.of());
    }

    /**
     * True when the item applies to the campaign's product: every product when the item names no HS chapters, else
     * only a product (HS code, dotted or not) of one of them — e.g. the food items for chapters 01–24.
     */
    public boolean appliesToProduct(String hsCode) {
        if (hsChapters.isEmpty()) {
            return true;
        }
        String digits = hsCode == null ? "" : hsCode.replaceAll("[^0-9]", "");
        return digits.length() >= 2 && hsChapters.contains(Integer.parseInt(digits.substring(0, 2)));
    }

    public boolean appliesTo(ActivityKind kind) {
        return appliesTo.isEmpty() || appliesTo.contains(kind);
    }
}
