package org.tradedesk.clearance;

import java.time.Instant;
import java.util.List;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.messages.DeclarationFinding;
import org.tradedesk.clearance.messages.DeclarationMessage;

/**
 * A declaration of a transaction as pages and the API show it: draft {@code revision} (1, 2… in the file), the
 * message {@code version} (1 original, 2… amendments with function code 4), status, the declaration, its validation
 * findings, the message id and SHA-256 of the standard message (null while findings block it), the recommendation
 * to the client, to whom and when it was sent, who confirmed which SHA-256 and when, and when it was lodged;
 * {@code fileErrors} are the ERROR findings of the file's document checks now, and {@code preferenceAtRisk} the item
 * sequences whose preference claim rests on a certificate of origin with an ERROR finding.
 */
public record DeclarationView(long id, long transactionId, int revision, int version, String functionCode, DeclarationStatus status,
        String format, String messageId, DeclarationMessage declaration, List<DeclarationFinding> findings, String sha256,
        String recommendation, String createdBy, Instant createdAt, String sentTo, Instant sentAt, String confirmedBy,
        Instant confirmedAt, String confirmedSha256, String confirmationRecordedBy, Instant lodgedAt,
        @com.fasterxml.jackson.annotation.JsonIgnore List<Finding> fileErrors, List<Integer> preferenceAtRisk, TypedRate typedRate,
        @com.fasterxml.jackson.annotation.JsonIgnore java.util.Map<String, List<FindingDocumentNames.Named>> fileErrorDocuments) {

    public DeclarationView {
        findings = findings == null ? List.of() : List.copyOf(findings);
        fileErrors = fileErrors == null ? List.of() : List.copyOf(fileErrors);
        preferenceAtRisk = preferenceAtRisk == null ? List.of() : List.copyOf(preferenceAtRisk);
        fileErrorDocuments = fileErrorDocuments == null ? java.util.Map.of() : java.util.Map.copyOf(fileErrorDocuments);
    }

    /** A declaration whose file errors' documents are named by their kinds alone (no file at hand). */
    public DeclarationView(long id, long transactionId, int revision, int version, String functionCode, DeclarationStatus status,
            String format, String messageId, DeclarationMessage declaration, List<DeclarationFinding> findings, String sha256,
            String recommendation, String createdBy, Instant createdAt, String sentTo, Instant sentAt, String confirmedBy,
            Instant confirmedAt, String confirmedSha256, String confirmationRecordedBy, Instant lodgedAt, List<Finding> fileErrors,
            List<Integer> preferenceAtRisk, TypedRate typedRate) {
        this(id, transactionId, revision, version, functionCode, status, format, messageId, declaration, findings, sha256,
                recommendation, createdBy, createdAt, sentTo, sentAt, confirmedBy, confirmedAt, confirmedSha256, confirmationRecordedBy,
                lodgedAt, fileErrors, preferenceAtRisk, typedRate, null);
    }

    /**
     * The file's ERROR findings as the API answers them ({@code fileErrors}; t4fixX 3: their documents were
     * {@code COMMERCIAL_INVOICE#14} strings): the finding's severity, rule and its name, each document as
     * {@code findings[].documents} gives it ({@code {id, kind, number, name}}, the name in the reader's language), the fields,
     * the explanation and the regulation in the reader's language.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("fileErrors")
    public List<FileError> fileErrorsAnswered() {
        return fileErrors.stream().map(f -> new FileError(f.severity(), f.rule(), org.tradedesk.clearance.domain.FindingNames.rule(f.rule()),
                fileErrorDocuments.getOrDefault(f.key(), FindingDocumentNames.of(f.documents(), java.util.Map.of(), null)).stream()
                        .map(n -> new FileErrorDocument(n.id(), n.kind(), n.number(),
                                new org.tradedesk.platform.MessageTextJson.TextInAnswer(n.name(), null))).toList(),
                f.fields(), f.message(), f.regulation() == null ? null
                        : new org.tradedesk.platform.MessageTextJson.TextInAnswer(f.regulationText(), f.regulation()))).toList();
    }

    /** An ERROR finding of the file as a declaration answers it. */
    public record FileError(Finding.Severity severity, String rule, org.tradedesk.shared.MessageText ruleName,
            List<FileErrorDocument> documents, List<String> fields, org.tradedesk.shared.MessageText message,
            org.tradedesk.platform.MessageTextJson.TextInAnswer regulation) {
    }

    /** A document of a file error: its id (for …/documents/{id}), kind, own number (an invoice's; null when none) and name. */
    public record FileErrorDocument(long id, String kind, String number, org.tradedesk.platform.MessageTextJson.TextInAnswer name) {
    }

    /** A declaration whose exchange rate is the table's (or not recorded). */
    public DeclarationView(long id, long transactionId, int revision, int version, String functionCode, DeclarationStatus status,
            String format, String messageId, DeclarationMessage declaration, List<DeclarationFinding> findings, String sha256,
            String recommendation, String createdBy, Instant createdAt, String sentTo, Instant sentAt, String confirmedBy,
            Instant confirmedAt, String confirmedSha256, String confirmationRecordedBy, Instant lodgedAt, List<Finding> fileErrors,
            List<Integer> preferenceAtRisk) {
        this(id, transactionId, revision, version, functionCode, status, format, messageId, declaration, findings, sha256,
                recommendation, createdBy, createdAt, sentTo, sentAt, confirmedBy, confirmedAt, confirmedSha256, confirmationRecordedBy,
                lodgedAt, fileErrors, preferenceAtRisk, null);
    }

    /**
     * The exchange rate was typed by the user, not taken from the rate table (t4fixL), with the reason given ({@code reason}
     * null: none given). Null when the rate is the table's (or 1, for the jurisdiction's own currency).
     */
    public record TypedRate(java.math.BigDecimal rate, String reason) {
    }

    /**
     * The file's checks show ERROR findings ({@link #fileErrors}, the file as it is now): the draft shows them as blocking
     * warnings, the client's mail lists them and lodging is refused until they are resolved.
     */
    public boolean fileBlocked() {
        return !fileErrors.isEmpty();
    }

    /**
     * The shipment total of duties and taxes (the tax engine's) less the sum of the items' own figures: what the items'
     * rounding leaves of a shipment tax each item computes from its own base (zero when they add up).
     */
    public java.math.BigDecimal roundingDifference() {
        if (declaration == null || declaration.dutiesAndTaxesTotal() == null || declaration.forExport()) {
            // an export's only charge (Taiwan's 推廣貿易服務費) is the declaration's, on its FOB total: its items carry none (t4exp)
            return java.math.BigDecimal.ZERO;
        }
        java.math.BigDecimal items = declaration.items().stream().flatMap(it -> it.dutiesAndTaxes().stream())
                .map(DeclarationMessage.DutyTax::amount).filter(java.util.Objects::nonNull)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        return declaration.dutiesAndTaxesTotal().subtract(items);
    }

    /**
     * The validation as it stands now ({@link #findings}) has an ERROR while the stored message exists: a draft built before
     * the checks or the message's form changed (T4 code read R4: Taiwan drafts kept their old XML). It is to be rebuilt,
     * not sent, confirmed or lodged.
     */
    public boolean staleDraft() {
        return sha256 != null && lodgedAt == null && findings.stream().anyMatch(DeclarationFinding::blocksLodgement);
    }

    /** Nothing blocks lodgement: the standard message exists. */
    public boolean lodgeable() {
        return sha256 != null;
    }

    /** The code the client quotes to confirm: the first 12 hex characters of the message's SHA-256. */
    public String confirmationCode() {
        return sha256 == null ? null : sha256.substring(0, 12);
    }

    /** The confirmation recorded is for exactly this message. */
    public boolean confirmed() {
        return confirmedSha256 != null && confirmedSha256.equals(sha256);
    }

    /** The stored format of Taiwan's import declaration (N5105 XML). */
    public static final String TW_XML = "TW_XML";
    /** The stored format of Taiwan's export declaration (出口報單, message N5203; t4fixAA R6). */
    public static final String TW_EXPORT_XML = "TW_EXPORT_XML";

    /** Whether a message of {@code format} is XML (Taiwan's import or export declaration), not EDIFACT. */
    public static boolean xml(String format) {
        return TW_XML.equals(format) || TW_EXPORT_XML.equals(format);
    }

    /**
     * The file name of the message: {@code <messageId>.edi} or {@code .xml}; Taiwan's export declaration is named by its
     * message id too ({@code N5203_<messageId>.xml}, t4fixAA R6), so the channel's file says which message it is.
     */
    public String fileName() {
        if (TW_EXPORT_XML.equals(format)) {
            return org.tradedesk.clearance.messages.TaiwanExportDeclarationXml.MESSAGE_ID + "_" + messageId + ".xml";
        }
        return messageId + (xml(format) ? ".xml" : ".edi");
    }
}
