package org.tradedesk.tariff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.tariff.domain.CountryListRule;
import org.tradedesk.tariff.domain.CountryListRule.Decision;
import org.tradedesk.tariff.domain.CountryListRule.ListDef;
import org.tradedesk.tariff.domain.CountryListRule.Membership;
import org.tradedesk.tariff.importing.EligibilityImporter;
import org.tradedesk.tariff.persistence.EligibilityStore;
import org.tradedesk.tariff.persistence.EligibilityStore.MemberRow;

/**
 * The country lists that decide who may claim a preference (適用國家名單): the Customs Tariff
 * Regulations 2004 Schedule 1 lists behind the Schedule 3 codes FI, LDC, DC, DCS and DCT, the
 * single-country codes, each FTA schedule's parties with the date the agreement entered into force
 * for each, and Taiwan's column II partners. Effective-dated reference data read from the bundled
 * file on start; a manager amends them here, audited. The tax engine asks {@link #check} for every
 * option it would offer.
 */
@Service
public class EligibilityLists {

    static final String AUDIT_SUBJECT = "ELIGIBILITY_LIST";

    private final EligibilityStore store;
    private final EligibilityImporter importer;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.MessageSource bundles;

    private record Held(ListDef def, EligibilityStore.ListRow row, List<MemberRow> members) {
    }

    private volatile Map<String, Held> held;
    private volatile String version;
    private volatile MessageText versionText;
    private volatile Map<Jurisdiction, String> versions = Map.of();
    private volatile Map<Jurisdiction, MessageText> versionTexts = Map.of();

    EligibilityLists(EligibilityStore store, EligibilityImporter importer, AuditTrail audit, Clock clock,
            org.springframework.context.MessageSource bundles) {
        this.bundles = bundles;
        this.store = store;
        this.importer = importer;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        load();
    }

    /** True when a list of that code is held for the jurisdiction: its options are offered only to members. */
    public boolean governs(Jurisdiction jurisdiction, String listCode) {
        return lists().containsKey(key(jurisdiction, listCode));
    }

    /** Whether {@code origin} may claim what list {@code listCode} governs on {@code date}, with the reason and source. */
    public Eligibility check(Jurisdiction jurisdiction, String listCode, CountryCode origin, LocalDate date) {
        Held h = lists().get(key(jurisdiction, listCode));
        String country = origin == null ? null : origin.value();
        if (h == null) {
            return new Eligibility(false, false, listCode,
                    MessageText.of("tariff.eligibility.no-list", Arg.literal(country == null ? "—" : country), Arg.literal(listCode)), null);
        }
        List<Membership> members = h.members.stream().map(m -> new Membership(m.country(), m.validFrom(), m.validTo(),
                "TO_CONFIRM".equals(m.status()))).toList();
        Decision d = CountryListRule.decide(h.def, members, country, date);
        String source = h.def.legalSource();
        Arg o = country == null ? Arg.literal("—") : Arg.country(country);
        Arg list = listArg(jurisdiction, listCode);
        Arg src = sourceArg(jurisdiction, listCode, source);
        MessageText reason = switch (d.outcome()) {
            case NO_ORIGIN -> MessageText.of("tariff.eligibility.no-origin", list);
            // a list that holds no country yet, or one still to confirm against its source, cannot say an origin is not on it:
            // the preference is not assessed, and the reason says so (acceptance review t1fixG 1: "Brazil is not listed for DCS"
            // was printed as fact while Schedule 1 Part 4 had no member entered)
            case NOT_LISTED -> h.def.certainlyNotOn(country) ? MessageText.of("tariff.eligibility.not-listed", o, list, src)
                    : h.members.isEmpty() ? MessageText.of("tariff.eligibility.list-empty", o, list, src)
                    : h.def.toConfirm() ? MessageText.of("tariff.eligibility.not-listed-to-confirm", o, list, src)
                    : MessageText.of("tariff.eligibility.not-listed", o, list, src);
            case NOT_YET_LISTED -> MessageText.of("tariff.eligibility.not-yet", o, list, Arg.date(d.membership().get().validFrom()), src);
            case NO_LONGER_LISTED -> MessageText.of("tariff.eligibility.ended", o, list, Arg.date(d.membership().get().validTo()), src);
            case LISTED -> d.membership().get().validFrom() == null
                    ? MessageText.of("tariff.eligibility.listed", o, list, src)
                    : MessageText.of("tariff.eligibility.listed-from", o, list, Arg.date(d.membership().get().validFrom()), src);
        };
        if (d.eligible() && d.toConfirm()) {
            reason = MessageText.of("tariff.eligibility.to-confirm", Arg.message(reason));
        }
        boolean certain = d.outcome() == CountryListRule.Outcome.NOT_LISTED && h.def.certainlyNotOn(country);
        return new Eligibility(d.eligible(), !certain && (d.toConfirm() || h.members.isEmpty()), listCode, reason, source);
    }

    /**
     * A list's legal source in the reader's language: the bundle's {@code tariff.eligibility.source.<jurisdiction>.<list>}
     * when it holds the list (the shipped lists), else the file's text as given.
     */
    private Arg sourceArg(Jurisdiction jurisdiction, String listCode, String source) {
        String key = "tariff.eligibility.source." + jurisdiction.name() + "." + listCode;
        if (bundles != null && bundles.getMessage(key, null, null, java.util.Locale.ENGLISH) != null) {
            return Arg.message(MessageText.of(key));
        }
        return Arg.literal(source);
    }

    /**
     * A list's name in the reader's language where the bundle holds one ({@code tariff.eligibility.list-name.<jurisdiction>.<list>}:
     * Taiwan's TW_COLUMN_II is 「第二欄」 / "column II"); else its code, which is the scheme code the tariff prints (DCS, CPTPP).
     */
    private Arg listArg(Jurisdiction jurisdiction, String listCode) {
        String key = "tariff.eligibility.list-name." + jurisdiction.name() + "." + listCode;
        if (bundles != null && bundles.getMessage(key, null, null, java.util.Locale.ENGLISH) != null) {
            return Arg.message(MessageText.of(key));
        }
        return Arg.literal(listCode);
    }

    /** {@link #version()} as a message in the reader's language. */
    public MessageText versionText() {
        lists();
        return versionText;
    }

    /** Which version of the lists answers now (file version and amendments), for a result's data versions. */
    public String version() {
        lists();
        return version;
    }

    /**
     * {@link #version()} with the amendments of {@code jurisdiction}'s lists only: what a calculation in that jurisdiction
     * rests on (t1fixL 3: a Taiwanese letter counted every amendment of every list, the Australian ones too).
     */
    public String version(Jurisdiction jurisdiction) {
        lists();
        return versions.getOrDefault(jurisdiction, version);
    }

    /** {@link #version(Jurisdiction)} as a message in the reader's language. */
    public MessageText versionText(Jurisdiction jurisdiction) {
        lists();
        return versionTexts.getOrDefault(jurisdiction, versionText);
    }

    /** Every list of the jurisdiction (all when null) with its members, in code order. */
    public List<EligibilityList> lists(Jurisdiction jurisdiction) {
        List<EligibilityList> out = new ArrayList<>();
        for (Held h : lists().values()) {
            if (jurisdiction != null && !h.row.jurisdiction().equals(jurisdiction.name())) {
                continue;
            }
            out.add(view(h));
        }
        return out;
    }

    public Optional<EligibilityList> list(Jurisdiction jurisdiction, String listCode) {
        return Optional.ofNullable(lists().get(key(jurisdiction, listCode))).map(EligibilityLists::view);
    }

    /**
     * A manager adds a country to a list from {@code from} (to {@code to}, inclusive, when given),
     * naming the source of the change (a gazette notice, an amending Act, a treaty status page).
     */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public long addMember(Jurisdiction jurisdiction, String listCode, CountryCode country, LocalDate from, LocalDate to,
            boolean toConfirm, String source) {
        Held h = lists().get(key(jurisdiction, listCode));
        if (h == null) {
            throw new TradedeskException(TradedeskException.Kind.NOT_FOUND, "tariff.eligibility.list-not-found",
                    "no country list " + jurisdiction + " " + listCode, jurisdiction.name(), listCode);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new TradedeskException("tariff.eligibility.dates", "the last day is before the first day", from, to);
        }
        String status = toConfirm ? "TO_CONFIRM" : "CONFIRMED";
        long id = store.addMember(jurisdiction.name(), listCode, country.value(), from, to, status, source.strip(), CurrentUser.name(),
                clock.instant());
        audit.recordText(AUDIT_SUBJECT, jurisdiction + "/" + listCode, AuditAction.CREATED, null,
                memberAdded(id, country.value(), from, to, status, source.strip()));
        held = null;
        return id;
    }

    /** A manager ends a membership: {@code lastDay} is the last day the country is on the list. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public void endMember(long memberId, LocalDate lastDay, String source) {
        MemberRow m = store.member(memberId).orElseThrow(() -> new TradedeskException(TradedeskException.Kind.NOT_FOUND,
                "tariff.eligibility.member-not-found", "no list membership " + memberId, String.valueOf(memberId)));
        if (m.validFrom() != null && lastDay.isBefore(m.validFrom())) {
            throw new TradedeskException("tariff.eligibility.dates", "the last day is before the first day", m.validFrom(), lastDay);
        }
        store.endMember(memberId, lastDay, source.strip(), CurrentUser.name(), clock.instant());
        audit.recordText(AUDIT_SUBJECT, m.jurisdiction() + "/" + m.listCode(), AuditAction.CHANGED,
                memberUntil(memberId, m.country(), m.validTo(), m.source()), memberUntil(memberId, m.country(), lastDay, source.strip()));
        held = null;
    }

    /**
     * The audit text of a membership a manager enters: a message rendered in the reader's language on {@code /audit}
     * (acceptance review t1fixJ 1: it was an English sentence on {@code /audit?lang=zh-TW}).
     */
    static MessageText memberAdded(long id, String country, LocalDate from, LocalDate to, String status, String source) {
        return MessageText.of("tariff.eligibility.audit.added", Arg.literal(id), Arg.country(country), dayOrOpen(from),
                dayOrOpen(to), Arg.code("tariff.eligibility.audit.status." + status), Arg.literal(source == null ? "" : source));
    }

    /** The audit text of a membership's last day, before and after a manager ends it. */
    static MessageText memberUntil(long id, String country, LocalDate to, String source) {
        return MessageText.of("tariff.eligibility.audit.until", Arg.literal(id), Arg.country(country), dayOrOpen(to),
                Arg.literal(source == null ? "" : source));
    }

    private static Arg dayOrOpen(LocalDate day) {
        return day == null ? Arg.code("tariff.eligibility.audit.open") : Arg.date(day);
    }

    private Map<String, Held> lists() {
        Map<String, Held> h = held;
        return h != null ? h : load();
    }

    private synchronized Map<String, Held> load() {
        try {
            importer.importBundled();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // another instance imported the same file version at the same moment: read what it wrote
        }
        Map<String, List<MemberRow>> byList = new LinkedHashMap<>();
        for (MemberRow m : store.members()) {
            byList.computeIfAbsent(m.jurisdiction() + "/" + m.listCode(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Held> m = new LinkedHashMap<>();
        Map<String, EligibilityImporter.NotMembers> notMembers = importer.notMembers();
        for (EligibilityStore.ListRow l : store.lists()) {
            String k = l.jurisdiction() + "/" + l.code();
            var nm = notMembers.getOrDefault(k, new EligibilityImporter.NotMembers(false, java.util.Set.of()));
            m.put(k, new Held(new ListDef(l.code(), l.legalSource(), "TO_CONFIRM".equals(l.status()), nm.closed(), nm.countries()), l,
                    List.copyOf(byList.getOrDefault(k, List.of()))));
        }
        version = store.describeVersion();
        versionText = store.describeVersionText();
        Map<Jurisdiction, String> byJurisdiction = new java.util.EnumMap<>(Jurisdiction.class);
        Map<Jurisdiction, MessageText> textByJurisdiction = new java.util.EnumMap<>(Jurisdiction.class);
        for (Jurisdiction j : Jurisdiction.values()) {
            byJurisdiction.put(j, store.describeVersion(j.name()));
            textByJurisdiction.put(j, store.describeVersionText(j.name()));
        }
        versions = byJurisdiction;
        versionTexts = textByJurisdiction;
        Map<String, Held> loaded = java.util.Collections.unmodifiableMap(m); // in code order, as the page lists them
        held = loaded;
        return loaded;
    }

    private static String key(Jurisdiction j, String code) {
        return j.name() + "/" + code;
    }

    private static EligibilityList view(Held h) {
        var l = h.row;
        return new EligibilityList(Jurisdiction.valueOf(l.jurisdiction()), l.code(), LocalizedText.of(l.nameZh(), l.nameEn()),
                l.legalSource(), l.sourceUrl(), "TO_CONFIRM".equals(l.status()),
                h.members.stream().map(m -> new EligibilityList.Member(m.id(), m.country(), m.validFrom(), m.validTo(),
                        "TO_CONFIRM".equals(m.status()), m.source(), m.amendedBy() != null, m.amendedBy(), m.amendedAt())).toList());
    }
}
