package org.tradedesk.clients.domain;

/**
 * Which check applies to a client's tax id: 統一編號 for Taiwan, ABN for Australia. Other
 * countries' identifiers are kept as given (letters, digits and separators, at most 32 characters):
 * we do not know their rules, and refusing a real foreign number would be worse than storing it.
 * A blank tax id is allowed everywhere (a new prospect may not have told us yet).
 */
public final class TaxIdRule {

    private TaxIdRule() {
    }

    public static TaxIdCheck check(String countryCode, String taxId) {
        if (taxId == null || taxId.isBlank()) {
            return TaxIdCheck.ok(null);
        }
        String country = countryCode == null ? "" : countryCode.trim().toUpperCase(java.util.Locale.ROOT);
        return switch (country) {
            case "TW" -> TaiwanBusinessNumber.check(taxId);
            case "AU" -> AustralianBusinessNumber.check(taxId);
            default -> {
                String t = taxId.trim();
                yield t.length() <= 32 && t.matches("[\\p{Alnum} ./-]+") ? TaxIdCheck.ok(t)
                        : TaxIdCheck.invalid("clients.taxid.other.format",
                                "a tax id has at most 32 letters, digits, spaces, dots, slashes or hyphens");
            }
        };
    }
}
