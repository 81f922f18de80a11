package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;

/**
 * t4fixL (issue 8, T4 acceptance review items 2 and 3). The CUSDEC declares UNOC (ISO 8859-1) in its UNB: a Latin-1 text
 * ("Café crème plates") is written as is and read back as is; a text outside it ("美耐皿餐盤 27cm") is named by its field
 * before anything is written, never written with '?' for each character. The XML messages are UTF-8: Chinese passes, a
 * control character XML 1.0 forbids is named. The CUSDEC names the transport document in group 1 (RFF+BM for a bill of
 * lading, RFF+AWB for an air waybill; UNTDID D.99B CUSDEC segment table: group 1 RFF-DTM holding group 2 PAC) with the
 * packages under it, and the voyage as TDT's conveyance reference number (8028).
 */
class CusdecTransportAndTextTest {

    static DeclarationMessage withDescription(DeclarationMessage d, int index, String description) {
        List<DeclarationItem> items = new ArrayList<>(d.items());
        DeclarationItem i = items.get(index);
        items.set(index, new DeclarationItem(i.sequence(), description, i.tariffCode(), i.statisticalCode(), i.originCountry(),
                i.preferenceClaimed(), i.quantity(), i.unitCode(), i.netMassKg(), i.invoiceAmount(), i.customsValue(), i.dutiesAndTaxes()));
        return new DeclarationMessage(d.jurisdiction(), d.reference(), d.version(), d.functionCode(), d.declarationDate(), d.declarant(),
                d.importer(), d.exporter(), d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(),
                d.valuationBasis(), d.currency(), d.exchangeRate(), d.localCurrency(), d.invoiceTotal(), d.freight(), d.insurance(),
                d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.packages(), d.grossMassKg(), items, d.taiwan(), d.transport());
    }

    @Test
    void aLatinOneDescriptionIsWrittenInUnocAndReadBackAsIs() {
        DeclarationMessage d = withDescription(Declarations.australian(), 1, "Café crème plates, Ø 27 cm");
        byte[] edi = AustralianCusdec.write(d, Declarations.ENVELOPE);
        String text = new String(edi, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("UNB+UNOC:3+", "FTX+AAA+++Café crème plates, Ø 27 cm'");
        // é is one byte (0xE9) in ISO 8859-1, as UNOC says
        assertThat(new String(edi, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1)).contains((byte) 0xE9);
        assertThat(AustralianCusdec.read(edi).items().get(1).description()).isEqualTo("Café crème plates, Ø 27 cm");
        assertThat(AustralianCusdec.read(edi)).isEqualTo(d);
    }

    @Test
    void aTextOutsideUnocIsNamedBeforeAnythingIsWritten() {
        DeclarationMessage d = withDescription(Declarations.australian(), 2, "美耐皿餐盤 27cm");
        List<DeclarationText.Unwritable> bad = DeclarationText.unwritable(d, DeclarationText.Repertoire.UNOC);
        assertThat(bad).extracting(DeclarationText.Unwritable::field).containsExactly("lines[2].description");
        assertThat(bad.get(0).shown()).isEqualTo("美");
        // the writer refuses it as a bad argument (no message is written), never as a read-back that differs
        assertThatThrownBy(() -> AustralianCusdec.write(d, Declarations.ENVELOPE)).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(IllegalStateException.class).hasMessageContaining("lines[2].description");
        // a control character is outside UNOC too; the accented Latin-1 letters are not
        assertThat(DeclarationText.unwritable(withDescription(Declarations.australian(), 0, "plates\u0007"), DeclarationText.Repertoire.UNOC))
                .extracting(DeclarationText.Unwritable::shown).containsExactly("U+0007");
        assertThat(DeclarationText.unwritable(withDescription(Declarations.australian(), 0, "Crème brûlée ramekins ×6"),
                DeclarationText.Repertoire.UNOC)).isEmpty();
    }

    @Test
    void theXmlMessagesCarryChineseAndRefuseAControlCharacter() {
        DeclarationMessage tw = withDescription(Declarations.taiwan(), 0, "美耐皿餐盤 27cm Café");
        assertThat(DeclarationText.unwritable(tw, DeclarationText.Repertoire.XML)).isEmpty();
        assertThat(TaiwanDeclarationXml.read(TaiwanDeclarationXml.write(tw)).items().get(0).description()).isEqualTo("美耐皿餐盤 27cm Café");
        assertThat(WcoDeclarationXml.read(WcoDeclarationXml.write(tw)).items().get(0).description()).isEqualTo("美耐皿餐盤 27cm Café");
        DeclarationMessage control = withDescription(Declarations.taiwan(), 1, "保溫瓶\u0001");
        assertThat(DeclarationText.unwritable(control, DeclarationText.Repertoire.XML)).extracting(DeclarationText.Unwritable::field)
                .containsExactly("lines[1].description");
        assertThatThrownBy(() -> TaiwanDeclarationXml.write(control)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WcoDeclarationXml.write(control)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTransportDocumentHoldsThePackagesAndTheVoyageIsTheConveyanceReference() {
        DeclarationMessage d = Declarations.australian().withTransport(new DeclarationMessage.Transport("MEDUKH123456", "FE245E"));
        String edi = new String(AustralianCusdec.write(d, Declarations.ENVELOPE), StandardCharsets.ISO_8859_1);
        // group 1 with the bill of lading and its group 2 packages, then the valuation basis without packages
        assertThat(edi).contains("RFF+BM:MEDUKH123456'\nPAC+42'\nRFF+APH:FOB'\nTDT+20+FE245E+1:SEA'");
        assertThat(edi).doesNotContain("RFF+APH:FOB'\nPAC");
        assertThat(AustralianCusdec.read(edi.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(d);
        assertThat(AustralianCusdec.read(edi.getBytes(StandardCharsets.ISO_8859_1)).transport())
                .isEqualTo(new DeclarationMessage.Transport("MEDUKH123456", "FE245E"));
    }

    @Test
    void byAirTheDocumentIsTheAirWaybill() {
        DeclarationMessage sea = Declarations.australian();
        DeclarationMessage air = new DeclarationMessage(sea.jurisdiction(), sea.reference(), sea.version(), sea.functionCode(),
                sea.declarationDate(), sea.declarant(), sea.importer(), sea.exporter(), DeclarationMessage.TransportMode.AIR,
                sea.loadingPort(), sea.dischargePort(), sea.arrivalDate(), sea.incoterm(), sea.valuationBasis(), sea.currency(),
                sea.exchangeRate(), sea.localCurrency(), sea.invoiceTotal(), sea.freight(), sea.insurance(), sea.customsValueTotal(),
                sea.dutiesAndTaxesTotal(), sea.packages(), sea.grossMassKg(), sea.items(), null,
                new DeclarationMessage.Transport("160-12345675", "CI5"));
        String edi = new String(AustralianCusdec.write(air, Declarations.ENVELOPE), StandardCharsets.ISO_8859_1);
        assertThat(edi).contains("RFF+AWB:160-12345675'\nPAC+42'", "TDT+20+CI5+4:AIR'");
        assertThat(AustralianCusdec.read(edi.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(air);
    }

    @Test
    void withoutATransportDocumentThePackagesStayWithTheOneReference() {
        String edi = new String(AustralianCusdec.write(Declarations.australian(), Declarations.ENVELOPE), StandardCharsets.ISO_8859_1);
        assertThat(edi).contains("RFF+APH:FOB'\nPAC+42'\nTDT+20++1:SEA'").doesNotContain("RFF+BM");
        assertThat(AustralianCusdec.read(edi.getBytes(StandardCharsets.ISO_8859_1)).transport()).isNull();
    }
}
