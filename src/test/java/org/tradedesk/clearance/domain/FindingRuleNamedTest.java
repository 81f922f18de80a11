package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Review R5: an issue raised from a finding stored the rule as its id ({@code Arg.literal("cross.figures")}), so zh-TW read
 * 「規則 cross.figures 之錯誤」. New texts name the rule by its title; texts stored before are read with it.
 */
class FindingRuleNamedTest {

    @Test
    void aStoredRuleIdIsReadAsTheRulesTitle() {
        MessageText old = MessageText.of("clearance.issue.from-finding.implications.ERROR", Arg.literal("cross.figures"), Arg.literal("—"));
        MessageText read = FindingNames.withRuleNamed(old, 0);
        assertThat(read.code()).isEqualTo(old.code());
        assertThat(read.args().get(0)).isEqualTo(Arg.message(MessageText.of("clearance.check.rule.cross.figures")));
        assertThat(read.args().get(1)).isEqualTo(Arg.literal("—"));
    }

    @Test
    void aTextAlreadyNamingTheRuleOrAnythingElseStaysAsItIs() {
        MessageText named = MessageText.of("clearance.issue.from-finding.implications.ERROR", Arg.message(FindingNames.rule("doc.dg")),
                Arg.literal("—"));
        assertThat(FindingNames.withRuleNamed(named, 0)).isEqualTo(named);
        MessageText history = MessageText.of("clearance.history.issue-from-finding", Arg.number(3), Arg.literal("doc.bill-of-lading"));
        assertThat(FindingNames.withRuleNamed(history, 1).args().get(1))
                .isEqualTo(Arg.message(MessageText.of("clearance.check.rule.doc.bill-of-lading")));
        // a literal that is no rule id (a sentence, a number) is left alone; a text without the argument too
        MessageText sentence = MessageText.of("x", Arg.literal("Rule 7 of the desk"));
        assertThat(FindingNames.withRuleNamed(sentence, 0)).isEqualTo(sentence);
        assertThat(FindingNames.withRuleNamed(MessageText.of("x"), 0)).isEqualTo(MessageText.of("x"));
    }
}
