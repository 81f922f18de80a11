package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.domain.Regulations;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * T4 acceptance review t4fixAE 1 and 2: the law of a deadline read 「關稅法 第43條」 to English readers; zh-TW texts had
 * half-width spaces around Chinese arguments (「主提單號碼 為必填。」, 「已寄給 陳志豪 確認」, 「（原為 人工輸入）」), half-width
 * parentheses (「合計 (AUD)」), two words for one thing (「手動輸入」 / 「人工輸入」) and an export message that said the freight
 * is taken off the FOB value (「以自離岸價格中扣除」).
 */
class ZhSpacingAndTermsTest {

    final org.tradedesk.platform.MessageTexts texts = AlternativeItemsNamedTest.texts();

    private String zh(String code, Arg... args) {
        return texts.render(MessageText.of(code, args), Locale.TAIWAN);
    }

    @Test
    void aPeriodsLawReadsInTheReadersLanguage() {
        assertThat(texts.render(Regulations.text("關稅法 第43條"), Locale.ENGLISH)).isEqualTo("Customs Act (關稅法) art 43");
        assertThat(texts.render(Regulations.text("關稅法 第43條"), Locale.TAIWAN)).isEqualTo("關稅法 第43條");
        assertThat(texts.render(Regulations.text("關稅法 第13條"), Locale.ENGLISH)).isEqualTo("Customs Act (關稅法) art 13");
        assertThat(texts.render(Regulations.text("訴願法 第14條"), Locale.ENGLISH)).isEqualTo("Administrative Appeal Act (訴願法) art 14");
        assertThat(texts.render(Regulations.text("Customs Act 1901 s167(3)"), Locale.ENGLISH)).isEqualTo("Customs Act 1901 s167(3)");
    }

    @Test
    void noHalfWidthSpaceBesideAChineseArgument() {
        assertThat(zh("clearance.declaration.required", Arg.literal("主提單號碼"))).isEqualTo("主提單號碼為必填。");
        assertThat(zh("clearance.history.declaration-sent", Arg.number(2), Arg.literal("陳志豪"), Arg.literal("K7Q2")))
                .isEqualTo("報單草稿 2 已寄給陳志豪確認（確認碼 K7Q2）。");
        assertThat(zh("clearance.history.invoice-corrected", Arg.literal("發票 DM-2026-114"), Arg.code("clearance.capture.format.MANUAL"),
                Arg.number(3))).isEqualTo("更正發票 DM-2026-114 的擷取資料（原為人工輸入），共 3 項");
    }

    @Test
    void fullWidthParenthesesAndOneTermForTypedByHand() throws Exception {
        assertThat(zh("clearance.dispute.assessment.total-in", Arg.literal("AUD"))).isEqualTo("合計（AUD）");
        Properties zh = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/clearance_zh_TW.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(zh.values()).noneMatch(v -> v.toString().contains("手動輸入"));
        assertThat(zh.getProperty("clearance.docset.typed-document")).isEqualTo("{0}（人工輸入）");
    }

    @Test
    void theExportFreightIsTakenOffTheInvoicePrice() {
        assertThat(zh("clearance.declaration.export-freight", Arg.literal("CIF")))
                .isEqualTo("發票之貿易條件為 CIF，價格已含運費：請填寫運費，以便自發票價格中扣除運費，得出離岸價格（FOB）。");
        assertThat(texts.render(MessageText.of("clearance.declaration.export-freight", Arg.literal("CIF")), Locale.ENGLISH))
                .contains("taken off the invoice price to give the FOB value");
    }
}
