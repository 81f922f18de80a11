package org.tradedesk.platform;

import java.time.LocalDate;
import java.util.Objects;
import org.tradedesk.shared.MessageText;

/**
 * One piece of work waiting for the signed-in user, as a module offers it to the home page's work queue:
 * {@code what} is said as a message code with arguments (rendered in the reader's language), {@code subject} names
 * the thing it is about as data (a file's reference, a campaign's name — shown as written), {@code link} is the
 * page where the work is done, {@code due} the day it is due (null: no date) and {@code late} marks it as passed.
 * {@code area} is the message code of the heading it is listed under (e.g. {@code home.queue.area.clearance}).
 */
public record WorkItem(String area, MessageText what, String subject, String link, LocalDate due, boolean late) {

    public WorkItem {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(link, "link");
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("a work item links to a page of the application: " + link);
        }
    }
}
