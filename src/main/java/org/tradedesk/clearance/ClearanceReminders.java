package org.tradedesk.clearance;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.tradedesk.clearance.domain.DateAnchor;
import org.tradedesk.clearance.domain.Deadline;
import org.tradedesk.clearance.domain.DeadlineRules;
import org.tradedesk.clearance.domain.DisputeDeadline;
import org.tradedesk.clearance.persistence.DeclarationStore;
import org.tradedesk.clearance.persistence.DisputeStore;
import org.tradedesk.clearance.persistence.ReminderStore;
import org.tradedesk.clearance.persistence.TransactionStore;
import org.tradedesk.identity.UserContact;
import org.tradedesk.identity.UserNames;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.platform.InstanceId;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Reminders mailed about a file, each in its recipient's language (the user's language in identity): a lodgement
 * deadline (TW 關稅法 第16條: 15 days from the day after arrival) while the file has an arrival date and no declaration;
 * customs' 補辦期限 (TW N5107: the documents customs asked for, by the day it gave) until they come in or customs moves on;
 * the next deadline of an undecided dispute's review route; both when due within {@code tradedesk.clearance.reminders.days}
 * days (default 3) or passed; and the newest client query of a file awaiting an answer (no document uploaded since) for
 * more than that many days.
 *
 * <p>Who is told, and when: the file's owners — the users assigned to the file's client, or the user who opened the file
 * when none is — once when a deadline comes within the days ({@code AHEAD}), again on the day it falls due ({@code DUE}),
 * and once when it has passed ({@code OVERDUE}); when it has passed the enabled managers are told once too
 * ({@code MANAGER}; a manager who is an owner is told as an owner only). A query is reminded to the owners once.
 *
 * <p>Each mail is sent once per item, stage, recipient and due day: a {@code clearance_reminder} row is claimed first
 * (unique key (kind, item, due day), the item naming the stage and the recipient, so one run on one instance wins), then
 * the mail goes out over SMTP ({@code spring.mail.*}, from {@code tradedesk.mail.from}), and the outcome — sent, no
 * address, no mail server, refused — is written to the row and to the file's history. At most once: a mail that failed is
 * not tried again (the history says so).
 */
@Service
public class ClearanceReminders {

    private static final Logger log = LoggerFactory.getLogger(ClearanceReminders.class);

    /** The history's author for what the job does. */
    public static final String SYSTEM_USER = "tradedesk";
    static final int MAX_FILES = 5000;

    /**
     * LODGE: the lodgement deadline; DOCUMENTS: customs' 補辦期限 (N5107); DISPUTE: a review step; QUERY: a client query;
     * PAYMENT: the duty payment deadline (a deadline met by the payment: TW tw-pay, 關稅法 第43條); REVIEW: the window to
     * dispute the assessment while no dispute is open (a file deadline that is the first step of the jurisdiction's review
     * route: TW 復查 tw-review, AU protest au-protest; t4fixAD M3).
     */
    public enum Kind { LODGE, DOCUMENTS, DISPUTE, QUERY, PAYMENT, REVIEW }

    public enum Outcome { SENT, NO_ADDRESS, NOT_CONFIGURED, FAILED }

    /**
     * Something due on a file: {@code item} names it uniquely within its kind, {@code dueOn} the day it is due (the last
     * day of a deadline; for a query the day it has waited the allowed days), {@code what} says it as a message,
     * {@code link} is the page where it is done; {@code owner} the user who opened the file, {@code clientId} its client
     * (whose assigned users own the file).
     */
    public record Due(Kind kind, String item, LocalDate dueOn, long transactionId, String owner, String reference, MessageText what,
            String link, long clientId) {
    }

    /** When a deadline's reminder goes, and to whom: owners ahead, on the day and once passed; managers once passed. */
    public enum Stage { AHEAD, DUE, OVERDUE, MANAGER }

    /** One mail of a run: the stage and the recipient's username. */
    record Delivery(Stage stage, String recipient) {
    }

    /** What a run did. */
    public record RunResult(int sent, int notSent, int alreadyClaimed) {
    }

    private final TransactionStore transactions;
    private final DisputeStore disputes;
    private final DeclarationStore declarations;
    private final ReminderStore reminders;
    private final ClearanceDisputes disputeDeadlines;
    private final DeadlineRules deadlines;
    private final UserNames users;
    private final ClientDirectory clients;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final MessageTexts texts;
    private final InstanceId instance;
    private final Clock clock;
    private final int days;
    private final String from;
    private final String baseUrl;

    ClearanceReminders(TransactionStore transactions, DisputeStore disputes, DeclarationStore declarations, ReminderStore reminders,
            ClearanceDisputes disputeDeadlines, DeadlineRules deadlines, UserNames users, ClientDirectory clients,
            ObjectProvider<JavaMailSender> sender,
            MessageSource messages, MessageTexts texts, InstanceId instance, Clock clock,
            @Value("${tradedesk.clearance.reminders.days:3}") int days,
            @Value("${tradedesk.mail.from:tradedesk@localhost}") String from,
            @Value("${tradedesk.base-url:http://localhost:8080}") String baseUrl) {
        this.transactions = transactions;
        this.disputes = disputes;
        this.declarations = declarations;
        this.reminders = reminders;
        this.disputeDeadlines = disputeDeadlines;
        this.deadlines = deadlines;
        this.users = users;
        this.clients = clients;
        this.sender = sender;
        this.messages = messages;
        this.texts = texts;
        this.instance = instance;
        this.clock = clock;
        if (days < 0 || days > 365) {
            throw new IllegalStateException("tradedesk.clearance.reminders.days must be 0 to 365: " + days);
        }
        this.days = days;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The days ahead a deadline is reminded of, and the days a query may wait. */
    public int days() {
        return days;
    }

    /** Every day at 07:00 in the application's zone unless {@code tradedesk.clearance.reminders.cron} says otherwise ("-": never). */
    @Scheduled(cron = "${tradedesk.clearance.reminders.cron:0 0 7 * * *}", zone = "${tradedesk.clearance.reminders.zone:Asia/Taipei}")
    void scheduled() {
        RunResult r = run();
        log.info("Clearance reminders: {} sent, {} not sent, {} already claimed", r.sent(), r.notSent(), r.alreadyClaimed());
    }

    /** One run over every open file. Not transactional: each reminder is claimed, mailed and recorded on its own. */
    public RunResult run() {
        Instant now = Instant.now(clock);
        int sent = 0;
        int notSent = 0;
        int claimed = 0;
        Map<Long, List<String>> owners = new HashMap<>();
        List<String> managers = null;
        List<ClearanceTransaction> files = openFiles();
        Map<Long, org.tradedesk.tariff.Jurisdiction> where = new HashMap<>();
        files.forEach(t -> where.put(t.id().value(), t.details().jurisdiction()));
        for (Due due : due(files)) {
            // today where the file is (its jurisdiction's zone): a deadline is due or passed there
            LocalDate today = FileTime.today(clock, where.get(due.transactionId()));
            List<String> fileOwners = owners.computeIfAbsent(due.clientId(), c -> assignees(c));
            fileOwners = fileOwners.isEmpty() ? List.of(due.owner()) : fileOwners;
            if (managers == null && due.kind() != Kind.QUERY && due.dueOn().isBefore(today)) {
                managers = users.managers().stream().map(UserContact::username).toList();
            }
            for (Delivery delivery : deliveries(due, today, fileOwners, managers == null ? List.of() : managers)) {
                String item = item(due, delivery);
                if (!reminders.claim(due.kind().name(), item, due.dueOn(), due.transactionId(), delivery.recipient(), instance.value(),
                        now)) {
                    claimed++;
                    continue;
                }
                Outcome outcome = deliver(due, delivery, fileOwners);
                reminders.outcome(due.kind().name(), item, due.dueOn(), outcome.name());
                if (outcome == Outcome.SENT) {
                    sent++;
                    transactions.note(due.transactionId(), SYSTEM_USER, now, MessageText.of("clearance.history.reminder-sent",
                            Arg.literal(delivery.recipient()), Arg.message(due.what())));
                } else {
                    notSent++;
                    transactions.note(due.transactionId(), SYSTEM_USER, now, MessageText.of("clearance.history.reminder-not-sent",
                            Arg.literal(delivery.recipient()), Arg.code("clearance.reminder.outcome." + outcome.name()),
                            Arg.message(due.what())));
                }
            }
        }
        return new RunResult(sent, notSent, claimed);
    }

    /**
     * The mails a due item gives today: a deadline within the days → its owners ({@code AHEAD}); on its last day → its owners
     * again ({@code DUE}); passed → its owners ({@code OVERDUE}) and the managers who are not owners ({@code MANAGER}); a
     * query → its owners. The claim makes each go once.
     */
    static List<Delivery> deliveries(Due due, LocalDate today, List<String> owners, List<String> managers) {
        List<Delivery> out = new ArrayList<>();
        Stage stage = due.kind() == Kind.QUERY || due.dueOn().isAfter(today) ? Stage.AHEAD
                : due.dueOn().isEqual(today) ? Stage.DUE : Stage.OVERDUE;
        owners.forEach(o -> out.add(new Delivery(stage, o)));
        if (stage == Stage.OVERDUE) {
            managers.stream().filter(m -> !owners.contains(m)).forEach(m -> out.add(new Delivery(Stage.MANAGER, m)));
        }
        return out;
    }

    /** The claim's item: the due item, the stage and the recipient (at most 100 characters, the column's width). */
    static String item(Due due, Delivery delivery) {
        String item = due.item() + "/" + delivery.stage() + "/" + delivery.recipient();
        return item.length() <= 100 ? item : item.substring(0, 91) + "#" + Integer.toHexString(item.hashCode());
    }

    private List<String> assignees(long clientId) {
        try {
            return clients.assignees(new ClientId(clientId));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** What is due on every open file (no reader's scope: the job works for every owner). */
    List<Due> dueAll() {
        return due(openFiles());
    }

    private List<ClearanceTransaction> openFiles() {
        return transactions.newest(null, MAX_FILES).stream().filter(t -> !t.status().readOnly()).toList();
    }

    /**
     * What is due on the given files today: lodgement and dispute deadlines within {@link #days()} days or passed,
     * client queries waiting longer than that; the soonest first.
     */
    public List<Due> due(Collection<ClearanceTransaction> files) {
        Map<Long, ClearanceTransaction> byId = new HashMap<>();
        files.stream().filter(t -> !t.status().readOnly()).forEach(t -> byId.put(t.id().value(), t));
        List<Due> out = new ArrayList<>();
        List<DisputeView> undecided = disputes.undecided(byId.keySet(), 1000);
        for (ClearanceTransaction t : byId.values()) {
            long id = t.id().value();
            LocalDate today = FileTime.today(clock, t.details().jurisdiction());
            for (Deadline d : deadlines.compute(t.details().jurisdiction(), ClearanceTransactions.directionOf(t), ClearanceTransactions.dates(t), today)) {
                if (d.rule().metBy() == DateAnchor.DECLARATION && d.open() && d.daysLeft() != null && d.daysLeft() <= days
                        && declarations.lastLodgedVersion(id) == 0) {
                    out.add(new Due(Kind.LODGE, "t" + id + ":" + d.rule().id(), d.lastDay(), id, t.createdBy(), reference(t),
                            MessageText.of(d.daysLeft() < 0 ? "clearance.reminder.lodge.overdue" : "clearance.reminder.lodge.due",
                                    Arg.date(d.lastDay()), Arg.message(d.rule().legalText())),
                            "/clearance/transactions/" + id + "/declaration", t.details().clientId().value()));
                }
                if (d.rule().given() && d.open() && d.daysLeft() != null && d.daysLeft() <= days) {
                    // customs' 補辦期限 (N5107): the documents it asked for, by the last day it gave (moved off a rest day);
                    // the due day is in the claim, so a later notice with another day is reminded anew
                    out.add(new Due(Kind.DOCUMENTS, "t" + id + ":" + d.rule().id(), d.lastDay(), id, t.createdBy(), reference(t),
                            MessageText.of(d.daysLeft() < 0 ? "clearance.reminder.documents.overdue" : "clearance.reminder.documents.due",
                                    Arg.date(d.lastDay()), Arg.message(d.rule().legalText())),
                            "/clearance/transactions/" + id, t.details().clientId().value()));
                }
                if (d.rule().metBy() == DateAnchor.DUTY_PAID && d.open() && d.daysLeft() != null && d.daysLeft() <= days) {
                    // the duties and taxes of the notice, to pay by the last day (TW 關稅法 第43條: 14 days), until paid
                    out.add(new Due(Kind.PAYMENT, "t" + id + ":" + d.rule().id(), d.lastDay(), id, t.createdBy(), reference(t),
                            MessageText.of(d.daysLeft() < 0 ? "clearance.reminder.payment.overdue" : "clearance.reminder.payment.due",
                                    Arg.date(d.lastDay()), Arg.message(d.rule().legalText())),
                            "/clearance/transactions/" + id, t.details().clientId().value()));
                }
                if (disputeWindow(t, d) && d.open() && d.daysLeft() != null && d.daysLeft() >= 0 && d.daysLeft() <= days
                        && disputes.disputes(id).isEmpty()) {
                    // the window to dispute the assessment, while no dispute was opened on the file, as closing asks
                    // (ClearanceTransactions.disputeWindow): an open one is reminded of its own steps, a decided one goes on by
                    // its route, not by filing the first step again; once passed the right is lost: not reminded as overdue
                    out.add(new Due(Kind.REVIEW, "t" + id + ":" + d.rule().id(), d.lastDay(), id, t.createdBy(), reference(t),
                            MessageText.of("clearance.reminder.review.due", Arg.code("clearance.deadline." + d.rule().id()),
                                    Arg.date(d.lastDay()), Arg.message(d.rule().legalText())),
                            "/clearance/transactions/" + id + "/disputes/new", t.details().clientId().value()));
                }
            }
        }
        for (DisputeView d : undecided) {
            ClearanceTransaction t = byId.get(d.transactionId());
            DisputeView withDeadlines = disputeDeadlines.withDeadlines(d, t.details());
            for (DisputeDeadline dl : withDeadlines.deadlines()) {
                if (dl.open() && dl.daysLeft() != null && dl.daysLeft() <= days) {
                    out.add(new Due(Kind.DISPUTE, "d" + d.id() + ":" + dl.step().id(), dl.lastDay(), t.id().value(), t.createdBy(),
                            reference(t), MessageText.of(dl.daysLeft() < 0 ? "clearance.reminder.dispute.overdue"
                                    : "clearance.reminder.dispute.due", Arg.message(d.named()), // by its decision, not its id (issue 8)
                                    Arg.code("clearance.dispute.step." + dl.step().id()), Arg.date(dl.lastDay())),
                            "/clearance/transactions/" + t.id().value() + "/disputes/" + d.id(), t.details().clientId().value()));
                }
            }
        }
        // a query waits from the day it was sent where the file is: the store's cut (now less the days) takes every query
        // that may have waited long enough, each then checked on its own file's dates
        Instant waitedSince = Instant.now(clock).minus(Duration.ofDays(days));
        for (ReminderStore.OpenQuery q : reminders.awaitingQueries(byId.keySet(), waitedSince, 1000)) {
            ClearanceTransaction t = byId.get(q.transactionId());
            LocalDate sentOn = FileTime.date(q.sentAt(), t.details().jurisdiction());
            if (!sentOn.plusDays(days).isBefore(FileTime.today(clock, t.details().jurisdiction()))) {
                continue;
            }
            out.add(new Due(Kind.QUERY, "q" + q.id(), sentOn.plusDays(days), t.id().value(), t.createdBy(), reference(t),
                    MessageText.of("clearance.reminder.query", Arg.literal(q.contactName()), Arg.date(sentOn)),
                    "/clearance/transactions/" + t.id().value(), t.details().clientId().value()));
        }
        out.sort(Comparator.comparing(Due::dueOn).thenComparing(Due::transactionId));
        return out;
    }

    /**
     * Whether the file's deadline is the window to dispute the assessment: the first step of the jurisdiction's review
     * route (data: {@code clearance/review-routes.tsv}), held as a file deadline under the same id (TW tw-review 復查,
     * AU au-protest).
     */
    boolean disputeWindow(ClearanceTransaction t, Deadline d) {
        List<org.tradedesk.clearance.domain.ReviewStep> route = disputeDeadlines.route(t.details().jurisdiction());
        return !route.isEmpty() && route.get(0).id().equals(d.rule().id());
    }

    /** The reminders recorded for a file, newest first (the file's page). */
    public List<ReminderStore.Sent> sentFor(long transactionId) {
        return reminders.of(transactionId, 50);
    }

    private Outcome deliver(Due due, Delivery delivery, List<String> owners) {
        Optional<UserContact> contact = users.contact(delivery.recipient());
        if (contact.isEmpty() || contact.get().email().isEmpty()) {
            log.warn("Clearance reminder {} {} of file {} not sent: user '{}' has no e-mail address", due.kind(), due.item(),
                    due.transactionId(), delivery.recipient());
            return Outcome.NO_ADDRESS;
        }
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.warn("Clearance reminder {} {} of file {} not sent: no mail server is configured (spring.mail.host)", due.kind(),
                    due.item(), due.transactionId());
            return Outcome.NOT_CONFIGURED;
        }
        Locale language = contact.get().locale();
        String what = texts.render(due.what(), language);
        // the file by its reference (the file number only without one), never "#<id>" (issue 8)
        String file = texts.render(org.tradedesk.clearance.domain.TransactionNames.named(due.reference(), null, due.transactionId()), language);
        String subject = messages.getMessage("clearance.reminder.subject", new Object[] {file, what}, language);
        String body = delivery.stage() == Stage.MANAGER
                ? messages.getMessage("clearance.reminder.body.manager", new Object[] {contact.get().displayName(), what,
                        file, baseUrl + due.link(), String.join(", ", owners)}, language)
                : messages.getMessage(delivery.stage() == Stage.DUE ? "clearance.reminder.body.today" : "clearance.reminder.body",
                        new Object[] {contact.get().displayName(), what, file, baseUrl + due.link()}, language);
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(contact.get().email().get());
            helper.setSubject(subject);
            helper.setText(body, false);
            mailSender.send(message);
            return Outcome.SENT;
        } catch (MessagingException | MailException e) {
            log.warn("Clearance reminder {} {} of file {} refused by the mail server: {}", due.kind(), due.item(), due.transactionId(),
                    e.getMessage());
            return Outcome.FAILED;
        }
    }

    private static String reference(ClearanceTransaction t) {
        // the desk's reference as written (null without one): named in the reader's language when the mail is written
        String ref = t.details().reference();
        return ref == null || ref.isBlank() ? null : ref.strip();
    }

}
