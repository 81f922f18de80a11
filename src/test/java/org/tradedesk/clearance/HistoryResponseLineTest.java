package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.clearance.messages.CustomsResponse;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Review of issue 8: the history showed "稅費繳納通知：稅費繳納通知" — the message named by its full name (which holds what
 * it says) and then what it says. Every response type, in both languages, as written now and as written before.
 */
class HistoryResponseLineTest {

    static final List<String> SOURCES = List.of("CUSRES_D99B", "TW_NX901", "TW_N5107", "TW_N5108", "TW_N5109", "TW_N5110",
            "TW_N5111", "TW_N5116");

    private static MessageTexts texts() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new MessageTexts(bundles, new Formats(Clock.systemUTC()));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aResponseLineSaysWhatTheResponseIsOnceForEveryTypeOldLinesToo() {
        MessageTexts texts = texts();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-TW"))) {
            for (String source : SOURCES) {
                for (CustomsResponse.Kind kind : CustomsResponse.Kind.values()) {
                    String label = texts.render(MessageText.of("clearance.response.kind." + kind), locale).toLowerCase(Locale.ROOT);
                    Arg said = Arg.code("clearance.response.kind." + kind);
                    // written before the fix: the full name of the message; written now: its sender and number
                    MessageText old = MessageText.of("clearance.history.response", Arg.code("clearance.response.source." + source), said,
                            Arg.number(1), Arg.literal("-"), Arg.literal("-"));
                    MessageText now = MessageText.of("clearance.history.response", ClearanceDeclarations.responseSender(source), said,
                            Arg.number(1), Arg.literal("-"), Arg.literal("-"));
                    for (MessageText written : List.of(old, now)) {
                        String shown = texts.render(new HistoryEntry(1, Instant.EPOCH, "u", written).what(), locale);
                        assertThat(count(shown.toLowerCase(Locale.ROOT), label)).as(shown).isEqualTo(1);
                        assertThat(shown).as(shown).contains(source.substring(source.indexOf('_') + 1).replace("D99B", "CUSRES"))
                                .doesNotContain("clearance.");
                    }
                }
            }
        }
    }

    /**
     * Acceptance review of issue 8: an Australian rejection's line gave its codes without the administration's text, an
     * N5107's line had no 補辦期限. Now the line carries both, in both languages; lines stored before (five arguments, the
     * first ones naming the message by its raw name as text) still render, without a placeholder or an internal name.
     */
    @Test
    void aRejectionLineCarriesItsErrorsWithTextAndAnN5107LineItsDeadlineOldLinesStillRender() {
        MessageTexts texts = texts();
        Locale en = Locale.ENGLISH;
        Locale zh = Locale.forLanguageTag("zh-TW");
        CustomsResponse rejection = new CustomsResponse("CUSRES_D99B", CustomsResponse.Kind.REJECTED, "SYD-0042",
                java.time.LocalDateTime.of(2026, 12, 7, 8, 15), null, null,
                List.of(new CustomsResponse.ResponseError("ITM0042", 2, "STATISTICAL CODE 99 IS NOT VALID"),
                        new CustomsResponse.ResponseError("HDR0007", null, "SUPPLIER'S ABN NOT FOUND")));
        MessageText rejected = ClearanceDeclarations.responseLine(rejection, 1);
        assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", rejected).what(), en)).isEqualTo(
                "Customs response Australia CUSRES: rejected (declaration version 1, codes ITM0042 (item 2): STATISTICAL"
                        + " CODE 99 IS NOT VALID; HDR0007: SUPPLIER'S ABN NOT FOUND).");
        assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", rejected).what(), zh)).isEqualTo(
                "海關回應 澳洲 CUSRES：退單（報單第 1 版，代碼 ITM0042（第 2 項）：STATISTICAL CODE 99 IS NOT VALID；"
                        + "HDR0007：SUPPLIER'S ABN NOT FOUND）。");
        CustomsResponse query = new CustomsResponse("TW_N5107", CustomsResponse.Kind.CHANNEL_ASSIGNED, "AA15AB12345671",
                java.time.LocalDateTime.of(2026, 12, 7, 9, 0), "C2", java.time.LocalDate.of(2026, 12, 14),
                List.of(new CustomsResponse.ResponseError("A01", 1, null)));
        MessageText queried = ClearanceDeclarations.responseLine(query, 1);
        assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", queried).what(), en)).isEqualTo(
                "Customs response Taiwan N5107: channel assigned (declaration version 1, channel C2, codes A01 (item 1));"
                        + " documents to supply by 14 Dec 2026.");
        assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", queried).what(), zh)).isEqualTo(
                "海關回應 臺灣 N5107：已分類通關方式（報單第 1 版，通關方式 C2，代碼 A01（第 1 項））；補辦期限 2026/12/14。");
        // re-review F7: customs' 補辦期限 2026-12-12 is a Saturday, moved to Monday 14: both dates said, and why
        MessageText moved = ClearanceDeclarations.responseLine(query, 1, java.time.LocalDate.of(2026, 12, 12));
        assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", moved).what(), zh)).endsWith(
                "；補辦期限 2026/12/14（海關所定 2026/12/12 為休息日，依行政程序法第48條順延）。");
        assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", moved).what(), en)).endsWith(
                "; documents to supply by 14 Dec 2026 (customs' date 12 Dec 2026 is not a working day: moved to the next one under"
                        + " article 48 of the Administrative Procedure Act).");
        // re-review F10: no channel, no codes (an N5110): neither part is said, nor in a line stored with "-" for them
        CustomsResponse notice = new CustomsResponse("TW_N5110", CustomsResponse.Kind.values()[0], "AA15AB12345671",
                java.time.LocalDateTime.of(2026, 12, 7, 9, 0), null, null, List.of());
        MessageText stored = MessageText.of("clearance.history.response", ClearanceDeclarations.responseSender("TW_N5110"),
                Arg.code("clearance.response.kind." + CustomsResponse.Kind.values()[0]), Arg.number(1), Arg.literal("-"), Arg.literal("-"));
        for (MessageText line : List.of(ClearanceDeclarations.responseLine(notice, 1), stored)) {
            assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", line).what(), en)).contains("(declaration version 1).")
                    .doesNotContain("channel -", "codes -", " -");
            assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", line).what(), zh)).contains("（報單第 1 版）。")
                    .doesNotContain("通關方式 -", "代碼 -");
        }
        // stored before: five arguments; the first lines named the message by its raw name as text
        for (Arg sender : List.of(Arg.literal("TW_N5107"), Arg.code("clearance.response.source.TW_N5107"),
                ClearanceDeclarations.responseSender("TW_N5107"))) {
            MessageText old = MessageText.of("clearance.history.response", sender, Arg.code("clearance.response.kind.CHANNEL_ASSIGNED"),
                    Arg.number(1), Arg.literal("C2"), Arg.literal("A01"));
            assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", old).what(), en)).isEqualTo(
                    "Customs response Taiwan N5107: channel assigned (declaration version 1, channel C2, codes A01).");
            assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", old).what(), zh)).isEqualTo(
                    "海關回應 臺灣 N5107：已分類通關方式（報單第 1 版，通關方式 C2，代碼 A01）。");
        }
    }

    /** Re-review F4: the history names a document's format by its readable name, also in a line stored with the internal one. */
    @Test
    void aDocumentLineNamesItsFormatInTheReadersLanguage() {
        MessageTexts texts = texts();
        MessageText stored = MessageText.of("clearance.history.document-added", Arg.code("clearance.document.type.COMMERCIAL_INVOICE"),
                Arg.literal("inv.edi"), Arg.literal("0123456789ab"), Arg.literal("EDIFACT_INVOIC_D14B"));
        String zh = texts.render(new HistoryEntry(1, Instant.EPOCH, "u", stored).what(), Locale.forLanguageTag("zh-TW"));
        assertThat(zh).endsWith("判讀格式 UN/EDIFACT INVOIC D14B").doesNotContain("EDIFACT_INVOIC_D14B");
        MessageText csv = MessageText.of("clearance.history.document-added", Arg.code("clearance.document.type.COMMERCIAL_INVOICE"),
                Arg.literal("l.csv"), Arg.literal("0123456789ab"), Arg.literal("CSV"));
        assertThat(texts.render(new HistoryEntry(1, Instant.EPOCH, "u", csv).what(), Locale.forLanguageTag("zh-TW"))).endsWith("判讀格式 CSV 明細表");
    }
}
