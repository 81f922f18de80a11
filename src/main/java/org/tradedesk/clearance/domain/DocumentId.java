package org.tradedesk.clearance.domain;

/**
 * A document of a clearance file as the module refers to it (the checks, their findings and the API's findings): its number
 * in the file's documents. Plain Java (domain code); REST keeps the plain number.
 */
public record DocumentId(long value) {

    public DocumentId {
        if (value <= 0) {
            throw new IllegalArgumentException("a document id is a positive number: " + value);
        }
    }

    public static DocumentId of(long value) {
        return new DocumentId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
