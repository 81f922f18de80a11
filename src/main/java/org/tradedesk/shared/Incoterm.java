package org.tradedesk.shared;

import java.util.Locale;

/**
 * Incoterms 2020 rules (國貿條規). For valuation what matters is which costs the invoice price
 * already includes: international freight to the destination port, and insurance.
 */
public enum Incoterm {
    EXW(false, false, false),
    FCA(false, false, false),
    FAS(false, false, true),
    FOB(false, false, true),
    CFR(true, false, true),
    CIF(true, true, true),
    CPT(true, false, false),
    CIP(true, true, false),
    DAP(true, false, false),
    DPU(true, false, false),
    DDP(true, false, false);

    private final boolean includesMainCarriage;
    private final boolean includesInsurance;
    private final boolean seaOnly;

    Incoterm(boolean includesMainCarriage, boolean includesInsurance, boolean seaOnly) {
        this.includesMainCarriage = includesMainCarriage;
        this.includesInsurance = includesInsurance;
        this.seaOnly = seaOnly;
    }

    /** The invoice price already pays for carriage to the destination (C and D rules). */
    public boolean includesMainCarriage() {
        return includesMainCarriage;
    }

    /** The seller must insure (CIF, CIP) so the price includes insurance. */
    public boolean includesInsurance() {
        return includesInsurance;
    }

    /** FAS, FOB, CFR and CIF are for sea and inland waterway transport only. */
    public boolean seaOnly() {
        return seaOnly;
    }

    public static Incoterm parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("shared.incoterm.invalid", MessageText.of("shared.incoterm.required"), "an Incoterm is required");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("shared.incoterm.invalid", MessageText.of("shared.incoterm.unknown", MessageText.Arg.literal(text)), "not an Incoterms 2020 rule: " + text);
        }
    }
}
