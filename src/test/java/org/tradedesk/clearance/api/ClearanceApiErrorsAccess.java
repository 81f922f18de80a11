package org.tradedesk.clearance.api;

/** The API's error wording helpers, for tests of other packages. */
public final class ClearanceApiErrorsAccess {

    private ClearanceApiErrorsAccess() {
    }

    public static boolean notWhole(Class<?> type, String value) {
        return ClearanceApiErrors.notWhole(type, value);
    }
}
