package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Review F5: the Taiwan declaration is checked against the customs' own field list (N5135_fields.tsv) — every element of
 * the list that is written fits its format, every mandatory one is there — not only against the formats validation
 * happened to know.
 */
class TaiwanFieldListTest {

    private final TaiwanFieldList list = TaiwanFieldList.n5135();

    /**
     * Mandatory elements of the list the writer does not carry yet, each for a stated reason (README, clearance section):
     * the broker's 代理人號碼類別代碼 and 箱號附碼 (Agent/RoleCode, tw_SubBoxID: values not in the data we hold), the house
     * bill (分提單號碼: the file holds one transport document number), the item's 納稅辦法代碼 (per item, code list not held),
     * and the express carrier group (tw_ExpressCarrier: N5135 is the express-consignment declaration's schema; a sea or air
     * cargo declaration has no express carrier). The test fails when any OTHER mandatory element is missing, and when one of
     * these is written (then take it off this list).
     */
    static final Set<String> NOT_CARRIED = Set.of(
            "/Declaration/Agent/RoleCode",
            "/Declaration/Agent/tw_SubBoxID",
            "/Declaration/GoodsShipment/Consignment/TransportContractDocument",
            "/Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/GovernmentProcedure",
            "/Declaration/tw_ExpressCarrier");

    /** WCO Data Model elements outside the list that the writer adds (TaiwanDeclarationXml's class note). */
    static final Set<String> OUTSIDE = Set.of(
            "/Declaration/VersionID",
            "/Declaration/Agent/Name",
            "/Declaration/BorderTransportMeans/TypeCode",
            "/Declaration/GoodsShipment/CurrencyExchange/RateNumeric",
            "/Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/DutyTaxFee/DutyRegimeCode",
            "/Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/tw_DutyTaxFeeAmount/Payment",
            "/Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/tw_DutyOtherTaxFee/Payment");

    @Test
    void theFullerTaiwanDeclarationKeepsToTheFieldList() {
        TaiwanFieldList.Report r = list.check(TaiwanDeclarationXml.write(Declarations.taiwan()));
        assertThat(r.breaches()).isEmpty();
        assertThat(r.missing().keySet()).containsExactlyInAnyOrderElementsOf(NOT_CARRIED);
        assertThat(r.outside()).isSubsetOf(OUTSIDE);
    }

    @Test
    void aTaiwanDeclarationWithTheGeneralRateOnlyKeepsToTheFieldListToo() {
        // the demo file's shape: one item, duty 0 % and business tax, the trade promotion fee; no preference claimed
        DeclarationMessage d = Declarations.taiwan();
        DeclarationMessage.DeclarationItem it = d.items().get(0);
        DeclarationMessage.DeclarationItem one = new DeclarationMessage.DeclarationItem(1, it.description(), it.tariffCode(), null, "CN",
                null, it.quantity(), it.unitCode(), it.netMassKg(), it.invoiceAmount(), it.customsValue(), java.util.List.of(
                        new DeclarationMessage.DutyTax("DUTY", new java.math.BigDecimal("0"), it.customsValue(), java.math.BigDecimal.ZERO),
                        new DeclarationMessage.DutyTax("VAT", new java.math.BigDecimal("5"), it.customsValue(), new java.math.BigDecimal("3060")),
                        new DeclarationMessage.DutyTax("TPF", new java.math.BigDecimal("0.04"), it.customsValue(), new java.math.BigDecimal("24"))));
        DeclarationMessage demo = new DeclarationMessage("TW", d.reference(), 1, d.functionCode(), d.declarationDate(), d.declarant(),
                d.importer(), d.exporter(), DeclarationMessage.TransportMode.AIR, d.loadingPort(), "TWTPE", d.arrivalDate(), d.incoterm(),
                "CIF", "USD", d.exchangeRate(), "TWD", new java.math.BigDecimal("1842.00"), null, null, it.customsValue(),
                new java.math.BigDecimal("3084"), 5, new java.math.BigDecimal("90.5"), java.util.List.of(one), d.taiwan());
        assertThat(DeclarationValidation.validate(demo)).isEmpty();
        byte[] xml = TaiwanDeclarationXml.write(demo);
        TaiwanFieldList.Report r = list.check(xml);
        assertThat(r.breaches()).isEmpty();
        assertThat(r.missing().keySet()).containsExactlyInAnyOrderElementsOf(NOT_CARRIED);
        // the customs' 稅費代號 (TaiwanCodes, to confirm), never the desk's DUTY / VAT / TPF
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<TypeCode>11</TypeCode>", "<TypeCode>41</TypeCode>", "<TypeCode>71</TypeCode>")
                .doesNotContain(">DUTY<", ">VAT<", ">TPF<");
    }

    /** The check itself fails on what the review found: DUTY in an an..3 field, the mandatory particulars absent. */
    @Test
    void theCheckFindsTheReviewedBreaches() {
        String reviewed = """
                <Declaration><AcceptanceDateTime>20261206</AcceptanceDateTime><FunctionCode>9</FunctionCode><ID>AA15AB12345678</ID>
                <TypeCode>G1</TypeCode><Agent><ID>A12</ID></Agent><BorderTransportMeans><ArrivalDateTime>20261204</ArrivalDateTime></BorderTransportMeans>
                <GoodsShipment><SequenceNumeric>1</SequenceNumeric><tw_InvoiceAmount>1000.5</tw_InvoiceAmount>
                <tw_TotalGrossMassMeasure>96.5</tw_TotalGrossMassMeasure>
                <DutyTaxFee><AdValoremTaxBaseAmount>15840</AdValoremTaxBaseAmount><TypeCode>DUTY</TypeCode></DutyTaxFee>
                <TradeTerms><ConditionCode>CIF</ConditionCode></TradeTerms></GoodsShipment>
                <Importer><ID>12345675</ID><Name>寶島電子有限公司</Name></Importer></Declaration>""";
        TaiwanFieldList.Report r = list.check(reviewed.getBytes(StandardCharsets.UTF_8));
        assertThat(r.breaches()).singleElement().asString().contains("TypeCode = 'DUTY'", "an..3");
        assertThat(r.missing()).containsKeys("/Declaration/Consignment", "/Declaration/DutyTaxFee", "/Declaration/RepresentativePerson",
                "/Declaration/Importer/tw_TypeCode", "/Declaration/Importer/Address", "/Declaration/GoodsShipment/Consignment");
        assertThat(r.missing()).containsEntry("/Declaration/RepresentativePerson", "");
    }

    @Test
    void formatsAreReadAsTheListWritesThem() {
        assertThat(TaiwanFieldList.fits("DUTY", "an..3")).isFalse();
        assertThat(TaiwanFieldList.fits("11", "an..3")).isTrue();
        assertThat(TaiwanFieldList.fits("", "an..3")).isFalse();
        assertThat(TaiwanFieldList.fits("AA15AB1234567", "an14")).isFalse();
        assertThat(TaiwanFieldList.fits("AA15AB12345678", "an14")).isTrue();
        assertThat(TaiwanFieldList.fits("USD", "a3")).isTrue();
        assertThat(TaiwanFieldList.fits("US1", "a3")).isFalse();
        assertThat(TaiwanFieldList.fits("810425.00", "n..16,2")).isTrue();
        assertThat(TaiwanFieldList.fits("810425.001", "n..16,2")).isFalse();
        assertThat(TaiwanFieldList.fits("123456789012345", "n..14")).isFalse();
        assertThat(TaiwanFieldList.fits("12345678901234", "n..14")).isTrue();
        assertThat(TaiwanFieldList.fits("1E+3", "n..14")).isFalse();
        assertThat(TaiwanFieldList.fits("-5", "n..14")).isFalse();
        assertThat(TaiwanFieldList.fits("12.12345", "n..6,5")).isFalse();
        assertThat(TaiwanFieldList.fits("1.12345", "n..6,5")).isTrue();
    }

    /** Every line of the list has a format the check reads (a group has none). */
    @Test
    void everyFormatOfTheListIsUnderstood() {
        list.fields().values().stream().filter(f -> !f.format().isBlank()).forEach(f -> TaiwanFieldList.fits("1", f.format()));
        assertThat(list.fields()).hasSizeGreaterThan(100);
    }
}
