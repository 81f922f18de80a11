package org.tradedesk.clients;

import java.util.EnumSet;
import java.util.Set;

/** How a communication with the client took place, or {@link #REVIEW} for a step of the desk's own review. */
public enum Channel {
    EMAIL, PHONE, MEETING, LETTER,
    /** 內部覆核: recorded by the desk itself (a calculation approved), never a contact with the client. */
    REVIEW;

    /** The channels a person logs by hand or names as the way something was sent. */
    public static Set<Channel> withTheClient() {
        return EnumSet.of(EMAIL, PHONE, MEETING, LETTER);
    }
}
