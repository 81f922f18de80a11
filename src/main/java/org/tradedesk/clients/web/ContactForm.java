package org.tradedesk.clients.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.ContactView;
import org.tradedesk.clients.PreferredLanguage;

/** A contact person on the pages and in the REST API; {@code version} is required to update. */
record ContactForm(
        @NotBlank @Size(max = 200) String name,
        // a domain with a dot, as the contact's own rule (ContactDetails) wants: "a@b" is refused here, at the field
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{clients.contact.email.invalid}") @Size(max = 254) String email,
        @Size(max = 50) @Pattern(regexp = "[0-9+()#\\-. ]*", message = "{clients.phone.invalid}") String phone,
        @Size(max = 100) String jobRole,
        @NotNull PreferredLanguage preferredLanguage,
        @NotNull(groups = ClientForm.Update.class) Long version) {

    static ContactForm empty(PreferredLanguage language) {
        return new ContactForm(null, null, null, null, language, null);
    }

    static ContactForm of(ContactView c) {
        return new ContactForm(c.name(), c.email(), c.phone(), c.jobRole(), c.preferredLanguage(), c.version());
    }

    ContactDetails toDetails() {
        return new ContactDetails(name, email, phone, jobRole, preferredLanguage);
    }
}
