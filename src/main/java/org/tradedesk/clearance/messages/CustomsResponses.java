package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.clearance.messages.CustomsResponse.Kind;
import org.tradedesk.clearance.messages.CustomsResponse.ResponseError;
import org.tradedesk.clearance.messages.EdifactSegments.Segment;
import org.tradedesk.shared.MessageText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a customs response, detecting the message from its content:
 * <ul>
 *   <li>UN/EDIFACT CUSRES D.99B (Australian ICS): {@code BGM+961:::IMDR+<declaration>}; {@code ERP} groups with
 *       {@code ERC} codes and {@code FTX+AAO} texts → {@link Kind#REJECTED} when the function code (BGM 1225)
 *       is 27 "not accepted", else {@link Kind#QUERIED}; else the header's {@code GIS} processing indicator (UNCL
 *       7365) {@code 4} goods released → {@link Kind#RELEASED} (dated by {@code DTM+137}); with {@code TAX} groups →
 *       {@link Kind#DUTY_NOTICE} with each {@code TAX}'s {@code MOA+124}/{@code MOA+161} amount; {@code GIS+5} goods
 *       required for examination → {@link Kind#INSPECTION}; otherwise (acceptance, {@code GIS+1} or {@code GIS+9})
 *       {@link Kind#RECEIVED}.</li>
 *   <li>Taiwan single-window XML {@code <Response>} (paths from the customs schemas' field lists), told apart by
 *       the elements only each carries: N5116 {@code Status/ReleaseDateTime} → {@link Kind#RELEASED};
 *       N5107 {@code AdditionalInformation/LimitDateTime} → {@link Kind#CHANNEL_ASSIGNED} (C1/C2/C3, deadline,
 *       items' 應補辦事項代碼 as errors); NX901 {@code Declaration/ResponsibleGovernmentAgency} →
 *       {@link Kind#RECEIVED}; N5108 {@code Response/Error} or {@code PreviousDocument} → {@link Kind#REJECTED}
 *       with its 駁回原因代碼; N5110/N5111 {@code Declaration/DutyTaxFee} → {@link Kind#DUTY_NOTICE} with the amounts;
 *       N5109 {@code Declaration/GoodsShipment/Consignment/GoodsLocation} → {@link Kind#INSPECTION}. The N5109, N5110
 *       and N5111 structures are built on the WCO elements the other messages use, not taken from official schemas.</li>
 * </ul>
 * Element names are matched without namespace (the single window's namespace is not needed to read them).
 * Limits: {@link #MAX_BYTES}; XML read without DTDs or external entities.
 */
public final class CustomsResponses {

    /** A response is small; 2 MB bounds the DOM of an XML response. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final DateTimeFormatter AN14 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private CustomsResponses() {
    }

    public static CustomsResponse read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UnreadableMessage(MessageText.of("clearance.message.empty"), "", "empty response");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableMessage(MessageText.of("clearance.message.too-large",
                    MessageText.Arg.number(MAX_BYTES / (1024 * 1024))), "", "response too large");
        }
        return switch (InvoiceFormats.detect(content)) {
            case EDIFACT -> cusres(content);
            case XML_OTHER -> taiwan(content);
            default -> throw new UnreadableMessage(MessageText.of("clearance.response.unknown"), "", "not a customs response");
        };
    }

    private static CustomsResponse cusres(byte[] content) {
        List<Segment> segments = EdifactSegments.read(content, null, null);
        String reference = null;
        Integer version = null;
        String function = null;
        String documentName = null;
        LocalDateTime issued = null;
        boolean tax = false;
        boolean seenUnh = false;
        boolean header = true;
        String processing = null;
        String taxType = null;
        String currency = null;
        List<CustomsResponse.AssessedDuty> duties = new ArrayList<>();
        List<ResponseError> errors = new ArrayList<>();
        Integer errorItem = null;
        for (Segment s : segments) {
            String w = s.where();
            switch (s.tag()) {
                case "UNH" -> {
                    if (seenUnh) {
                        throw new UnreadableMessage(MessageText.of("clearance.edifact.several-messages"), w, "several messages");
                    }
                    seenUnh = true;
                    if (!"CUSRES".equals(s.get(2, 1))) {
                        throw new UnreadableMessage(MessageText.of("clearance.response.not-cusres",
                                MessageText.Arg.literal(Values.clip(s.get(2, 1)))), w + ", element 2", "not CUSRES");
                    }
                }
                case "BGM" -> {
                    reference = Values.blankToNull(s.get(2, 1));
                    // C106 1056: the version of the declaration answered (SYD-0042:2); not a number → not named
                    version = s.get(2, 2).matches("\\d{1,6}") ? Integer.valueOf(s.get(2, 2)) : null;
                    function = s.get(3);
                    documentName = Values.blankToNull(s.get(1, 4));
                }
                case "DTM" -> {
                    if ("137".equals(s.get(1, 1)) && issued == null) {
                        issued = dateTime(s.get(1, 2), s.get(1, 3), w);
                    }
                }
                case "GIS" -> {
                    // the header's processing indicator (UNCL 7365): 1 accepted, 9 accepted awaiting goods arrival,
                    // 4 goods released, 5 goods required for examination
                    if (header && processing == null) {
                        processing = Values.blankToNull(s.get(1, 1));
                    }
                }
                case "ERP" -> {
                    header = false;
                    String item = s.get(1, 2);
                    errorItem = item.isEmpty() ? null : Values.integer(item, "ERP item", w + ", element 1");
                }
                case "ERC" -> {
                    if (errors.size() >= 999) {
                        throw new UnreadableMessage(MessageText.of("clearance.response.too-many-errors"), w, "too many errors");
                    }
                    errors.add(new ResponseError(s.get(1, 1), errorItem, null));
                }
                case "FTX" -> {
                    if ("AAO".equals(s.get(1)) && !errors.isEmpty()) {
                        ResponseError last = errors.remove(errors.size() - 1);
                        StringBuilder text = new StringBuilder(last.text() == null ? "" : last.text() + " ");
                        for (int k = 1; k <= 5; k++) {
                            text.append(s.get(4, k));
                        }
                        errors.add(new ResponseError(last.code(), last.item(), text.toString().strip()));
                    }
                }
                case "TAX" -> {
                    header = false;
                    tax = true;
                    taxType = Values.blankToNull(s.get(2, 1));
                }
                case "MOA" -> {
                    // in a TAX group: MOA+124 (tax amount) or MOA+161 (duty amount)
                    String qualifier = s.get(1, 1);
                    if (taxType != null && ("124".equals(qualifier) || "161".equals(qualifier))) {
                        if (duties.size() >= 999) {
                            throw new UnreadableMessage(MessageText.of("clearance.response.too-many-errors"), w, "too many amounts");
                        }
                        duties.add(new CustomsResponse.AssessedDuty(taxType, Values.decimal(s.get(1, 2), "MOA amount", w + ", element 1")));
                        currency = currency == null ? Values.blankToNull(s.get(1, 3)) : currency;
                        taxType = null;
                    }
                }
                case "DOC", "NAD", "RFF", "CNT", "AUT" -> header = false;
                default -> {
                }
            }
        }
        if (!seenUnh) {
            throw new UnreadableMessage(MessageText.of("clearance.edifact.no-message"), "line 1", "no UNH");
        }
        // the data README: 961:::IMDR with ERP/ERC error codes is the rejection, whatever the function code; errors in
        // another response are a query (review t4 #7: IMDR with function 9 or 29 was read as QUERIED)
        Kind kind = !errors.isEmpty() ? ("27".equals(function) || "IMDR".equals(documentName) ? Kind.REJECTED : Kind.QUERIED)
                : "4".equals(processing) ? Kind.RELEASED
                : tax ? Kind.DUTY_NOTICE
                : "5".equals(processing) ? Kind.INSPECTION
                : Kind.RECEIVED;
        BigDecimal total = duties.isEmpty() ? null : duties.stream().map(CustomsResponse.AssessedDuty::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CustomsResponse("CUSRES_D99B", kind, reference, issued, null, null, errors, duties, total, currency, version);
    }

    private static CustomsResponse taiwan(byte[] content) {
        Document doc = SecureXml.document(content);
        Element root = doc.getDocumentElement();
        if (!"Response".equals(root.getLocalName())) {
            throw new UnreadableMessage(MessageText.of("clearance.response.unknown"), "/" + Values.clip(String.valueOf(root.getLocalName())),
                    "root " + root.getLocalName());
        }
        Element declaration = child(root, "Declaration");
        Element status = child(root, "Status");
        if (status != null && child(status, "ReleaseDateTime") != null) {
            return new CustomsResponse("TW_N5116", Kind.RELEASED, text(declaration, "ID"),
                    dateTime(text(status, "ReleaseDateTime"), "an14", "/Response/Status/ReleaseDateTime"), channel(text(status, "NameCode")), null, List.of());
        }
        if (declaration != null && child(declaration, "DutyTaxFee") != null) {
            return dutyNotice(root, declaration);
        }
        Element info = child(root, "AdditionalInformation");
        if (info != null && child(info, "LimitDateTime") != null) {
            List<ResponseError> queries = new ArrayList<>();
            Element shipment = child(declaration, "GoodsShipment");
            for (Element item : children(shipment, "GovernmentAgencyGoodsItem")) {
                Integer seq = Values.integer(text(item, "SequenceNumeric"), "SequenceNumeric", "/Response/Declaration/GoodsShipment/GovernmentAgencyGoodsItem");
                for (Element error : children(item, "Error")) {
                    queries.add(new ResponseError(text(error, "ValidationCode"), seq, null));
                }
            }
            LocalDateTime issued = dateTime(text(root, "IssueDateTime"), "an14", "/Response/IssueDateTime");
            LocalDate limit = Values.date(text(info, "LimitDateTime"), "LimitDateTime", "/Response/AdditionalInformation/LimitDateTime");
            return new CustomsResponse("TW_N5107", Kind.CHANNEL_ASSIGNED, text(declaration, "ID"), issued,
                    status == null ? null : channel(text(status, "NameCode")), limit, queries);
        }
        Element location = child(child(child(declaration, "GoodsShipment"), "Consignment"), "GoodsLocation");
        if (location != null && declaration != null && child(declaration, "ID") != null) {
            // N5109 查驗通知: where the goods are to be examined (the goods location), on which declaration
            List<ResponseError> notes = new ArrayList<>();
            for (Element s : children(root, "AdditionalInformation")) {
                if (text(s, "StatementCode") != null) {
                    notes.add(new ResponseError(text(s, "StatementCode"), null, text(s, "StatementDescription")));
                }
            }
            LocalDateTime issued = dateTime(text(root, "IssueDateTime"), "an14", "/Response/IssueDateTime");
            return new CustomsResponse("TW_N5109", Kind.INSPECTION, text(declaration, "ID"), issued,
                    status == null ? null : channel(text(status, "NameCode")), null, notes);
        }
        if (declaration != null && child(declaration, "ResponsibleGovernmentAgency") != null) {
            List<ResponseError> notes = new ArrayList<>();
            for (Element s : children(root, "Status")) {
                notes.add(new ResponseError(text(s, "NameCode"), null, text(child(declaration, "AdditionalInformation"), "Content")));
            }
            String reference = text(declaration, "ID");
            if (reference == null) {
                reference = text(child(declaration, "PreviousDocument"), "tw_FunctionalReferenceID");
            }
            LocalDateTime issued = dateTime(text(root, "IssueDateTime"), "an14", "/Response/IssueDateTime");
            if (issued == null) {
                issued = dateTime(text(declaration, "AcceptanceDateTime"), "an14", "/Response/Declaration/AcceptanceDateTime");
            }
            return new CustomsResponse("TW_NX901", Kind.RECEIVED, reference, issued, null, null, notes);
        }
        List<Element> rejections = children(root, "Error");
        if (!rejections.isEmpty() || declaration != null && child(declaration, "GovernmentProcedure") != null) {
            List<ResponseError> errors = new ArrayList<>();
            for (Element e : rejections) {
                errors.add(new ResponseError(text(e, "ValidationCode"), null, null));
            }
            Element previous = child(child(child(declaration, "Consignment"), "ConsignmentItem"), "PreviousDocument");
            return new CustomsResponse("TW_N5108", Kind.REJECTED, text(previous, "tw_FunctionalReferenceID"), null, null, null, errors);
        }
        throw new UnreadableMessage(MessageText.of("clearance.response.unknown"), "/Response", "Response of unknown kind");
    }

    /**
     * The clearance channel as Taiwan's 通關方式 names it (C1 免審免驗, C2 文件審核, C3 貨物查驗): N5107 and N5116 give the
     * digit ("2"), N5109 the name ("C3"); both are kept as C1/C2/C3 so the file shows one form. Any other status code
     * ("01", a processing status) is no channel: none is printed (review r-t4c F11: 「通關方式 01」).
     */
    static String channel(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        return c.matches("C?[123]") ? "C" + c.substring(c.length() - 1) : null;
    }

    /**
     * N5110 / N5111 稅費繳納通知 (duty payment notice): each {@code Declaration/DutyTaxFee} with its {@code TypeCode} and
     * {@code Payment/PaymentAmount} (currencyID), the total {@code Declaration/TotalDutyTaxAmount} when given (else the
     * sum), the notice's {@code IssueDateTime}. The two messages carry the same elements here; {@code FunctionCode} 11
     * (N5111) is told apart from the first notice (N5110). The payment deadline is not in the message: the file's
     * deadline rules count it from the notice date.
     */
    private static CustomsResponse dutyNotice(Element root, Element declaration) {
        List<CustomsResponse.AssessedDuty> duties = new ArrayList<>();
        String currency = null;
        String where = "/Response/Declaration/DutyTaxFee";
        List<Element> fees = children(declaration, "DutyTaxFee");
        if (fees.size() > 999) {
            throw new UnreadableMessage(MessageText.of("clearance.response.too-many-errors"), where, "too many amounts");
        }
        for (Element fee : fees) {
            String type = text(fee, "TypeCode");
            Element amount = child(child(fee, "Payment"), "PaymentAmount");
            if (type == null || amount == null) {
                throw new UnreadableMessage(MessageText.of("clearance.response.duty-incomplete", MessageText.Arg.literal(where)), where,
                        "DutyTaxFee without TypeCode or PaymentAmount");
            }
            duties.add(new CustomsResponse.AssessedDuty(Values.clip(type),
                    Values.decimal(amount.getTextContent().strip(), "PaymentAmount", where + "/Payment/PaymentAmount")));
            if (currency == null && !amount.getAttribute("currencyID").isBlank()) {
                currency = Values.clip(amount.getAttribute("currencyID"));
            }
        }
        BigDecimal sum = duties.stream().map(CustomsResponse.AssessedDuty::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String stated = text(declaration, "TotalDutyTaxAmount");
        BigDecimal total = stated == null ? sum
                : Values.decimal(stated, "TotalDutyTaxAmount", "/Response/Declaration/TotalDutyTaxAmount");
        LocalDateTime issued = dateTime(text(root, "IssueDateTime"), "an14", "/Response/IssueDateTime");
        String source = "11".equals(text(root, "FunctionCode")) ? "TW_N5111" : "TW_N5110";
        return new CustomsResponse(source, Kind.DUTY_NOTICE, text(declaration, "ID"), issued, null, null, List.of(), duties, total, currency);
    }

    private static LocalDateTime dateTime(String value, String format, String where) {
        String v = Values.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 14) {
                return LocalDateTime.parse(v, AN14);
            }
            if (v.length() == 12 && "203".equals(format)) {
                return LocalDateTime.parse(v + "00", AN14);
            }
            return Values.date(v, "date", where).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new UnreadableMessage(MessageText.of("clearance.value.invalid-date", MessageText.Arg.literal(where),
                    MessageText.Arg.literal(Values.clip(v))), where, "bad date");
        }
    }

    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : Values.blankToNull(e.getTextContent());
    }
}
