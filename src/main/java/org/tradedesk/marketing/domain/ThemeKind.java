package org.tradedesk.marketing.domain;

/** What a theme found in feedback is: a customer need (P3.3.5), a business opportunity (P3.3.6), a problem or praise. */
public enum ThemeKind {
    NEED, OPPORTUNITY, ISSUE, PRAISE
}
