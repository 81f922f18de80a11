package org.tradedesk.marketing;

import java.util.List;
import org.tradedesk.shared.TradedeskException;

/**
 * The activity cannot be marked ready: mandatory checklist items are still open, named in the message by their
 * citations in the reader's language ({@link ActivityCompliance#citations}); {@link #open()} keeps their codes.
 */
public class ComplianceOpen extends TradedeskException {

    private final List<String> open;

    public ComplianceOpen(long activityId, List<String> open) {
        super(Kind.CONFLICT, "marketing.compliance.open-items", "activity " + activityId + " has " + open.size()
                + " open mandatory checklist item(s): " + String.join(", ", open), open.size(),
                ActivityCompliance.citations(open));
        this.open = List.copyOf(open);
    }

    public List<String> open() {
        return open;
    }

    /** REST: {@code openItems}, the open items' citations one an element (review T3 item 5). */
    @Override
    public java.util.Map<String, Object> problemProperties() {
        return java.util.Map.of("openItems", open.stream().map(ActivityCompliance::citation).toList());
    }
}
