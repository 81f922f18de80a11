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
import org.tradedesk.platform.InstanceId;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Reminders mailed to a file's owner — the user who opened the file ({@code created_by}) — in the owner's language:
 * a lodgement deadline (TW 關稅法 第16條: 15 days from the day after arrival) while the file has an arrival date and
 * no declaration; the next deadline of an undecided dispute's review route; both when due within
 * {@code tradedesk.clearance.reminders.days} days (default 3) or passed; and the newest client query of a file
 * awaiting an answer (no document uploaded since) for more than that many days. Each reminder is sent once per item
 * and due day: a {@code clearance_reminder} row is claimed first (unique key, so one run on one instance wins), then
 * the mail goes out over SMTP ({@code spring.mail.*}, from {@code tradedesk.mail.from}), and the outcome — sent, the
 * owner has no address, no mail server, refused — is written to the row and to the file's history. At most once: a
 * reminder whose mail failed is not tried again (the history says so).
 */
@Service
public class ClearanceReminders {

    private static final Logger log = LoggerFactory.getLogger(ClearanceReminders.class);

    /** The history's author for what the job does. */
    public static final String SYSTEM_USER = "tradedesk";
    static final int MAX_FILES = 5000;

    public enum Kind { LODGE, DISPUTE, QUERY }

    public enum Outcome { SENT, NO_ADDRESS, NOT_CONFIGURED, FAILED }

    /**
     * Something due on a file: {@code item} names it uniquely within its kind, {@code dueOn} the day it is due (the last
     * day of a deadline; for a query the day it has waited the allowed days), {@code what} says it as a message,
     * {@code link} is the page where it is done.
     */
    public record Due(Kind kind, String item, LocalDate dueOn, long transactionId, String owner, String reference, MessageText what,
            String link) {
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
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final MessageTexts texts;
    private final InstanceId instance;
    private final Clock clock;
    private final int days;
    private final String from;
    private final String baseUrl;

    ClearanceReminders(TransactionStore transactions, DisputeStore disputes, DeclarationStore declarations, ReminderStore reminders,
            ClearanceDisputes disputeDeadlines, DeadlineRules deadlines, UserNames users, ObjectProvider<JavaMailSender> sender,
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
        for (Due due : dueAll()) {
            if (!reminders.claim(due.kind().name(), due.item(), due.dueOn(), due.transactionId(), due.owner(), instance.value(), now)) {
                claimed++;
                continue;
            }
            Outcome outcome = deliver(due);
            reminders.outcome(due.kind().name(), due.item(), due.dueOn(), outcome.name());
            if (outcome == Outcome.SENT) {
                sent++;
                transactions.note(due.transactionId(), SYSTEM_USER, now, MessageText.of("clearance.history.reminder-sent",
                        Arg.literal(due.owner()), Arg.message(due.what())));
            } else {
                notSent++;
                transactions.note(due.transactionId(), SYSTEM_USER, now, MessageText.of("clearance.history.reminder-not-sent",
                        Arg.literal(due.owner()), Arg.code("clearance.reminder.outcome." + outcome.name()), Arg.message(due.what())));
            }
        }
        return new RunResult(sent, notSent, claimed);
    }

    /** What is due on every open file (no reader's scope: the job works for every owner). */
    List<Due> dueAll() {
        return due(transactions.newest(null, MAX_FILES).stream().filter(t -> !t.status().readOnly()).toList(), today());
    }

    /**
     * What is due on the given files today: lodgement and dispute deadlines within {@link #days()} days or passed,
     * client queries waiting longer than that; the soonest first.
     */
    public List<Due> due(Collection<ClearanceTransaction> files, LocalDate today) {
        Map<Long, ClearanceTransaction> byId = new HashMap<>();
        files.stream().filter(t -> !t.status().readOnly()).forEach(t -> byId.put(t.id().value(), t));
        List<Due> out = new ArrayList<>();
        for (ClearanceTransaction t : byId.values()) {
            long id = t.id().value();
            for (Deadline d : deadlines.compute(t.details().jurisdiction(), ClearanceTransactions.dates(t.details()), today)) {
                if (d.rule().metBy() == DateAnchor.DECLARATION && d.open() && d.daysLeft() != null && d.daysLeft() <= days
                        && declarations.lastLodgedVersion(id) == 0) {
                    out.add(new Due(Kind.LODGE, "t" + id + ":" + d.rule().id(), d.lastDay(), id, t.createdBy(), reference(t),
                            MessageText.of(d.daysLeft() < 0 ? "clearance.reminder.lodge.overdue" : "clearance.reminder.lodge.due",
                                    Arg.date(d.lastDay()), Arg.literal(d.rule().legalReference())),
                            "/clearance/transactions/" + id + "/declaration"));
                }
            }
        }
        for (DisputeView d : disputes.undecided(byId.keySet(), 1000)) {
            ClearanceTransaction t = byId.get(d.transactionId());
            DisputeView withDeadlines = disputeDeadlines.withDeadlines(d, t.details());
            for (DisputeDeadline dl : withDeadlines.deadlines()) {
                if (dl.open() && dl.daysLeft() != null && dl.daysLeft() <= days) {
                    out.add(new Due(Kind.DISPUTE, "d" + d.id() + ":" + dl.step().id(), dl.lastDay(), t.id().value(), t.createdBy(),
                            reference(t), MessageText.of(dl.daysLeft() < 0 ? "clearance.reminder.dispute.overdue"
                                    : "clearance.reminder.dispute.due", Arg.number(d.id()),
                                    Arg.code("clearance.dispute.step." + dl.step().id()), Arg.date(dl.lastDay())),
                            "/clearance/transactions/" + t.id().value() + "/disputes/" + d.id()));
                }
            }
        }
        Instant waitedSince = today.atStartOfDay(clock.getZone()).toInstant().minus(Duration.ofDays(days));
        for (ReminderStore.OpenQuery q : reminders.awaitingQueries(byId.keySet(), waitedSince, 1000)) {
            ClearanceTransaction t = byId.get(q.transactionId());
            LocalDate sentOn = LocalDate.ofInstant(q.sentAt(), clock.getZone());
            out.add(new Due(Kind.QUERY, "q" + q.id(), sentOn.plusDays(days), t.id().value(), t.createdBy(), reference(t),
                    MessageText.of("clearance.reminder.query", Arg.literal(q.contactName()), Arg.date(sentOn)),
                    "/clearance/transactions/" + t.id().value()));
        }
        out.sort(Comparator.comparing(Due::dueOn).thenComparing(Due::transactionId));
        return out;
    }

    /** The reminders recorded for a file, newest first (the file's page). */
    public List<ReminderStore.Sent> sentFor(long transactionId) {
        return reminders.of(transactionId, 50);
    }

    private Outcome deliver(Due due) {
        Optional<UserContact> contact = users.contact(due.owner());
        if (contact.isEmpty() || contact.get().email().isEmpty()) {
            log.warn("Clearance reminder {} {} of file {} not sent: user '{}' has no e-mail address", due.kind(), due.item(),
                    due.transactionId(), due.owner());
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
        String subject = messages.getMessage("clearance.reminder.subject", new Object[] {due.reference(), what}, language);
        String body = messages.getMessage("clearance.reminder.body", new Object[] {contact.get().displayName(), what,
                due.reference(), baseUrl + due.link()}, language);
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
        String ref = t.details().reference();
        return ref == null || ref.isBlank() ? "#" + t.id().value() : "#" + t.id().value() + " " + ref;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
