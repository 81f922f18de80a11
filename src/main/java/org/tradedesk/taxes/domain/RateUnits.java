package org.tradedesk.taxes.domain;

import org.tradedesk.shared.UnitOfMeasure;

/** The bundles' names of the units a rate or a quantity is per, for the working and the documents alike. */
public final class RateUnits {

    private RateUnits() {
    }

    /** The bundle key naming {@code unit} in a rate or a quantity ({@code taxes.rate.unit.PIECE}: 個, No). */
    public static String key(UnitOfMeasure unit) {
        return "taxes.rate.unit." + unit.name();
    }
}
