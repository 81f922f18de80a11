package org.tradedesk.taxes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * The label a reader knows a request or form field by, as a message: {@code lines[1].unit} is "第 2 項
 * 數量單位" / "line 2, unit of measure", {@code lines[0].measures.duty} "第 1 項 關稅稅率" / "line 1, duty
 * rate", {@code exchangeRate} "匯率". The path itself stays for machines ({@code field} of a problem
 * detail); people read this. The field's own name is the one the quotation form shows
 * ({@code taxes.page.field.<name>}), so the label in an error and on the form are the same words.
 */
public final class FieldLabel {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d{1,6})](?:\\.(.+))?");
    private static final Pattern OPTION = Pattern.compile("options\\[\\d{1,6}]\\.(scheme|duty|reference|requires|label)");
    private static final Pattern MULTIPLE = Pattern.compile("multiples\\.(.+)");
    /** {@code measures[duty]}, {@code multiples[SMUGGLING_FINE]}: a map entry as Bean Validation names it. */
    private static final Pattern MAP_KEY = Pattern.compile("(?<=measures|multiples)\\[([^\\]]{1,60})](?:\\.<map value>)?");

    /**
     * The fines whose multiple a request may choose (the chains' MULTIPLE penalties, TW.json's today), each named by
     * {@code taxes.field.multiple.<code>}: read from the chain definitions, so a fine added there is labelled by its code.
     */
    static final Set<String> PENALTIES = org.tradedesk.taxes.definitions.ChainDefinitions.shipped().all().stream()
            .flatMap(c -> c.penalties().stream()).filter(p -> "MULTIPLE".equals(p.kind()))
            .map(org.tradedesk.taxes.domain.ChainDefinition.PenaltyRule::code)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Fields of a request or form with a {@code taxes.page.field.<name>} label. */
    static final Set<String> NAMED = Set.of("jurisdiction", "date", "currency", "incoterm", "exchangeRate", "freight",
            "insurance", "otherCosts", "allocation", "invoiceNumber", "invoiceDate", "description", "tariffCode", "origin",
            "value", "quantity", "unit", "netMassKg", "litres", "alcoholByVolume", "measures", "optionScheme", "optionDuty",
            "optionRequires", "optionReference", "scheme", "retailPrice", "annualProductionHl", "draught", "comment", "lines",
            "foreignPerLocalRate", "sucrosePercent", "totalSolubleSolidsPercent", "clientId", "file", "invoice", "line",
            "fuelEfficient", "lineScheme");

    /**
     * Fields of the penalty request, labelled as the penalty form names them ({@code taxes.page.penalties.<name>}), and of
     * the other API bodies and paths ({@code taxes.field.api.<name>}): a zh-TW problem detail read 「shortfall」, 「channel」,
     * 「id」 (acceptance review t1fixG 2).
     */
    static final Set<String> PENALTY_FIELDS = Set.of("shortfall", "daysLateDeclaration", "daysLatePayment", "unpaidTax",
            "voluntaryDisclosure", "businessTaxShortfall", "goodsValue");
    static final Set<String> API_FIELDS = Set.of("id", "channel", "contactId", "note", "multiples");

    /** The measures a chain's steps read, each with a {@code taxes.field.measure.<key>} label. */
    static final Set<String> MEASURES = Set.of("duty", "additionalDuty", "alcoholTax", "antiDumping", "commodityTax",
            "countervailing", "exciseEquivalent", "gst", "healthSurcharge", "lct", "safeguard", "specialGoodsTax", "vat", "wet");

    private FieldLabel() {
    }

    public static MessageText of(String path) {
        if (path == null || path.isBlank()) {
            return MessageText.of("taxes.field.request");
        }
        // Bean Validation names a map's entry by its key in brackets (lines[0].measures[duty], multiples[BUSINESS_TAX_FINE]):
        // the same field as the engine's lines[0].measures.duty, and labelled the same
        path = MAP_KEY.matcher(path).replaceAll(".$1");
        // the calculation inside a save request ({@code request.lines[0].value}) is labelled as the calculation's own field
        if (path.startsWith("request.")) {
            path = path.substring("request.".length());
        }
        Matcher line = LINE.matcher(path);
        if (line.matches()) {
            // a line number is never grouped ("line 1234", not "line 1,234"): a literal, not a formatted number
            Arg number = Arg.literal(Long.parseLong(line.group(1)) + 1);
            if (line.group(2) == null) {
                return MessageText.of("taxes.field.line", number);
            }
            return MessageText.of("taxes.field.line.field", number, Arg.message(ofLineField(line.group(2))));
        }
        Matcher multiple = MULTIPLE.matcher(path);
        if (multiple.matches()) {
            // a fine of the chain by its name (所漏營業稅額之罰鍰倍數), never its code; a key the caller made up as given
            return PENALTIES.contains(multiple.group(1)) ? MessageText.of("taxes.field.multiple." + multiple.group(1))
                    : MessageText.of("taxes.field.multiple", Arg.literal(multiple.group(1)));
        }
        return ofLineField(path);
    }

    private static MessageText ofLineField(String field) {
        if (field.startsWith("measures.")) {
            String key = field.substring("measures.".length());
            return MEASURES.contains(key) ? MessageText.of("taxes.field.measure." + key)
                    : MessageText.of("taxes.field.measure.other", Arg.literal(key));
        }
        Matcher option = OPTION.matcher(field);
        if (option.matches()) {
            String part = option.group(1);
            return named("option" + Character.toUpperCase(part.charAt(0)) + part.substring(1).toLowerCase(Locale.ROOT));
        }
        return named(field);
    }

    private static MessageText named(String name) {
        // a line's scheme is the option the result uses (review r-t1 F11: it was named as the form's "Other option (scheme)")
        String key = "optionLabel".equals(name) ? "optionScheme" : name;
        if (NAMED.contains(key)) {
            return MessageText.of("taxes.page.field." + key);
        }
        if (PENALTY_FIELDS.contains(key)) {
            return MessageText.of("taxes.page.penalties." + key);
        }
        if (API_FIELDS.contains(key)) {
            return MessageText.of("taxes.field.api." + key);
        }
        return MessageText.of("taxes.field.other", Arg.literal(name));
    }
}
