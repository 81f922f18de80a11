package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.ClearanceReminders.Delivery;
import org.tradedesk.clearance.ClearanceReminders.Due;
import org.tradedesk.clearance.ClearanceReminders.Kind;
import org.tradedesk.clearance.ClearanceReminders.Stage;
import org.tradedesk.shared.MessageText;

/**
 * Who is told of a deadline, and when (issue 8): the file's owners once ahead, again on the day it falls due, once when it
 * has passed; the managers once when it has passed (a manager who owns the file only as its owner). Each stage and
 * recipient is its own claim, so the day's reminder is not swallowed by the one sent ahead.
 */
class ReminderStagesTest {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 10);

    static Due lodge() {
        return new Due(Kind.LODGE, "t7:tw-lodge", LAST_DAY, 7, "creator", "#7", MessageText.of("x"), "/clearance/transactions/7", 3);
    }

    @Test
    void ownersAheadThenOnTheDayThenOverdueWithTheManagersOnce() {
        List<String> owners = List.of("alice", "bob");
        List<String> managers = List.of("boss", "bob");
        assertThat(ClearanceReminders.deliveries(lodge(), LAST_DAY.minusDays(2), owners, managers))
                .containsExactly(new Delivery(Stage.AHEAD, "alice"), new Delivery(Stage.AHEAD, "bob"));
        assertThat(ClearanceReminders.deliveries(lodge(), LAST_DAY, owners, managers))
                .containsExactly(new Delivery(Stage.DUE, "alice"), new Delivery(Stage.DUE, "bob"));
        assertThat(ClearanceReminders.deliveries(lodge(), LAST_DAY.plusDays(1), owners, managers)).containsExactly(
                new Delivery(Stage.OVERDUE, "alice"), new Delivery(Stage.OVERDUE, "bob"), new Delivery(Stage.MANAGER, "boss"));
        // the same stage on later days is the same claim: told once
        assertThat(ClearanceReminders.item(lodge(), new Delivery(Stage.OVERDUE, "alice")))
                .isEqualTo("t7:tw-lodge/OVERDUE/alice");
    }

    @Test
    void eachStageAndRecipientIsItsOwnClaim() {
        Due due = lodge();
        assertThat(List.of(ClearanceReminders.item(due, new Delivery(Stage.AHEAD, "alice")),
                ClearanceReminders.item(due, new Delivery(Stage.DUE, "alice")),
                ClearanceReminders.item(due, new Delivery(Stage.OVERDUE, "alice")),
                ClearanceReminders.item(due, new Delivery(Stage.MANAGER, "boss")),
                ClearanceReminders.item(due, new Delivery(Stage.AHEAD, "bob")))).doesNotHaveDuplicates();
        // a recipient name long enough to pass the claim column's 100 characters: cut, with a hash of the whole kept
        String longName = "u".repeat(120);
        String cut = ClearanceReminders.item(due, new Delivery(Stage.MANAGER, longName));
        assertThat(cut).hasSizeLessThanOrEqualTo(100).contains("#");
        assertThat(ClearanceReminders.item(due, new Delivery(Stage.MANAGER, longName + "v"))).isNotEqualTo(cut);
    }

    @Test
    void aQueryIsToldToItsOwnersOnly() {
        Due query = new Due(Kind.QUERY, "q5", LAST_DAY, 7, "creator", "#7", MessageText.of("x"), "/clearance/transactions/7", 3);
        assertThat(ClearanceReminders.deliveries(query, LAST_DAY.plusDays(4), List.of("alice"), List.of("boss")))
                .containsExactly(new Delivery(Stage.AHEAD, "alice"));
    }
}
