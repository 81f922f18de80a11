package org.tradedesk.taxes.api;

import java.util.List;
import org.tradedesk.taxes.PenaltyExposure;
import org.tradedesk.taxes.PenaltyRequest;
import org.tradedesk.taxes.SavedCalculation;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.documents.TaxDocuments;

/**
 * The one place where the tax API's JSON records meet the engine's model (issue 7): a field the engine adds,
 * renames or drops changes nothing the API publishes until it is mapped here on purpose
 * ({@code TaxApiContractTest} holds the published contract).
 */
final class TaxJsonMapper {

    private TaxJsonMapper() {
    }

    static TaxRequest toEngine(TaxRequestJson r) {
        return new TaxRequest(r.jurisdiction(), r.date(), r.currency(), r.incoterm(), r.exchangeRate(), r.foreignPerLocalRate(),
                r.exchangeRates(), r.freight(), r.insurance(), r.otherCosts(),
                r.allocation() == null ? null : TaxRequest.AllocationBasis.valueOf(r.allocation().name()),
                r.consignment() == null ? null : TaxRequest.Consignment.valueOf(r.consignment().name()),
                r.lines() == null ? null : r.lines().stream().map(TaxJsonMapper::toEngine).toList(),
                r.invoiceNumber(), r.invoiceDate());
    }

    private static TaxRequestLine toEngine(TaxRequestJson.Line l) {
        return new TaxRequestLine(l.description(), l.tariffCode(), l.origin(), l.value(), l.quantity(), l.unit(), l.netMassKg(),
                l.litres(), l.alcoholByVolume(), l.sucrosePercent(), l.fuelEfficient(), l.scheme(), l.measures(),
                l.options() == null ? null : l.options().stream().map(o -> new TaxRequestLine.DutyOptionRequest(o.scheme(),
                        o.label(), o.duty(), o.requires(), o.reference())).toList(),
                l.totalSolubleSolidsPercent(), l.retailPrice(), l.annualProductionHl(), l.draught());
    }

    static TaxRequestJson toJson(TaxRequest r) {
        return new TaxRequestJson(r.jurisdiction(), r.date(), r.currency(), r.incoterm(), r.exchangeRate(), r.foreignPerLocalRate(),
                r.exchangeRates(), r.freight(), r.insurance(), r.otherCosts(),
                r.allocation() == null ? null : TaxRequestJson.Allocation.valueOf(r.allocation().name()),
                r.consignment() == null ? null : TaxRequestJson.Consignment.valueOf(r.consignment().name()),
                r.lines() == null ? null : r.lines().stream().map(TaxJsonMapper::toJson).toList(),
                r.invoiceNumber(), r.invoiceDate());
    }

    private static TaxRequestJson.Line toJson(TaxRequestLine l) {
        return new TaxRequestJson.Line(l.description(), l.tariffCode(), l.origin(), l.value(), l.quantity(), l.unit(), l.netMassKg(),
                l.litres(), l.alcoholByVolume(), l.sucrosePercent(), l.fuelEfficient(), l.scheme(), l.measures(),
                l.options().stream().map(o -> new TaxRequestJson.Option(o.scheme(), o.label(), o.duty(), o.requires(),
                        o.reference())).toList(),
                l.totalSolubleSolidsPercent(), l.retailPrice(), l.annualProductionHl(), l.draught());
    }

    static TaxResultJson toJson(TaxResult r) {
        if (r == null) {
            return null;
        }
        return new TaxResultJson(r.jurisdiction(), r.date(), r.currency(), r.customsValue(), r.transportAndInsurance(),
                r.lines().stream().map(l -> new TaxResultJson.Line(l.line(), l.description(), l.tariffCode(), l.origin(),
                        l.scheme(), l.customsValue(), l.transportAndInsurance(), l.litresOfAlcohol(), l.lowValue(), l.taxes(),
                        l.total(), l.freightShare(), l.insuranceShare(), l.otherCostsShare())).toList(),
                r.taxes().stream().map(t -> new TaxResultJson.Tax(t.code(), t.label(), t.base(), t.rate(), t.amount(),
                        t.displayAmount(), t.collected() && !waived(r, t.code()), law(t.legalReference()), t.legalReference())).toList(),
                payable(r.total(), r.jurisdiction(), TaxDocuments.chainVersion(r), r.date(), r.currency()),
                payable(r.totalDisplay(), r.jurisdiction(), TaxDocuments.chainVersion(r), r.date(), r.currency()),
                r.options().stream().map(o -> new TaxResultJson.Option(o.line(), o.scheme(), o.label(), o.duty(), o.dutyAmount(),
                        o.total(), o.saving(), o.requires(), o.cheapest(), o.selected())).toList(),
                r.steps().stream().map(s -> new TaxResultJson.Step(s.line(), s.code(), s.label(), s.baseFormula(), s.base(),
                        s.rate(), s.rateSource(), s.amountExact(), s.amount(), s.rounding(), s.collected() && !waived(s), law(s.legalReference()),
                        s.legalReference(), s.explanation(), s.baseTerms(), s.quantityBase())).toList(),
                r.dataVersions(), r.notes(),
                r.sources().stream().map(s -> new TaxResultJson.Source(s.kind(), s.subject(),
                        new org.tradedesk.platform.MessageTextJson.TextInAnswer(s.versionText(), s.version()), s.effectiveFrom(),
                        s.effectiveTo(), s.publisher(), s.rate(), s.quotation(), s.fromRequest(), s.versionText(),
                        (TaxResult.DataSource.EXCHANGE_RATE.equals(s.kind()) && !s.fromRequest())
                                || TaxResult.DataSource.THRESHOLD.equals(s.kind()) ? s.publisherMessage() : null)).toList(),
                r.complete(), r.notComputed());
    }

    /**
     * The provision in the reader's language (rendered with the answer's other texts); {@code legalCitation} keeps it as the
     * engine recorded it (review r-t1b 2).
     */
    private static org.tradedesk.shared.MessageText law(String citation) {
        return org.tradedesk.taxes.documents.LegalReferenceTexts.message(citation);
    }

    /**
     * A total at the scale the law pays it (whole NT$: 604104, not 604104.000000 as the saved column holds it; AUD 1234.50):
     * acceptance review r-t1 F6, one form of a money figure.
     */
    private static java.math.BigDecimal payable(java.math.BigDecimal total, String jurisdiction, String chainVersion,
            java.time.LocalDate date, String currency) {
        return TaxDocuments.payable(total, jurisdiction, chainVersion, date, currency);
    }

    /**
     * A step the law computed but does not collect this time: its amount came to something and is zero (Taiwan's trade
     * promotion fee of NT$100 or less, 不予徵收). The API's {@code collected} says whether the amount is payable, so false
     * (issue 6); the chain's flag, which the worksheet's formulas use when a changed input makes it payable, is kept.
     */
    private static boolean waived(TaxResult.TaxStep s) {
        return s.amount() != null && s.amount().signum() == 0 && s.amountExact() != null && s.amountExact().signum() > 0;
    }

    /** A tax every step of which was {@link #waived(TaxResult.TaxStep) waived}. */
    private static boolean waived(TaxResult r, String code) {
        List<TaxResult.TaxStep> steps = r.steps().stream().filter(s -> s.code().equals(code)).toList();
        return !steps.isEmpty() && steps.stream().allMatch(TaxJsonMapper::waived);
    }

    static SavedCalculationJson toJson(SavedCalculation c) {
        return new SavedCalculationJson(c.id() == null ? null : c.id().value(), c.clientId() == null ? null : c.clientId().value(),
                c.jurisdiction(), c.date(), c.status(), c.currency(), payable(c.total(), c.jurisdiction(), c.chainVersion(), c.date(), c.currency()), c.chainVersion(),
                c.request() == null ? null : toJson(c.request()), toJson(c.result()), c.createdBy(), c.createdAt(),
                c.approvedBy(), c.approvedAt(), c.version());
    }

    static SavedCalculationJson.Summary toJson(SavedCalculation.Summary s) {
        return new SavedCalculationJson.Summary(s.id() == null ? null : s.id().value(),
                s.clientId() == null ? null : s.clientId().value(), s.jurisdiction(), s.date(), s.status(), s.currency(),
                payable(s.total(), s.jurisdiction(), s.chainVersion(), s.date(), s.currency()), s.createdBy(), s.createdAt());
    }

    static SavedCalculationJson.Rerun toJson(SavedCalculation.Rerun r) {
        return new SavedCalculationJson.Rerun(r.id() == null ? null : r.id().value(), r.identical(), toJson(r.saved()),
                toJson(r.rerun()));
    }

    static PenaltyRequest toEngine(PenaltyJson.Request r) {
        return new PenaltyRequest(r.jurisdiction(), r.date(), r.shortfall(), r.daysLateDeclaration(), r.daysLatePayment(),
                r.unpaidTax(), r.voluntaryDisclosure(), r.businessTaxShortfall(), r.goodsValue(), r.multiples());
    }

    static PenaltyJson.Exposure toJson(PenaltyExposure e) {
        // every amount with its currency's ISO minor units, as the platform writes money (MoneyJson): AUD 19800.00 and TWD
        // 2000.00, not 19800.00 beside 2000 (acceptance review t1fixG 3). Padding only: each figure is already rounded where
        // the law rounds it (TW whole dollars, AU cents), so no digit is dropped
        int scale = org.tradedesk.shared.CurrencyCode.of(e.currency()).isoFractionDigits();
        List<PenaltyJson.Item> items = e.items().stream().map(i -> new PenaltyJson.Item(i.code(), i.label(), padded(i.low(), scale),
                padded(i.high(), scale), i.reckoning(), i.legalBasis())).toList();
        return new PenaltyJson.Exposure(e.jurisdiction(), e.currency(), items, padded(e.lowTotal(), scale), padded(e.highTotal(), scale),
                e.notes());
    }

    private static java.math.BigDecimal padded(java.math.BigDecimal amount, int scale) {
        return amount == null || amount.scale() >= scale ? amount : amount.setScale(scale);
    }
}
