package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.EffectivePeriod;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.domain.ChainDefinition.ValuationBasis;

/**
 * The customs value of each line in the local currency (完稅價格), by the Incoterm of the price and the
 * jurisdiction's basis: CIF where the value includes the freight and insurance to the port of import
 * (Taiwan 關稅法 §29, the EU and UK under WTO Valuation Agreement Art. 8.2), FOB where it stops at
 * the port of export (Australia, Customs Act 1901 Part VIII Division 2). A price that includes main carriage or
 * insurance (CFR, CIF, CPT, CIP, D terms) has its share of them taken out first; other costs are added.
 */
final class Valuation {

    /** Incoterms whose price stops short of the port of import: a CIF valuation must add to it. */
    private static final Set<Incoterm> BEFORE_MAIN_CARRIAGE_OR_INSURANCE =
            EnumSet.of(Incoterm.EXW, Incoterm.FCA, Incoterm.FAS, Incoterm.FOB, Incoterm.CFR, Incoterm.CPT);

    /** One line valued: customs value, transport and insurance, and its shares of the shipment costs. */
    record ValuedLine(BigDecimal customsValue, BigDecimal transportAndInsurance, BigDecimal freight, BigDecimal insurance,
            BigDecimal otherCosts) {
    }

    /** The lines valued, with the shipment's customs value and transport and insurance. */
    record ValuedShipment(List<ValuedLine> lines, BigDecimal customsValue, BigDecimal transportAndInsurance) {
    }

    private Valuation() {
    }

    /**
     * The rate the invoice currency is converted at: given in the request, else the table's in force on
     * the date; null when the invoice is in the local currency. The rate used goes into {@code dataVersions}.
     */
    static ExchangeRate invoiceRate(TaxRequest request, ChainDefinition chain, CurrencyCode invoiceCurrency,
            ExchangeRateTable rates, Map<String, MessageText> dataVersions) {
        CurrencyCode local = chain.currency();
        if (invoiceCurrency.equals(local)) {
            return null;
        }
        EffectivePeriod day = new EffectivePeriod(request.date(), request.date());
        ExchangeRate rate;
        if (request.exchangeRate() != null) {
            rate = new ExchangeRate(chain.jurisdiction(), invoiceCurrency, local, request.exchangeRate(),
                    ExchangeRate.Quotation.LOCAL_PER_FOREIGN, day, "given in the request");
        } else if (request.foreignPerLocalRate() != null) {
            rate = new ExchangeRate(chain.jurisdiction(), invoiceCurrency, local, request.foreignPerLocalRate(),
                    ExchangeRate.Quotation.FOREIGN_PER_LOCAL, day, "given in the request");
        } else {
            rate = rates.find(chain.jurisdiction(), invoiceCurrency, request.date())
                    .orElseThrow(() -> TaxInputInvalid.exchangeRateMissing(invoiceCurrency.value(), chain.jurisdiction(), request.date()));
        }
        dataVersions.put("exchangeRate." + invoiceCurrency, request.exchangeRate() != null || request.foreignPerLocalRate() != null
                ? MessageText.of("taxes.dataVersion.rate.request", MessageText.Arg.message(rate.quoteText()))
                : rate.describeText());
        return rate;
    }

    /**
     * Customs value and transport of each line in the local currency. The shipment's freight, insurance
     * and other costs are converted first and then shared out, so a line's share is a local amount a
     * declaration can state; sharing foreign amounts and converting the shares would carry a 10-decimal
     * division into every later base (1675.24999999995 instead of 1675.25).
     */
    static ValuedShipment value(TaxRequest request, ChainDefinition chain, ExchangeRate rate) {
        List<TaxRequestLine> lines = request.lines();
        int n = lines.size();
        BigDecimal[] freight = CostAllocation.allocate(request, CostAllocation.inCents(toLocal(nz(request.freight()), rate)), "freight");
        BigDecimal[] insurance = CostAllocation.allocate(request, CostAllocation.inCents(toLocal(nz(request.insurance()), rate)), "insurance");
        BigDecimal[] other = CostAllocation.allocate(request, CostAllocation.inCents(toLocal(nz(request.otherCosts()), rate)), "otherCosts");
        Incoterm incoterm = request.incoterm();
        List<ValuedLine> result = new ArrayList<>(n);
        BigDecimal customsValue = BigDecimal.ZERO;
        BigDecimal transportAndInsurance = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal price = lines.get(i).value();
            BigDecimal fob = toLocal(price, rate);
            if (incoterm.includesMainCarriage()) {
                fob = fob.subtract(freight[i]);
            }
            if (incoterm.includesInsurance()) {
                fob = fob.subtract(insurance[i]);
            }
            if (fob.signum() < 0) {
                throw TaxInputInvalid.field("lines[" + i + "].value", MessageText.of("taxes.reason.value.below-costs",
                        Arg.number(price), Arg.literal(incoterm)));
            }
            BigDecimal ti = freight[i].add(insurance[i]);
            BigDecimal cv = chain.valuationBasis() == ValuationBasis.CIF ? fob.add(ti).add(other[i]) : fob.add(other[i]);
            if (chain.customsValueRounding() != null) {
                // the chain's rule for the value itself (TW: 完稅價格 in whole NT$, taxes/chains/TW.json customsValue), per line
                // as each declared item carries it; the shipment's value is the rounded lines added up
                cv = chain.customsValueRounding().apply(cv);
            }
            customsValue = customsValue.add(cv);
            transportAndInsurance = transportAndInsurance.add(ti);
            result.add(new ValuedLine(cv, ti, freight[i], insurance[i], other[i]));
        }
        return new ValuedShipment(result, customsValue, transportAndInsurance);
    }

    /** What the reader must know about the price's Incoterm before trusting the customs value. */
    static List<MessageText> notes(TaxRequest request, ChainDefinition chain) {
        List<MessageText> notes = new ArrayList<>();
        Incoterm incoterm = request.incoterm();
        if (incoterm == Incoterm.DDP) {
            notes.add(MessageText.of("taxes.note.ddp"));
        }
        if (incoterm == Incoterm.EXW || incoterm == Incoterm.FCA) {
            notes.add(MessageText.of("taxes.note.beforeExport", Arg.literal(incoterm)));
        }
        MessageText cif = cifNote(request, chain);
        if (cif != null) {
            notes.add(cif);
        }
        return notes;
    }

    /**
     * A CIF basis (Taiwan 關稅法 §29: 完稅價格 includes the freight and insurance to the port of import)
     * needs the costs an E, F or CFR/CPT price leaves out. Without them the customs value is the bare
     * price and every tax on it is understated; no statutory default is assumed, the note asks for them.
     */
    static MessageText cifNote(TaxRequest request, ChainDefinition chain) {
        Incoterm incoterm = request.incoterm();
        if (chain.valuationBasis() != ValuationBasis.CIF || !BEFORE_MAIN_CARRIAGE_OR_INSURANCE.contains(incoterm)) {
            return null;
        }
        boolean noFreight = !incoterm.includesMainCarriage() && nz(request.freight()).signum() == 0;
        boolean noInsurance = !incoterm.includesInsurance() && nz(request.insurance()).signum() == 0;
        if (!noFreight && !noInsurance) {
            return null;
        }
        String missing = noFreight && noInsurance ? "taxes.cost.freightAndInsurance" : noFreight ? "taxes.cost.freight" : "taxes.cost.insurance";
        return MessageText.of(noFreight && noInsurance ? "taxes.note.cifMissing.both" : "taxes.note.cifMissing.one",
                Arg.code(missing), Arg.literal(chain.jurisdiction()), Arg.literal(incoterm));
    }

    static BigDecimal toLocal(BigDecimal amount, ExchangeRate rate) {
        return rate == null ? amount : rate.toLocal(amount);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
