package org.tradedesk.clients;

import org.tradedesk.shared.InvalidValueException;

/** What a user enters about a contact person. E-mail and phone are optional. */
public record ContactDetails(String name, String email, String phone, String jobRole, PreferredLanguage preferredLanguage) {

    public ContactDetails {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("clients.contact.name.required", "a contact needs a name");
        }
        if (preferredLanguage == null) {
            throw new InvalidValueException("clients.contact.language.required", "a contact needs a preferred language");
        }
        name = name.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValueException("clients.contact.email.invalid", "not an e-mail address: " + email);
        }
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        jobRole = jobRole == null || jobRole.isBlank() ? null : jobRole.strip();
    }
}
