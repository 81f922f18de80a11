package org.tradedesk.clearance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.persistence.DeclarationStore;
import org.tradedesk.clearance.persistence.ReminderStore;
import org.tradedesk.platform.WorkItem;
import org.tradedesk.platform.WorkQueueProvider;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * The clearance work on the home page, for the files the user works (a coordinator: their clients' files; a manager:
 * every file, so the team's): answers awaited from a client (from whom, since when), lodgement and dispute deadlines
 * due within the reminder days or passed, client queries whose mail did not go (to send again, with why), files whose
 * document checks have ERROR findings that block lodgement, and declarations awaiting the client's confirmation or
 * customs' response.
 */
@Component
class ClearanceWorkQueue implements WorkQueueProvider {

    static final String AREA = "home.queue.area.clearance";
    /** Files whose checks are run for the queue (the checks read every document of the file). */
    static final int MAX_CHECKED = 30;

    private final ClearanceTransactions transactions;
    private final ClearanceChecks checks;
    private final ClearanceReminders reminders;
    private final ReminderStore reminderStore;
    private final DeclarationStore declarations;
    private final org.tradedesk.clearance.persistence.QueryStore queries;

    ClearanceWorkQueue(ClearanceTransactions transactions, ClearanceChecks checks, ClearanceReminders reminders,
            ReminderStore reminderStore, DeclarationStore declarations, org.tradedesk.clearance.persistence.QueryStore queries) {
        this.queries = queries;
        this.transactions = transactions;
        this.checks = checks;
        this.reminders = reminders;
        this.reminderStore = reminderStore;
        this.declarations = declarations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workForCurrentUser() {
        List<TransactionSummary> open = transactions.queue().stream().filter(s -> !s.transaction().status().readOnly()).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, TransactionSummary> byId = new HashMap<>();
        open.forEach(s -> byId.put(s.id(), s));
        List<WorkItem> out = new ArrayList<>();
        for (ReminderStore.OpenQuery q : reminderStore.awaitingQueries(byId.keySet(), null, 100)) {
            out.add(item(byId.get(q.transactionId()), MessageText.of("clearance.work.query", Arg.literal(q.contactName()),
                    Arg.date(FileTime.date(q.sentAt(), jurisdiction(byId.get(q.transactionId()))))),
                    "/clearance/transactions/" + q.transactionId(), null, false));
        }
        // a query whose mail did not go awaits nothing from the client: it is ours to send again (t4fixAC 2), with why
        for (org.tradedesk.clearance.persistence.QueryStore.Unsent q : queries.unsent(byId.keySet(), 100)) {
            TransactionSummary s = byId.get(q.transactionId());
            out.add(item(s, MessageText.of("clearance.work.query-not-sent", Arg.literal(q.contactName() == null ? "" : q.contactName()),
                    Arg.date(FileTime.date(q.sentAt(), jurisdiction(s))), Arg.code(q.cause().messageCode())),
                    "/clearance/transactions/" + q.transactionId() + "#query-form", null, false));
        }
        for (ClearanceReminders.Due d : reminders.due(open.stream().map(TransactionSummary::transaction).toList())) {
            if (d.kind() != ClearanceReminders.Kind.QUERY) {
                LocalDate today = transactions.today(jurisdiction(byId.get(d.transactionId())));
                out.add(item(byId.get(d.transactionId()), d.what(), d.link(), d.dueOn(), d.dueOn().isBefore(today)));
            }
        }
        Map<Long, DeclarationStore.Standing> standing = declarations.newestStanding(byId.keySet());
        // the error codes of every rejected file's newest rejection, in one query for all of them
        List<Long> rejected = standing.values().stream().filter(r -> r.status() == DeclarationStatus.REJECTED)
                .map(DeclarationStore.Standing::transactionId).toList();
        Map<Long, org.tradedesk.clearance.messages.CustomsResponse> rejections = declarations.newestRejections(rejected);
        // the ERROR counts of the files still being prepared, from stamps read in one statement (the checks run again only
        // for a file changed since they last ran): the home page stays cheap however many files there are
        Map<Long, Long> errorCounts = checks.errorCounts(open.stream().map(TransactionSummary::transaction)
                .filter(t -> t.status() == TransactionStatus.DRAFT || t.status() == TransactionStatus.DOCUMENTS_COMPLETE)
                .limit(MAX_CHECKED).toList());
        for (TransactionSummary s : open) {
            Long counted = errorCounts.get(s.id());
            if (counted != null) {
                long errors = counted;
                if (errors == ClearanceChecks.UNREADABLE) {
                    // its stored declaration cannot be read (logged by the checks): the file is flagged, the page still shows
                    out.add(item(s, MessageText.of("clearance.work.unreadable"),
                            "/clearance/transactions/" + s.id(), null, false));
                } else if (errors > 0) {
                    out.add(item(s, MessageText.of(errors == 1 ? "clearance.work.error" : "clearance.work.errors", Arg.number(errors)),
                            "/clearance/transactions/" + s.id(), null, false));
                }
            }
            DeclarationStore.Standing r = standing.get(s.id());
            if (r != null) {
                MessageText what = switch (r.status()) {
                    case SENT -> MessageText.of("clearance.work.declaration-sent", Arg.literal(r.sentTo() == null ? "" : r.sentTo()),
                            Arg.date(FileTime.date(r.sentAt(), jurisdiction(s))));
                    case LODGED, ACCEPTED -> MessageText.of("clearance.work.declaration-lodged",
                            Arg.date(FileTime.date(r.lodgedAt(), jurisdiction(s))));
                    case QUERIED -> MessageText.of("clearance.work.declaration-queried");
                    // a rejection is final for its version: a new version is needed, with the errors customs gave
                    case REJECTED -> MessageText.of("clearance.work.declaration-rejected", Arg.literal(rejectionCodes(rejections.get(s.id()))));
                    default -> null;
                };
                if (what != null) {
                    out.add(item(s, what, "/clearance/transactions/" + s.id() + "/declaration", null, false));
                }
            }
        }
        return out;
    }

    /** The error codes of the file's newest rejection ("ICS123, ICS456"), "-" when customs gave none. */
    private static String rejectionCodes(org.tradedesk.clearance.messages.CustomsResponse r) {
        if (r == null) {
            return "-";
        }
        return r.errors().stream().map(org.tradedesk.clearance.messages.CustomsResponse.ResponseError::code).distinct().limit(20)
                .reduce((a, b) -> a + ", " + b).orElse("-");
    }

    /** The dates of a file's items are its own (its jurisdiction's zone, {@link FileTime}). */
    private static org.tradedesk.tariff.Jurisdiction jurisdiction(TransactionSummary s) {
        return s.transaction().details().jurisdiction();
    }

    /**
     * A work item on the file named as users know it (issue 8: the queue showed "#3", our id): its reference and client as
     * the item's subject (data, shown as written); a file without a reference is named in the sentence itself, in the
     * reader's language ({@link TransactionSummary#named()}: "file no. 3 (寶島食品)").
     */
    static WorkItem item(TransactionSummary s, MessageText what, String link, LocalDate due, boolean late) {
        String ref = s.transaction().details().reference();
        if (ref == null || ref.isBlank()) {
            return new WorkItem(AREA, MessageText.of("clearance.work.of-file", Arg.message(what), Arg.message(s.named())), null, link, due, late);
        }
        return new WorkItem(AREA, what, ref.strip() + " · " + s.clientName(), link, due, late);
    }
}
