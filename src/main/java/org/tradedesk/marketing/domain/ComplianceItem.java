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
        Set<ActivityKind> appliesTo, String url) {

    public ComplianceItem {
        appliesTo = Set.copyOf(appliesTo);
    }

    public boolean appliesTo(ActivityKind kind) {
        return appliesTo.isEmpty() || appliesTo.contains(kind);
    }
}
