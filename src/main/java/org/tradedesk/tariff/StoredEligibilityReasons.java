package org.tradedesk.tariff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.platform.StoredMessageUpgrade;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Eligibility reasons stored before each list had its bundle keys (issue 6): such a reason holds the list as its raw
 * code ({@code TW_COLUMN_II}) and the legal source as the file's text ({@code 關稅法 第5條（海關進口稅則第二欄）}, Chinese
 * in an English letter). They are read, when rendered, as {@link EligibilityLists#check} records them now: the list by
 * {@code tariff.eligibility.list-name.<jurisdiction>.<list>} ("column II" / 「第二欄」), the source by
 * {@code tariff.eligibility.source.<jurisdiction>.<list>}, where the bundle holds them.
 *
 * <p>A read-time mapping rather than a migration that rewrites the stored arguments: a saved calculation stays byte for
 * byte the result that was computed, reviewed and approved (the letter a client received can be produced again from
 * it), and a re-run compares with what was stored, not with an edited copy. The mapping is exact, not a guess: only the
 * eligibility messages' list argument, only a code the bundle names, only in the jurisdiction that holds it.
 */
@Component
class StoredEligibilityReasons implements StoredMessageUpgrade {

    /** The reasons whose argument 1 is the list and whose last argument is its legal source. */
    private static final Set<String> WITH_SOURCE = Set.of("tariff.eligibility.not-listed", "tariff.eligibility.not-yet",
            "tariff.eligibility.ended", "tariff.eligibility.listed", "tariff.eligibility.listed-from");

    private final MessageSource bundles;

    StoredEligibilityReasons(MessageSource bundles) {
        this.bundles = bundles;
    }

    @Override
    public MessageText upgrade(MessageText stored) {
        String code = stored.code();
        int listAt = code.equals("tariff.eligibility.no-origin") ? 0
                : WITH_SOURCE.contains(code) || code.equals("tariff.eligibility.no-list") ? 1 : -1;
        if (listAt < 0 || stored.args().size() <= listAt || stored.args().get(listAt).kind() != MessageText.Kind.LITERAL) {
            return stored;
        }
        String list = stored.args().get(listAt).value();
        Jurisdiction jurisdiction = holding("tariff.eligibility.list-name.", list);
        Jurisdiction sourceJurisdiction = jurisdiction != null ? jurisdiction : holding("tariff.eligibility.source.", list);
        List<Arg> args = new ArrayList<>(stored.args());
        boolean changed = false;
        if (jurisdiction != null) {
            args.set(listAt, Arg.message(MessageText.of("tariff.eligibility.list-name." + jurisdiction.name() + "." + list)));
            changed = true;
        }
        int last = args.size() - 1;
        if (WITH_SOURCE.contains(code) && sourceJurisdiction != null && last > listAt && args.get(last).kind() == MessageText.Kind.LITERAL
                && has("tariff.eligibility.source." + sourceJurisdiction.name() + "." + list)) {
            args.set(last, Arg.message(MessageText.of("tariff.eligibility.source." + sourceJurisdiction.name() + "." + list)));
            changed = true;
        }
        return changed ? new MessageText(code, args) : stored;
    }

    /** The one jurisdiction whose bundle key {@code prefix + jurisdiction + "." + list} exists; null if none or several. */
    private Jurisdiction holding(String prefix, String list) {
        Jurisdiction found = null;
        for (Jurisdiction j : Jurisdiction.values()) {
            if (has(prefix + j.name() + "." + list)) {
                if (found != null) {
                    return null;
                }
                found = j;
            }
        }
        return found;
    }

    private boolean has(String key) {
        return bundles.getMessage(key, null, null, Locale.ENGLISH) != null;
    }
}
