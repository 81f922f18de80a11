package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/** Acceptance review (t4fixM): wording and formats of the work queue, the mails and the dispute texts. */
class ClearanceWordingTest {

    final org.tradedesk.platform.MessageTexts texts = AlternativeItemsNamedTest.texts();

    /** "1 errors in the document checks block the lodgement": one error is singular in English. */
    @Test
    void oneErrorIsSingular() {
        assertThat(texts.render(MessageText.of("clearance.work.error", Arg.number(1)), Locale.ENGLISH))
                .isEqualTo("1 error in the document checks blocks the lodgement");
        assertThat(texts.render(MessageText.of("clearance.work.errors", Arg.number(2)), Locale.ENGLISH))
                .isEqualTo("2 errors in the document checks block the lodgement");
    }

    /** The AU mail showed "39241000.90": the code as the tariff prints it, the statistical code named. */
    @Test
    void anAustralianCodeIsDottedWithItsStatisticalCodeNamed() {
        assertThat(texts.render(MessageText.of("clearance.declaration.mail.item", Arg.number(1), Arg.literal("tubs"),
                ClearanceDeclarations.tariffShown("39241000", "90"), Arg.literal("CN"), Arg.literal("MFN"), Arg.literal("AUD 1.00"),
                Arg.literal("AUD 0.05")), Locale.ENGLISH)).contains("tariff 3924.10.00 stat 90,");
        assertThat(texts.render(MessageText.of("x", ClearanceDeclarations.tariffShown("3924100090", null)), Locale.ENGLISH))
                .contains("3924.10.00.90");
    }

    /** 「爭議金額 36000.00」 beside "TWD 57,035": grouped always, TWD whole where it has no cents. */
    @Test
    void amountsAreGroupedAndTaiwanDollarsWhole() {
        assertThat(ClearanceDisputes.moneyText(new BigDecimal("36000.00"), "TWD")).isEqualTo("TWD 36,000");
        assertThat(ClearanceDisputes.moneyText(new BigDecimal("36000.50"), "TWD")).isEqualTo("TWD 36,000.50");
        assertThat(ClearanceDisputes.moneyText(new BigDecimal("1352.8"), "AUD")).isEqualTo("AUD 1,352.80");
    }

    /** The zh-TW page showed 「抗議繳納通知（paid under protest）」: no English in Chinese. */
    @Test
    void theProtestStepHasNoEnglishInChinese() {
        String step = texts.render(MessageText.of("clearance.dispute.step.au-protest"), Locale.TRADITIONAL_CHINESE);
        String note = texts.render(MessageText.of("clearance.dispute.note.au-protest"), Locale.TRADITIONAL_CHINESE);
        assertThat(step).isEqualTo("抗議繳納通知");
        assertThat(step + note).doesNotContainPattern("[A-Za-z]{3,}");
    }
}
