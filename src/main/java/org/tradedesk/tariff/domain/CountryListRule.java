package org.tradedesk.tariff.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an origin is on a country list on a date (Customs Tariff Act 1995 s 14: a rate
 * marked DCS "applies in relation to every Developing Country specified in Part 4 of Schedule 1 to
 * the regulations"; an FTA schedule applies to a party from the agreement's entry into force for it).
 * A membership counts from its {@code validFrom} (none: since before the data begins) up to and
 * including its {@code validTo}. Plain Java: the list page, the tax engine and the tests share it.
 */
public final class CountryListRule {

    /**
     * A list's definition as the rule needs it. {@code closed}: no country other than those entered can be on it (an
     * FTA's parties, a single-country code), so an origin not entered is certainly not on it even while the list's dates
     * are to confirm. {@code notMembers}: countries certainly not on it, with a cited basis (reference-data/eligibility/
     * not-members.tsv), so their absence is no open question either.
     */
    public record ListDef(String code, String legalSource, boolean toConfirm, boolean closed, java.util.Set<String> notMembers) {

        public ListDef(String code, String legalSource, boolean toConfirm) {
            this(code, legalSource, toConfirm, false, java.util.Set.of());
        }

        /** True when {@code origin}'s absence from the list is certain, whatever the list's status. */
        public boolean certainlyNotOn(String origin) {
            return closed || notMembers.contains(origin);
        }
    }

    /** One membership row. */
    public record Membership(String country, LocalDate validFrom, LocalDate validTo, boolean toConfirm) {

        boolean covers(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
        }
    }

    /** Why the origin qualifies or not. */
    public enum Outcome {
        LISTED, NOT_LISTED, NOT_YET_LISTED, NO_LONGER_LISTED, NO_ORIGIN
    }

    /** The outcome and the membership it rests on (the one in force, or the nearest one that is not). */
    public record Decision(Outcome outcome, Optional<Membership> membership, boolean toConfirm) {

        public boolean eligible() {
            return outcome == Outcome.LISTED;
        }
    }

    private CountryListRule() {
    }

    public static Decision decide(ListDef list, List<Membership> members, String origin, LocalDate date) {
        if (origin == null) {
            return new Decision(Outcome.NO_ORIGIN, Optional.empty(), false);
        }
        List<Membership> own = members.stream().filter(m -> m.country().equals(origin)).toList();
        Optional<Membership> inForce = own.stream().filter(m -> m.covers(date)).findFirst();
        if (inForce.isPresent()) {
            // a confirmed membership stands even on a list not yet checked as a whole (a manager confirmed that country)
            return new Decision(Outcome.LISTED, inForce, inForce.get().toConfirm());
        }
        Optional<Membership> later = own.stream().filter(m -> m.validFrom() != null && date.isBefore(m.validFrom()))
                .min(Comparator.comparing(Membership::validFrom));
        if (later.isPresent()) {
            return new Decision(Outcome.NOT_YET_LISTED, later, list.toConfirm() || later.get().toConfirm());
        }
        Optional<Membership> ended = own.stream().filter(m -> m.validTo() != null && date.isAfter(m.validTo()))
                .max(Comparator.comparing(Membership::validTo));
        if (ended.isPresent()) {
            return new Decision(Outcome.NO_LONGER_LISTED, ended, list.toConfirm() || ended.get().toConfirm());
        }
        return new Decision(Outcome.NOT_LISTED, Optional.empty(), list.toConfirm() && !list.certainlyNotOn(origin));
    }
}
