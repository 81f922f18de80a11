package org.tradedesk.marketing.domain;

import java.util.Set;

/** The follow-up of a corrective action (P3.3.1): open → in progress → done; open or in progress may also go straight to done. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE;

    public boolean canMoveTo(ActionStatus next) {
        return switch (this) {
            case OPEN -> Set.of(IN_PROGRESS, DONE).contains(next);
            case IN_PROGRESS -> next == DONE;
            case DONE -> false;
        };
    }
}
