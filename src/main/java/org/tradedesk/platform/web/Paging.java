package org.tradedesk.platform.web;

import org.springframework.data.domain.PageRequest;
import org.tradedesk.shared.TradedeskException;

/**
 * The one bound on a page asked for by number (issue 11): a page number below 0 is the first page, a
 * size is held between 1 and the surface's largest, and a page whose first row lies more than
 * {@link #MAX_OFFSET} rows in is refused with a 400 naming the largest page, before any query runs.
 * Without it {@code page=2147483647&size=200} asked the database for an offset past an int (a 500) and a
 * large page number made it skip millions of rows. A page past the last row but inside the bound is
 * the ordinary empty page with the total.
 */
public final class Paging {

    /** Rows a page may skip: 100,000 (page 499 at 200 a page, page 3,999 at 25). */
    public static final long MAX_OFFSET = 100_000;

    private Paging() {
    }

    public static PageRequest of(int page, int size, int maxSize) {
        int boundedSize = Math.max(1, Math.min(size, maxSize));
        int boundedPage = Math.max(page, 0);
        if ((long) boundedPage * boundedSize > MAX_OFFSET) {
            long last = MAX_OFFSET / boundedSize;
            throw new PageOutOfRange(boundedPage, last);
        }
        return PageRequest.of(boundedPage, boundedSize);
    }

    /** A page number past what any listing may skip: the caller's input, answered 400 with the largest page allowed. */
    public static final class PageOutOfRange extends TradedeskException {
        PageOutOfRange(int page, long last) {
            super("platform.paging.out-of-range", "page " + page + " is past the last page that may be asked for (" + last + ")",
                    String.valueOf(page), String.valueOf(last));
        }
    }
}
