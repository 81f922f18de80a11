package org.tradedesk.identity;

/** What a bearer token grants its owner on this request; the authentication's details. */
record ApiTokenGrant(String owner, ApiTokenScope scope) {
}
