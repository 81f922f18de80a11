package org.tradedesk.clearance.messages;

import org.tradedesk.shared.MessageText;

/**
 * One finding of {@link DeclarationValidation}: the rule that produced it (a stable name), where
 * ({@code header.importer}, {@code items[3].tariffCode}), the text as a message code with arguments,
 * and whether it blocks lodgement.
 */
public record DeclarationFinding(Severity severity, String rule, String path, MessageText text) {

    public enum Severity { ERROR, WARNING }

    public boolean blocksLodgement() {
        return severity == Severity.ERROR;
    }
}
