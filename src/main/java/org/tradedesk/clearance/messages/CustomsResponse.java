package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A customs administration's answer to a declaration, as read by {@link CustomsResponses}: what happened
 * ({@link Kind}), to which declaration ({@code reference}: the declaration number or the original message
 * id), when (null when the message does not say), the clearance channel (Taiwan C1 no review / C2 document
 * review / C3 inspection), a deadline (Taiwan N5107 補辦期限), and the error or query codes with the
 * administration's text where the message carries one (CUSRES FTX+AAO; Taiwan messages carry codes only).
 * {@code source} names the message read: {@code CUSRES_D99B}, {@code TW_NX901}, {@code TW_N5107},
 * {@code TW_N5108}, {@code TW_N5109}, {@code TW_N5110}, {@code TW_N5111}, {@code TW_N5116}. A duty notice carries the
 * amounts customs assessed ({@code duties}, by tax type as the declaration names them; {@code dutiesTotal}) in
 * {@code currency}; its {@code deadline} is the last day to pay (Taiwan 關稅法 §43: 14 days from the day after the notice).
 * {@code version}: the version of the declaration the response names (CUSRES BGM C106 1056, {@code SYD-0042:2}), null when
 * the message does not say (the Taiwan messages name the declaration number only).
 */
public record CustomsResponse(
        String source,
        Kind kind,
        String reference,
        LocalDateTime issuedAt,
        String channel,
        LocalDate deadline,
        List<ResponseError> errors,
        List<AssessedDuty> duties,
        BigDecimal dutiesTotal,
        String currency,
        Integer version) {

    public CustomsResponse {
        errors = errors == null ? List.of() : List.copyOf(errors);
        duties = duties == null ? List.of() : List.copyOf(duties);
        if (source != null && source.startsWith("TW_")) {
            // Taiwan's notices name each tax by the customs' 稅費代號 (41 營業稅, 71 推廣貿易服務費…): read back through the
            // same table the declaration writer uses (TaiwanCodes), so the notice and the declaration name a tax alike —
            // also for a notice stored before (t4fixL: 41 compared with no declared "41", shown as "41")
            duties = duties.stream().map(d -> d.type() == null ? d : new AssessedDuty(TaiwanCodes.taxType(d.type().strip()), d.amount()))
                    .toList();
        }
    }

    /** A response that does not name the version of the declaration it answers. */
    public CustomsResponse(String source, Kind kind, String reference, LocalDateTime issuedAt, String channel, LocalDate deadline,
            List<ResponseError> errors, List<AssessedDuty> duties, BigDecimal dutiesTotal, String currency) {
        this(source, kind, reference, issuedAt, channel, deadline, errors, duties, dutiesTotal, currency, null);
    }

    /** The same response with another deadline (the file's rule, a working day). */
    public CustomsResponse withDeadline(LocalDate day) {
        return new CustomsResponse(source, kind, reference, issuedAt, channel, day, errors, duties, dutiesTotal, currency, version);
    }

    /** A response without assessed amounts. */
    public CustomsResponse(String source, Kind kind, String reference, LocalDateTime issuedAt, String channel, LocalDate deadline,
            List<ResponseError> errors) {
        this(source, kind, reference, issuedAt, channel, deadline, errors, List.of(), null, null);
    }

    public enum Kind { RECEIVED, CHANNEL_ASSIGNED, QUERIED, REJECTED, DUTY_NOTICE, RELEASED, INSPECTION }

    /** One duty or tax customs assessed: its type as the declaration names it (DUTY, VAT, TPF, CUD, GST…) and amount. */
    public record AssessedDuty(String type, BigDecimal amount) {
    }

    /** An error or query code; {@code item} the goods item it is about (null for the whole declaration); {@code text} as sent, or null. */
    public record ResponseError(String code, Integer item, String text) {
    }
}
