package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;

/**
 * The field list N5135_fields.tsv gives the declaration number (報單號碼, /Declaration/ID) the format {@code an14}: exactly
 * 14 letters and digits. A shorter one was accepted ("at most 14"); now it is refused as one longer, and the text names
 * the field, where the number is written (the file's 案號 / Reference on the edit page) and the API's property.
 */
class TaiwanDeclarationNumberTest {

    static DeclarationMessage numbered(String reference) {
        DeclarationMessage d = Declarations.taiwan();
        return new DeclarationMessage(d.jurisdiction(), reference, d.version(), d.functionCode(), d.declarationDate(), d.declarant(),
                d.importer(), d.exporter(), d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(),
                d.valuationBasis(), d.currency(), d.exchangeRate(), d.localCurrency(), d.invoiceTotal(), d.freight(), d.insurance(),
                d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.packages(), d.grossMassKg(), d.items(), d.taiwan());
    }

    static List<DeclarationFinding> numberFindings(String reference) {
        return DeclarationValidation.validate(numbered(reference)).stream().filter(f -> f.rule().equals("tw-declaration-id")).toList();
    }

    @Test
    void theFieldListSaysExactlyFourteen() {
        String fields = new String(InvoiceFormatsTest.resource("N5135_fields.tsv"), StandardCharsets.UTF_8);
        assertThat(fields).contains("/Declaration/ID\tWCOIDD014\t報單號碼\tan14\t1");
    }

    @Test
    void aDeclarationNumberOfOtherThanFourteenLettersAndDigitsIsRefused() {
        assertThat(numberFindings("AA15AB12345678")).isEmpty();
        assertThat(numberFindings("AA15AB1234567")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("header.reference");
            assertThat(f.blocksLodgement()).isTrue();
        });
        assertThat(numberFindings("TD42")).hasSize(1);
        assertThat(numberFindings("AA15AB123456789")).hasSize(1);
        assertThat(numberFindings("AA15AB1234567-")).hasSize(1);
        assertThat(numberFindings("              ")).hasSize(1);
    }

    @Test
    void theRefusalNamesTheFieldThePageFormAndTheApiInBothLanguages() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance", "i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        MessageTexts texts = new MessageTexts(bundles, new Formats(Clock.systemUTC()));
        DeclarationFinding f = numberFindings("KHH0142").get(0);
        assertThat(texts.render(f.text(), Locale.ENGLISH)).isEqualTo("The declaration number (報單號碼, single-window field "
                + "/Declaration/ID) must be exactly 14 letters and digits; \"KHH0142\" has 7. It is taken from the file's reference: "
                + "write the 14-character 報單號碼 in the field Reference of the page Edit transaction (API: the transaction's property "
                + "reference), then build a new draft. A bill of lading or file number cannot take its place.");
        assertThat(texts.render(f.text(), Locale.forLanguageTag("zh-TW"))).isEqualTo("報單號碼（單一窗口欄位 /Declaration/ID）須恰為 14 "
                + "個英數字；「KHH0142」為 7 個字元。報單號碼取自案件之案號：請於「編輯通關案件」頁面之「案號」欄填入 14 碼報單號碼（API：案件之 "
                + "reference 屬性），再重新建立報單草稿。提單號碼或檔案編號不得代替。");
    }
}
