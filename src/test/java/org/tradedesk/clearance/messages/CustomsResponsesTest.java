package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.CustomsResponse.Kind;
import org.tradedesk.clearance.messages.CustomsResponse.ResponseError;

/**
 * Customs responses read into {@link CustomsResponse}. No real CUSRES or Taiwan response is public, so the
 * samples here are BUILT IN THIS TEST: the CUSRES from the D.99B structure (ERP/ERC/FTX+AAO group) and the
 * {@code 961:::IMDR} rejection named in the data README; the Taiwan messages from the element paths and
 * formats of {@code NX901_fields.tsv}, {@code N5107_fields.tsv}, {@code N5108_fields.tsv} and
 * {@code N5116_fields.tsv} (copied to the test resources). The real Australian CUSCAR/CUSREP/GENRAL sample
 * is read to show the envelope checks pass and that it is not taken for a response.
 */
class CustomsResponsesTest {

    static final String CUSRES_REJECTION = """
            UNB+UNOC:3+AUCUSTOMS+TRADEDESK01+261206:1015+CR2612060001'
            UNH+1+CUSRES:D:99B:UN'
            BGM+961:::IMDR+TDAU26120601:1+27'
            DTM+137:202612061012:203'
            ERP+:2'
            ERC+ITM0042'
            FTX+AAO+++STATISTICAL CODE 99 IS NOT VALID FOR TARIFF CLASSIFICATION 85076000'
            ERP+'
            ERC+HDR0007'
            FTX+AAO+++SUPPLIER?'S ABN NOT FOUND'
            UNT+10+1'
            UNZ+1+CR2612060001'
            """;

    @Test
    void cusresRejectionWithErrorCodesAndTexts() {
        CustomsResponse r = CustomsResponses.read(CUSRES_REJECTION.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r.source()).isEqualTo("CUSRES_D99B");
        assertThat(r.kind()).isEqualTo(Kind.REJECTED);
        assertThat(r.reference()).isEqualTo("TDAU26120601");
        assertThat(r.issuedAt()).isEqualTo(LocalDateTime.of(2026, 12, 6, 10, 12));
        assertThat(r.errors()).containsExactly(
                new ResponseError("ITM0042", 2, "STATISTICAL CODE 99 IS NOT VALID FOR TARIFF CLASSIFICATION 85076000"),
                new ResponseError("HDR0007", null, "SUPPLIER'S ABN NOT FOUND"));
    }

    @Test
    void cusresWithAWrongSegmentCountIsRefused() {
        String broken = CUSRES_REJECTION.replace("UNT+10+1'", "UNT+9+1'");
        assertThatThrownBy(() -> CustomsResponses.read(broken.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> assertThat(e.reason().code()).isEqualTo("clearance.edifact.segment-count"));
    }

    @Test
    void cusresWithoutErrorsButDutiesIsADutyNotice() {
        String notice = """
                UNB+UNOC:3+AUCUSTOMS+TRADEDESK01+261206:1100+CR2612060002'
                UNH+1+CUSRES:D:99B:UN'
                BGM+961:::IMDR+TDAU26120601:1+11'
                DTM+137:20261206:102'
                TAX+1+CUD'
                MOA+124:256.51:AUD'
                UNT+6+1'
                UNZ+1+CR2612060002'
                """;
        CustomsResponse r = CustomsResponses.read(notice.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r.kind()).isEqualTo(Kind.DUTY_NOTICE);
        assertThat(r.issuedAt()).isEqualTo(LocalDateTime.of(2026, 12, 6, 0, 0));
        assertThat(r.errors()).isEmpty();
    }

    static final String NX901 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response>
              <IssueDateTime>20261206093512</IssueDateTime>
              <ContactOffice><ID>KEELUNG</ID></ContactOffice>
              <Status><NameCode>0000</NameCode></Status>
              <Declaration>
                <AcceptanceDateTime>20261206093510</AcceptanceDateTime>
                <FunctionCode>9</FunctionCode>
                <ID>AA15AB12345678</ID>
                <AdditionalInformation><Content>收件完成</Content><tw_ProcessNumber>NX9011206000001</tw_ProcessNumber></AdditionalInformation>
                <PreviousDocument><tw_FunctionalReferenceID>TDTW26120601</tw_FunctionalReferenceID></PreviousDocument>
                <ResponsibleGovernmentAgency><ID>01</ID></ResponsibleGovernmentAgency>
              </Declaration>
            </Response>
            """;

    @Test
    void taiwanNx901ReceiptIsReceived() {
        CustomsResponse r = CustomsResponses.read(NX901.getBytes(StandardCharsets.UTF_8));
        assertThat(r.source()).isEqualTo("TW_NX901");
        assertThat(r.kind()).isEqualTo(Kind.RECEIVED);
        assertThat(r.reference()).isEqualTo("AA15AB12345678");
        assertThat(r.issuedAt()).isEqualTo(LocalDateTime.of(2026, 12, 6, 9, 35, 12));
        assertThat(r.errors()).containsExactly(new ResponseError("0000", null, "收件完成"));
    }

    @Test
    void taiwanN5107ChannelWithDeadlineAndItemsToSupply() {
        String xml = """
                <Response>
                  <IssueDateTime>20261206140000</IssueDateTime>
                  <AdditionalInformation><LimitDateTime>20261210</LimitDateTime></AdditionalInformation>
                  <ContactOffice><ID>KEELUNG</ID></ContactOffice>
                  <Status><NameCode>C2</NameCode></Status>
                  <Declaration>
                    <ID>AA15AB12345678</ID>
                    <TypeCode>G1</TypeCode>
                    <BorderTransportMeans><TypeCode>4</TypeCode></BorderTransportMeans>
                    <GoodsShipment>
                      <Consignment><TransportContractDocument><ID>CI12345678</ID><TypeCode>MAWB</TypeCode></TransportContractDocument></Consignment>
                      <GovernmentAgencyGoodsItem>
                        <SequenceNumeric>1</SequenceNumeric>
                        <Error><ValidationCode>A01</ValidationCode></Error>
                        <Error><ValidationCode>B12</ValidationCode></Error>
                      </GovernmentAgencyGoodsItem>
                    </GoodsShipment>
                    <GovernmentProcedure><tw_TransportTypeCode>I</tw_TransportTypeCode></GovernmentProcedure>
                  </Declaration>
                </Response>
                """;
        CustomsResponse r = CustomsResponses.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.source()).isEqualTo("TW_N5107");
        assertThat(r.kind()).isEqualTo(Kind.CHANNEL_ASSIGNED);
        assertThat(r.channel()).isEqualTo("C2");
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(r.reference()).isEqualTo("AA15AB12345678");
        assertThat(r.errors()).containsExactly(new ResponseError("A01", 1, null), new ResponseError("B12", 1, null));
    }

    @Test
    void taiwanN5108RejectionWithReasonCodes() {
        String xml = """
                <Response>
                  <Error><ValidationCode>E21</ValidationCode></Error>
                  <Error><ValidationCode>E35</ValidationCode></Error>
                  <Status><NameCode>R</NameCode></Status>
                  <Declaration>
                    <BorderTransportMeans><TypeCode>4</TypeCode></BorderTransportMeans>
                    <Consignment>
                      <ConsignmentItem><PreviousDocument>
                        <tw_FunctionalReferenceID>TDTW26120601</tw_FunctionalReferenceID><TypeCode>NX5105</TypeCode>
                        <Submitter><ID>12345678</ID></Submitter>
                      </PreviousDocument></ConsignmentItem>
                    </Consignment>
                    <GovernmentProcedure><tw_TransportTypeCode>I</tw_TransportTypeCode></GovernmentProcedure>
                  </Declaration>
                </Response>
                """;
        CustomsResponse r = CustomsResponses.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.source()).isEqualTo("TW_N5108");
        assertThat(r.kind()).isEqualTo(Kind.REJECTED);
        assertThat(r.reference()).isEqualTo("TDTW26120601");
        assertThat(r.errors()).extracting(ResponseError::code).containsExactly("E21", "E35");
    }

    @Test
    void taiwanN5116Release() {
        String xml = """
                <Response>
                  <FunctionCode>9</FunctionCode>
                  <Status><NameCode>C1</NameCode><ReleaseDateTime>20261207081530</ReleaseDateTime><tw_TotalPackageQuantity>42</tw_TotalPackageQuantity></Status>
                  <Declaration>
                    <ID>AA15AB12345678</ID>
                    <TotalGrossMassMeasure>455.0</TotalGrossMassMeasure>
                    <TotalPackageQuantity>42</TotalPackageQuantity>
                    <Agent><ID>A12</ID><RoleCode>AG</RoleCode><tw_SubBoxID>1</tw_SubBoxID></Agent>
                  </Declaration>
                </Response>
                """;
        CustomsResponse r = CustomsResponses.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.source()).isEqualTo("TW_N5116");
        assertThat(r.kind()).isEqualTo(Kind.RELEASED);
        assertThat(r.channel()).isEqualTo("C1");
        assertThat(r.issuedAt()).isEqualTo(LocalDateTime.of(2026, 12, 7, 8, 15, 30));
        assertThat(r.reference()).isEqualTo("AA15AB12345678");
    }

    @Test
    void theFieldListsNameThePathsTheReaderUses() {
        String n5116 = new String(InvoiceFormatsTest.resource("N5116_fields.tsv"), StandardCharsets.UTF_8);
        String n5107 = new String(InvoiceFormatsTest.resource("N5107_fields.tsv"), StandardCharsets.UTF_8);
        String n5108 = new String(InvoiceFormatsTest.resource("N5108_fields.tsv"), StandardCharsets.UTF_8);
        String nx901 = new String(InvoiceFormatsTest.resource("NX901_fields.tsv"), StandardCharsets.UTF_8);
        assertThat(n5116).contains("/Response/Status/ReleaseDateTime\t", "/Response/Status/NameCode\t", "/Response/Declaration/ID\t");
        assertThat(n5107).contains("/Response/AdditionalInformation/LimitDateTime\t",
                "/Response/Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Error/ValidationCode\t");
        assertThat(n5108).contains("/Response/Error/ValidationCode\t",
                "/Response/Declaration/Consignment/ConsignmentItem/PreviousDocument/tw_FunctionalReferenceID\t");
        assertThat(nx901).contains("/Response/Declaration/ResponsibleGovernmentAgency/ID\t", "/Response/IssueDateTime\t");
    }

    @Test
    void theRealAustralianCuscarCusrepGenralSampleIsNotAResponse() {
        byte[] sample = InvoiceFormatsTest.resource("ts-edifact_cuscar_cusrep_genral_d99b_au.edi");
        assertThatThrownBy(() -> CustomsResponses.read(sample))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("clearance.response.not-cusres");
                    assertThat(e.reason().args().get(0).value()).isEqualTo("CUSCAR");
                });
    }

    @Test
    void hostileOrUnknownXmlIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Response [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Response>&x;</Response>";
        assertThatThrownBy(() -> CustomsResponses.read(xxe.getBytes(StandardCharsets.UTF_8))).isInstanceOf(UnreadableMessage.class);
        assertThatThrownBy(() -> CustomsResponses.read("<Response><Nothing/></Response>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> assertThat(e.reason().code()).isEqualTo("clearance.response.unknown"));
    }
}
