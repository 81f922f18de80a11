package org.tradedesk.clients;

import org.tradedesk.clients.domain.TaxIdCheck;
import org.tradedesk.clients.domain.TaxIdRule;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.InvalidValueException;

/**
 * What a user enters about a client. The tax id is checked with the rule of the client's country
 * and kept normalised (digits only for TW and AU).
 */
public record ClientDetails(String name, ClientKind kind, CountryCode country, String taxId,
        PreferredLanguage preferredLanguage, String registeredAddress, String shippingAddress, String notes) {

    public ClientDetails {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("clients.client.name.required", "a client needs a name");
        }
        if (kind == null || country == null || preferredLanguage == null) {
            throw new InvalidValueException("clients.client.incomplete", "kind, country and preferred language are required");
        }
        name = name.strip();
        TaxIdCheck check = TaxIdRule.check(country.value(), taxId);
        if (!check.valid()) {
            throw new InvalidTaxId(check);
        }
        taxId = check.normalised();
        registeredAddress = blankToNull(registeredAddress);
        shippingAddress = blankToNull(shippingAddress);
        notes = blankToNull(notes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
