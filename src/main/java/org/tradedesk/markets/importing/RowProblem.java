package org.tradedesk.markets.importing;

/** One row cannot be used; the reader records it as a rejection and goes on. Never leaves the package. */
final class RowProblem extends RuntimeException {

    final String code;
    final String detail;

    RowProblem(String code, String detail) {
        super(detail, null, false, false);
        this.code = code;
        this.detail = detail;
    }
}
