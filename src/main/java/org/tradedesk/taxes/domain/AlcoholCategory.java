package org.tradedesk.taxes.domain;

import java.util.List;

/**
 * Which UK alcohol duty category (beer, cider, wine, spirits, other fermented products) a line falls in, told by its
 * commodity code: one rule for the small producer relief and the draught relief tables, which both name their category
 * by code prefixes with exceptions (spirits-based drinks are not "other fermented products").
 */
final class AlcoholCategory {

    private AlcoholCategory() {
    }

    /**
     * Whether a line with commodity code {@code digits} (null: none given) is in the category of codes starting with one
     * of {@code hsPrefixes} (empty: any) and with none of {@code exceptHsPrefixes}. Without a code only a row that names
     * no category applies: the category turns on the product and cannot be told.
     */
    static boolean covers(String digits, List<String> hsPrefixes, List<String> exceptHsPrefixes) {
        if (digits == null) {
            return hsPrefixes.isEmpty() && exceptHsPrefixes.isEmpty();
        }
        boolean in = hsPrefixes.isEmpty() || hsPrefixes.stream().anyMatch(digits::startsWith);
        return in && exceptHsPrefixes.stream().noneMatch(digits::startsWith);
    }
}
