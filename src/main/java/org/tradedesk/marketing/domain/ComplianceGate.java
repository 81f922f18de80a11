package org.tradedesk.marketing.domain;

import java.util.List;
import java.util.Map;

/**
 * Named rule (P3.2.5): an activity may be marked ready only when no mandatory item of its checklist is
 * open. A mandatory item is open when it has no answer or is answered NO; YES closes it, and so does
 * NOT_APPLICABLE (which needs a note saying why — checked when the answer is given). Optional items never
 * hold an activity back.
 */
public final class ComplianceGate {

    private ComplianceGate() {
    }

    /** The result: the codes of the open mandatory items, in the checklist's order. */
    public record Check(List<String> openMandatory) {
        public boolean ready() {
            return openMandatory.isEmpty();
        }
    }

    public static Check check(List<ComplianceItem> items, Map<String, ComplianceResponse> answers) {
        return new Check(items.stream().filter(ComplianceItem::mandatory).filter(i -> open(answers.get(i.code())))
                .map(ComplianceItem::code).toList());
    }

    public static boolean open(ComplianceResponse r) {
        return r == null || r.answer() == null || r.answer() == ComplianceAnswer.NO;
    }
}
