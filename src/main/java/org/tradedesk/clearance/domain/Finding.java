package org.tradedesk.clearance.domain;

import java.util.List;
import org.tradedesk.shared.MessageText;

/**
 * One finding of the document checks: how serious, the rule (its id in {@code clearance/checks.tsv}), the documents
 * ({@link FindingDocument}: typed ids with their kinds, never labels to parse) and fields (e.g. {@code lines[2].tariffCode}) involved, the explanation as a
 * message code with arguments and the regulation the rule rests on.
 */
public record Finding(Severity severity, String rule, List<FindingDocument> documents, List<String> fields, MessageText message,
        String regulation) {

    public Finding {
        documents = List.copyOf(documents);
        fields = List.copyOf(fields);
    }

    /**
     * What names this finding on its file, the same at every run of the checks while the finding stands: the rule, the
     * documents and the fields involved ({@code INV_TARIFF|COMMERCIAL_INVOICE#12|lines[2].tariffCode}). An issue opened from
     * the finding keeps it (one issue per finding); when the key is no longer among the file's findings, it was resolved.
     */
    public String key() {
        return rule + "|" + String.join(",", documents.stream().map(FindingDocument::label).toList()) + "|" + String.join(",", fields);
    }

    /** The regulation in the reader's language ({@link Regulations#text}); null when the rule names none. */
    public MessageText regulationText() {
        return Regulations.text(regulation);
    }

    /** ERROR: the file cannot be declared as it is; WARNING: a person must look; INFO: could not be checked. */
    public enum Severity {
        ERROR, WARNING, INFO
    }
}
