package org.tradedesk.clients.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ClientView;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * The client form of the pages and the body of the REST API. {@code version} is the version the
 * user started from: required to update, ignored on create.
 */
@ValidTaxId
record ClientForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull ClientKind kind,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "{clients.country.invalid}") String country,
        @Size(max = 32) String taxId,
        @NotNull PreferredLanguage preferredLanguage,
        @Size(max = 500) String registeredAddress,
        @Size(max = 500) String shippingAddress,
        @Size(max = 4000) String notes,
        @NotNull(groups = Update.class) Long version) implements TaxIdFields {

    /** Validation group of an update: the version becomes required. */
    interface Update {
    }

    static ClientForm empty() {
        return new ClientForm(null, ClientKind.IMPORTER, "TW", null, PreferredLanguage.ZH_TW, null, null, null, null);
    }

    static ClientForm of(ClientView c) {
        return new ClientForm(c.name(), c.kind(), c.country(), c.taxId(), c.preferredLanguage(), c.registeredAddress(),
                c.shippingAddress(), c.notes(), c.version());
    }

    ClientDetails toDetails() {
        return new ClientDetails(name, kind, CountryCode.of(country), taxId, preferredLanguage, registeredAddress,
                shippingAddress, notes);
    }
}
