package org.tradedesk.shared;

import java.util.Objects;

/**
 * A reference to the law or rule a figure or decision rests on, e.g. 關稅法 §29 / Customs Act
 * 1901 s159, with an optional link to the official text.
 */
public record RegulationRef(String citation, String url) {

    public RegulationRef {
        Objects.requireNonNull(citation, "citation");
        if (citation.isBlank()) {
            throw new InvalidValueException("shared.regulation.empty", "a regulation reference needs a citation");
        }
    }

    public static RegulationRef of(String citation) {
        return new RegulationRef(citation, null);
    }

    @Override
    public String toString() {
        return citation;
    }
}
