package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.FunctionCode;

/** Each validation rule named by its finding: a correct declaration passes, each fault is found where it is. */
class DeclarationValidationTest {

    private static DeclarationMessage withItems(DeclarationMessage d, List<DeclarationItem> items, BigDecimal valueTotal, BigDecimal dutyTotal,
            int version, FunctionCode function, String basis) {
        return new DeclarationMessage(d.jurisdiction(), d.reference(), version, function, d.declarationDate(), d.declarant(), d.importer(),
                d.exporter(), d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(), basis, d.currency(),
                d.exchangeRate(), d.localCurrency(), d.invoiceTotal(), d.freight(), d.insurance(), valueTotal, dutyTotal, d.packages(),
                d.grossMassKg(), items, d.taiwan());
    }

    private static DeclarationItem item(DeclarationItem i, int seq, String tariff, String stat, String origin, String preference, BigDecimal quantity) {
        return new DeclarationItem(seq, i.description(), tariff, stat, origin, preference, quantity, i.unitCode(), i.netMassKg(), i.invoiceAmount(),
                i.customsValue(), i.dutiesAndTaxes());
    }

    @Test
    void theTestDeclarationsAreValid() {
        assertThat(DeclarationValidation.validate(Declarations.australian())).isEmpty();
        assertThat(DeclarationValidation.validate(Declarations.taiwan())).isEmpty();
    }

    @Test
    void eachFaultIsAFindingWithItsRulePathAndMessageCode() {
        DeclarationMessage d = Declarations.australian();
        DeclarationItem a = d.items().get(0);
        DeclarationItem b = d.items().get(1);
        DeclarationItem c = d.items().get(2);
        DeclarationMessage broken = withItems(d, List.of(
                        item(a, 1, "8507600", "1", "CN", null, a.quantity()),
                        item(b, 3, "61091000", "27", "XX", "ChAFTA", BigDecimal.ZERO),
                        item(c, 3, "96170010", "01", null, "ChAFTA", c.quantity())),
                new BigDecimal("1.00"), d.dutiesAndTaxesTotal(), 2, FunctionCode.ORIGINAL, "CIF");
        List<DeclarationFinding> findings = DeclarationValidation.validate(broken);
        assertThat(findings).extracting(DeclarationFinding::rule, DeclarationFinding::path).contains(
                org.assertj.core.groups.Tuple.tuple("tariff-au", "items[1].tariffCode"),
                org.assertj.core.groups.Tuple.tuple("stat-code-au", "items[1].statisticalCode"),
                org.assertj.core.groups.Tuple.tuple("item-sequence", "items[2].sequence"),
                org.assertj.core.groups.Tuple.tuple("origin", "items[2].originCountry"),
                org.assertj.core.groups.Tuple.tuple("quantity", "items[2].quantity"),
                org.assertj.core.groups.Tuple.tuple("required", "items[3].originCountry"),
                org.assertj.core.groups.Tuple.tuple("preference-origin", "items[3].preferenceClaimed"),
                org.assertj.core.groups.Tuple.tuple("customs-value-total", "header.customsValueTotal"),
                org.assertj.core.groups.Tuple.tuple("version-function", "header.version"),
                org.assertj.core.groups.Tuple.tuple("valuation-basis", "header.valuationBasis"));
        assertThat(findings).allSatisfy(f -> assertThat(f.text().code()).startsWith("clearance.declaration."));
        DeclarationFinding total = findings.stream().filter(f -> f.rule().equals("customs-value-total")).findFirst().orElseThrow();
        assertThat(total.text().args()).extracting(MessageTextArgValue()).containsExactly("1.00", "10844.16");
        assertThat(findings.stream().filter(f -> f.rule().equals("valuation-basis")).findFirst().orElseThrow().blocksLodgement()).isFalse();
        assertThat(DeclarationValidation.lodgeable(findings)).isFalse();
    }

    @Test
    void taiwanTariffCodesAreElevenCharacters() {
        DeclarationMessage d = Declarations.taiwan();
        DeclarationItem a = d.items().get(0);
        DeclarationMessage broken = withItems(d, List.of(item(a, 1, "85182200", null, "CN", null, a.quantity()), d.items().get(1)),
                d.customsValueTotal(), d.dutiesAndTaxesTotal(), 1, FunctionCode.ORIGINAL, "CIF");
        assertThat(DeclarationValidation.validate(broken)).extracting(DeclarationFinding::rule).containsExactly("tariff-tw");
    }

    @Test
    void anAmendmentIsVersionTwoOrLaterWithFunctionCode4() {
        DeclarationMessage d = Declarations.australian();
        assertThat(DeclarationValidation.validate(d.amended(d.declarationDate(), d.items(), d.customsValueTotal(), d.dutiesAndTaxesTotal()))).isEmpty();
        assertThat(DeclarationValidation.validate(withItems(d, d.items(), d.customsValueTotal(), d.dutiesAndTaxesTotal(), 1, FunctionCode.AMENDMENT, "FOB")))
                .extracting(DeclarationFinding::rule).containsExactly("version-function");
    }

    private static java.util.function.Function<org.tradedesk.shared.MessageText.Arg, String> MessageTextArgValue() {
        return org.tradedesk.shared.MessageText.Arg::value;
    }

    /**
     * Review m12 and M3: a missing statistical code is said missing (the text had "the statistical code null"), and a
     * missing declarant id is named by its label, not by the path "header.declarant.id"; both labels exist in both
     * bundles (read here with java.util.Properties, an outside reader).
     */
    @Test
    void aMissingCodeIsSaidMissingAndAFieldIsNamedByItsLabel() throws Exception {
        DeclarationMessage d = Declarations.australian();
        DeclarationItem a = d.items().get(0);
        DeclarationMessage noStat = withItems(d, List.of(item(a, 1, "85076000", null, "CN", null, a.quantity())),
                d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.version(), d.functionCode(), d.valuationBasis());
        DeclarationFinding stat = DeclarationValidation.validate(noStat).stream()
                .filter(f -> f.path().equals("items[1].statisticalCode")).findFirst().orElseThrow();
        assertThat(stat.rule()).isEqualTo("stat-code-missing-au");
        assertThat(stat.text().args()).extracting(org.tradedesk.shared.MessageText.Arg::value).containsExactly("1");

        DeclarationMessage noId = new DeclarationMessage(d.jurisdiction(), d.reference(), d.version(), d.functionCode(), d.declarationDate(),
                new DeclarationMessage.Party(null, d.declarant().name(), d.declarant().country()), d.importer(), d.exporter(),
                d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(), d.valuationBasis(), d.currency(),
                d.exchangeRate(), d.localCurrency(), d.invoiceTotal(), d.freight(), d.insurance(), d.customsValueTotal(),
                d.dutiesAndTaxesTotal(), d.packages(), d.grossMassKg(), d.items());
        DeclarationFinding id = DeclarationValidation.validate(noId).stream()
                .filter(f -> f.path().equals("header.declarant.id")).findFirst().orElseThrow();
        String label = id.text().args().get(0).value();
        assertThat(label).isEqualTo("clearance.declaration.field.header.declarant.id");
        for (String bundle : List.of("clearance_en", "clearance_zh_TW")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/" + bundle + ".properties"),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(in);
            }
            assertThat(p.getProperty(label)).isNotBlank();
            assertThat(p.getProperty("clearance.declaration.stat-code-missing-au")).isNotBlank().doesNotContain("null");
        }
        assertThat(new java.util.Properties() {{
            load(new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/clearance_zh_TW.properties"), java.nio.charset.StandardCharsets.UTF_8));
        }}.getProperty(label)).isEqualTo("報關人海關代碼");
    }

    /**
     * Taiwan's 營業稅 is computed once on the declaration: 5 % of the items' bases added up (61,204 + 76,753 = 137,957
     * → 6,897.85, truncated to NT$6,897), while the items' own figures (3,060 + 3,838) add up to 6,898. The engine's
     * total 0 + 6,978 + 6,897 = 13,875 is the per-item rule applied to the summed bases and is not flagged; one dollar
     * more (13,876 + 1 = 13,877, within the old "2 × items" tolerance) is.
     */
    @Test
    void taiwanDutiesTotalIsExactUnderTheShipmentRule() {
        DeclarationMessage d = Declarations.taiwan();
        BigDecimal engine = new BigDecimal("13875");
        assertThat(DeclarationValidation.validate(withItems(d, d.items(), d.customsValueTotal(), engine, 1, FunctionCode.ORIGINAL, "CIF")))
                .isEmpty();
        assertThat(DeclarationValidation.validate(withItems(d, d.items(), d.customsValueTotal(), new BigDecimal("13877"), 1,
                FunctionCode.ORIGINAL, "CIF"))).extracting(DeclarationFinding::rule).containsExactly("duties-total");
        assertThat(DeclarationValidation.validate(withItems(d, d.items(), d.customsValueTotal(), new BigDecimal("13874"), 1,
                FunctionCode.ORIGINAL, "CIF"))).extracting(DeclarationFinding::rule).containsExactly("duties-total");
    }

    /** The statistical codes of an item as the bundled Australian Schedule 3 gives them (read here, not typed). */
    static java.util.Set<String> scheduleStatCodes(String dottedItem) throws Exception {
        tools.jackson.databind.JsonNode root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                DeclarationValidationTest.class.getResourceAsStream("/reference-data/tariff/au/au-customs-tariff-schedule3.json"));
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (tools.jackson.databind.JsonNode c : root.findValues("classifications")) {
            for (tools.jackson.databind.JsonNode line : c) {
                if (line.path("referenceNumber").asString().replaceAll("[*#]+$", "").equals(dottedItem)
                        && !line.path("statisticalCode").asString().isBlank()) {
                    out.add(line.path("statisticalCode").asString());
                }
            }
        }
        return out;
    }

    /**
     * Review of issue 8: an Australian statistical code was checked for its form only. Where the tariff catalogue holds the
     * item's statistical codes (the bundled Schedule 3 gives 8507.60.00 one), a code not among them is an error naming the
     * valid ones; where it holds none, the code is said to be checked for its form only (a warning, not a pass).
     */
    @Test
    void anAustralianStatisticalCodeIsOneOfTheItemsInTheCatalogue() throws Exception {
        java.util.Set<String> batteries = scheduleStatCodes("8507.60.00");
        assertThat(batteries).hasSize(1);
        DeclarationValidation.StatisticalCodes catalogue = (j, item) -> "85076000".equals(item) ? batteries : java.util.Set.of();
        DeclarationMessage d = Declarations.australian();
        DeclarationItem a = d.items().get(0);
        String wrong = batteries.contains("10") ? "11" : "10";
        DeclarationMessage typed = withItems(d, List.of(item(a, 1, "85076000", wrong, "CN", null, a.quantity()), d.items().get(1),
                d.items().get(2)), d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.version(), d.functionCode(), d.valuationBasis());
        List<DeclarationFinding> f = DeclarationValidation.validate(typed, catalogue);
        DeclarationFinding notIn = f.stream().filter(x -> x.path().equals("items[1].statisticalCode")).findFirst().orElseThrow();
        assertThat(notIn.rule()).isEqualTo("stat-code-not-in-tariff");
        assertThat(notIn.blocksLodgement()).isTrue();
        assertThat(notIn.text().args()).extracting(MessageTextArgValue()).containsExactly("1", wrong, "85076000", String.join(", ", batteries));
        // items the catalogue gives no statistical codes for: checked for the form only, and said so
        assertThat(f).filteredOn(x -> x.rule().equals("stat-code-unchecked")).extracting(DeclarationFinding::path)
                .containsExactly("items[2].statisticalCode", "items[3].statisticalCode");
        assertThat(f).filteredOn(x -> x.rule().equals("stat-code-unchecked")).noneMatch(DeclarationFinding::blocksLodgement);
        // the code the schedule gives passes
        DeclarationMessage right = withItems(d, List.of(item(a, 1, "85076000", batteries.iterator().next(), "CN", null, a.quantity()),
                item(d.items().get(1), 2, d.items().get(1).tariffCode(), d.items().get(1).statisticalCode(), "CN", null, d.items().get(1).quantity()),
                d.items().get(2)), d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.version(), d.functionCode(),
                d.valuationBasis());
        assertThat(DeclarationValidation.validate(right, catalogue)).extracting(DeclarationFinding::rule).containsOnly("stat-code-unchecked");
        // without a catalogue the form alone is checked, as before
        assertThat(DeclarationValidation.validate(typed)).isEmpty();
    }

    /**
     * Issue 8 F1: a preference claimed with no proof of origin in the file, or one the tax engine does not offer for the
     * item's tariff line and origin on the date, is an ERROR that blocks lodgement (before: no finding, CUSDEC at 0 %).
     */
    @Test
    void aClaimedPreferenceNeedsProofOfOriginAndTheEnginesOffer() {
        DeclarationMessage d = Declarations.australian();
        DeclarationItem a = d.items().get(0);
        DeclarationMessage claimed = withItems(d, List.of(item(a, 1, a.tariffCode(), a.statisticalCode(), "CN", "ChAFTA", a.quantity()),
                item(d.items().get(1), 2, d.items().get(1).tariffCode(), d.items().get(1).statisticalCode(), "CN", null, d.items().get(1).quantity()),
                d.items().get(2)), d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.version(), d.functionCode(),
                d.valuationBasis());
        // no certificate of origin, engine offers ChAFTA: only the proof is missing
        List<DeclarationFinding> noProof = DeclarationValidation.validate(claimed, null,
                new DeclarationValidation.PreferenceFacts(false, java.util.Map.of(1, java.util.Set.of("ChAFTA"))));
        assertThat(noProof).extracting(DeclarationFinding::rule, DeclarationFinding::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("preference-no-proof", "items[1].preferenceClaimed"));
        assertThat(DeclarationValidation.lodgeable(noProof)).isFalse();
        // certificate on file, but the engine offers only JAEPA for the line (origin not a ChAFTA party on the date)
        List<DeclarationFinding> notOffered = DeclarationValidation.validate(claimed, null,
                new DeclarationValidation.PreferenceFacts(true, java.util.Map.of(1, java.util.Set.of("JAEPA"))));
        assertThat(notOffered).extracting(DeclarationFinding::rule).containsExactly("preference-not-offered");
        assertThat(notOffered.get(0).text().code()).isEqualTo("clearance.declaration.preference-not-offered");
        assertThat(notOffered.get(0).text().args()).extracting(MessageTextArgValue()).contains("ChAFTA", "CN", "JAEPA");
        assertThat(DeclarationValidation.lodgeable(notOffered)).isFalse();
        // nothing offered for the line at all: refused as well
        assertThat(DeclarationValidation.validate(claimed, null, new DeclarationValidation.PreferenceFacts(true, java.util.Map.of())))
                .extracting(DeclarationFinding::rule).containsExactly("preference-not-offered");
        // proof on file and the engine's offer: nothing to say
        assertThat(DeclarationValidation.validate(claimed, null,
                new DeclarationValidation.PreferenceFacts(true, java.util.Map.of(1, java.util.Set.of("ChAFTA", "JAEPA"))))).isEmpty();
    }

    /**
     * Issue 8 F8: Taiwan's trade promotion fee is levied per declaration on the total 完稅價格 (推廣貿易服務費收費辦法):
     * 810,425 × 0.04 % = 324.17 → 324, while the items' own truncated shares are 631,500 × 0.04 % = 252.6 → 252 and
     * 178,925 × 0.04 % = 71.57 → 71, 323 in all. The header carries 324; the XML's TPF total is 324.
     */
    @Test
    void taiwanTradePromotionFeeIsTheDeclarationsNotTheItemsSharesAddedUp() {
        DeclarationMessage d = Declarations.taiwan();
        DeclarationItem a = d.items().get(0);
        DeclarationItem b = d.items().get(1);
        DeclarationItem one = new DeclarationItem(1, a.description(), a.tariffCode(), null, "CN", null, a.quantity(), a.unitCode(), a.netMassKg(),
                a.invoiceAmount(), new BigDecimal("631500"), List.of(new DeclarationMessage.DutyTax("DUTY", new BigDecimal("0"), new BigDecimal("631500"), new BigDecimal("0")),
                        new DeclarationMessage.DutyTax("TPF", new BigDecimal("0.04"), new BigDecimal("631500"), new BigDecimal("252"))));
        DeclarationItem two = new DeclarationItem(2, b.description(), b.tariffCode(), null, "VN", null, b.quantity(), b.unitCode(), b.netMassKg(),
                b.invoiceAmount(), new BigDecimal("178925"), List.of(new DeclarationMessage.DutyTax("DUTY", new BigDecimal("0"), new BigDecimal("178925"), new BigDecimal("0")),
                        new DeclarationMessage.DutyTax("TPF", new BigDecimal("0.04"), new BigDecimal("178925"), new BigDecimal("71"))));
        List<DeclarationItem> items = List.of(one, two);
        assertThat(DeclarationValidation.perDeclarationFee(items)).isEqualByComparingTo("324");
        assertThat(DeclarationValidation.taiwanHeaderTotal(items)).isEqualByComparingTo("324");
        DeclarationMessage right = withItems(d, items, new BigDecimal("810425"), new BigDecimal("324"), 1, FunctionCode.ORIGINAL, "CIF");
        assertThat(DeclarationValidation.validate(right)).isEmpty();
        String xml = new String(TaiwanDeclarationXml.write(right), java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertThat(xml).contains("<DutyTaxFee><AdValoremTaxBaseAmount>324</AdValoremTaxBaseAmount><TypeCode>71</TypeCode></DutyTaxFee>",
                "<tw_TotalDutyTaxFeeAmount>324</tw_TotalDutyTaxFeeAmount>");
        DeclarationMessage off = withItems(d, items, new BigDecimal("810425"), new BigDecimal("325"), 1, FunctionCode.ORIGINAL, "CIF");
        assertThat(DeclarationValidation.validate(off)).extracting(DeclarationFinding::rule).containsExactly("duties-total");
    }

    /**
     * Review F5: a Taiwan declaration without the particulars the field list makes mandatory has an ERROR for each, naming
     * the field by the field list's Chinese name in zh-TW — so it is neither put to the client nor lodged.
     */
    @Test
    void taiwanMandatoryParticularsMissingAreErrorsNamedByTheFieldListsName() {
        List<DeclarationFinding> findings = DeclarationValidation.validate(Declarations.taiwanWithoutParticulars());
        assertThat(findings).allMatch(f -> f.severity() == DeclarationFinding.Severity.ERROR && f.rule().equals("required"))
                .extracting(DeclarationFinding::path).containsExactlyInAnyOrder("header.tw.transportDocumentId", "header.tw.journeyId",
                        "header.tw.goodsLocationId", "header.tw.packageTypeCode", "header.tw.representativeId", "header.tw.importerTypeCode",
                        "header.tw.importerAddress", "header.tw.dutyMethodCode");
        assertThat(DeclarationValidation.lodgeable(findings)).isFalse();
        java.util.Properties zh = bundle("clearance_zh_TW.properties");
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (String line : new String(InvoiceFormatsTest.resource("N5135_fields.tsv"), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            String[] c = line.split("\t", -1);
            if (c.length == 5) {
                names.put(c[0], c[2]);
            }
        }
        assertThat(zh.getProperty("clearance.declaration.field.header.tw.transportDocumentId"))
                .isEqualTo(names.get("/Declaration/Consignment/TransportContractDocument/ID"));
        assertThat(zh.getProperty("clearance.declaration.field.header.tw.goodsLocationId")).isEqualTo(names.get("/Declaration/Consignment/GoodsLocation/ID"));
        assertThat(zh.getProperty("clearance.declaration.field.header.tw.packageTypeCode"))
                .isEqualTo(names.get("/Declaration/GoodsShipment/Consignment/Packaging/TypeCode"));
        assertThat(zh.getProperty("clearance.declaration.field.header.tw.representativeId")).isEqualTo(names.get("/Declaration/RepresentativePerson/Name"));
        assertThat(zh.getProperty("clearance.declaration.field.header.tw.importerTypeCode")).isEqualTo(names.get("/Declaration/Importer/tw_TypeCode"));
        assertThat(zh.getProperty("clearance.declaration.field.header.tw.dutyMethodCode")).isEqualTo(names.get("/Declaration/DutyTaxFee/tw_DutyMethodCode"));
        assertThat(zh.getProperty("clearance.declaration.field.header.tw.importerAddress").replace('（', '(').replace('）', ')'))
                .isEqualTo(names.get("/Declaration/Importer/Address/Line"));
        assertThat(zh.getProperty("clearance.declaration.field.header.tw.journeyId").replace('（', '(').replace('）', ')').replace('／', '/'))
                .isEqualTo(names.get("/Declaration/Consignment/BorderTransportMeans/JourneyID").replace('（', '(').replace('）', ')'));
    }

    /** The Chinese name is not the English one; a particular longer than its field is refused; a tax with no customs code too. */
    @Test
    void taiwanNamesFormatsAndTaxCodesAreChecked() {
        DeclarationMessage d = Declarations.taiwan();
        DeclarationMessage.TaiwanParticulars p = d.taiwan();
        DeclarationMessage chineseName = new DeclarationMessage(d.jurisdiction(), d.reference(), d.version(), d.functionCode(), d.declarationDate(),
                d.declarant(), new DeclarationMessage.Party("12345678", "福爾摩沙戶外用品股份有限公司", "TW"), d.exporter(), d.transportMode(),
                d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(), "CIF", d.currency(), d.exchangeRate(), "TWD", d.invoiceTotal(),
                d.freight(), d.insurance(), d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.packages(), d.grossMassKg(), d.items(),
                new DeclarationMessage.TaiwanParticulars(p.transportDocumentId(), "VOYAGE-0123456", p.goodsLocationId(), "CARTON", "1032",
                        p.importerTypeCode(), null, p.importerAddress(), p.dutyMethodCode()));
        assertThat(DeclarationValidation.validate(chineseName)).extracting(DeclarationFinding::rule, DeclarationFinding::path)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("tw-english-name", "header.importer.name"),
                        org.assertj.core.groups.Tuple.tuple("tw-text", "header.tw.journeyId"),
                        org.assertj.core.groups.Tuple.tuple("tw-text", "header.tw.packageTypeCode"),
                        org.assertj.core.groups.Tuple.tuple("tw-text", "header.tw.representativeId"));
        DeclarationItem a = d.items().get(0);
        DeclarationItem odd = new DeclarationItem(1, a.description(), a.tariffCode(), null, a.originCountry(), null, a.quantity(), a.unitCode(),
                a.netMassKg(), a.invoiceAmount(), a.customsValue(), List.of(new DeclarationMessage.DutyTax("XYZ", null, null, BigDecimal.ZERO)));
        assertThat(DeclarationValidation.validate(withItems(d, List.of(odd, d.items().get(1)), d.customsValueTotal(), d.dutiesAndTaxesTotal(), 1,
                FunctionCode.ORIGINAL, "CIF"))).extracting(DeclarationFinding::rule).contains("tw-tax-code");
    }

    private static java.util.Properties bundle(String name) {
        java.util.Properties p = new java.util.Properties();
        try (var in = DeclarationValidationTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    /**
     * t4fixU 4: a declarant id not of the broker's box number's form named "/Declaration/Agent/ID (an3)": the field is named by
     * the field list's name in the reader's language (報關業者箱號), the finding's path keeps which field it is.
     */
    @Test
    void aSingleWindowFieldIsNamedByItsLabel() throws Exception {
        DeclarationMessage d = Declarations.taiwan();
        DeclarationMessage badBox = new DeclarationMessage(d.jurisdiction(), d.reference(), d.version(), d.functionCode(), d.declarationDate(),
                new DeclarationMessage.Party("A1234", d.declarant().name(), d.declarant().country()), d.importer(), d.exporter(),
                d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(), "CIF", d.currency(), d.exchangeRate(),
                "TWD", d.invoiceTotal(), d.freight(), d.insurance(), d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.packages(),
                d.grossMassKg(), d.items(), d.taiwan());
        DeclarationFinding f = DeclarationValidation.validate(badBox).stream().filter(x -> x.path().equals("header.declarant.id") && x.rule().equals("tw-text"))
                .findFirst().orElseThrow();
        org.tradedesk.shared.MessageText.Arg field = f.text().args().get(1);
        assertThat(field.message()).isNotNull();
        assertThat(field.message().code()).isEqualTo("clearance.declaration.tw-field.Agent.ID");
        for (String[] lang : new String[][] {{"clearance_zh_TW.properties", "報關業者箱號"}, {"clearance_en.properties", "Customs broker box number"}}) {
            java.util.Properties bundle = new java.util.Properties();
            try (java.io.Reader in = new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/" + lang[0]),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            assertThat(bundle.getProperty(field.message().code())).isEqualTo(lang[1]);
        }
    }
}
