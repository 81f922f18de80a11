package org.tradedesk.identity;

import java.time.Instant;

/** What a bearer token grants its owner on this request (the authentication's details), and until when. */
record ApiTokenGrant(String owner, ApiTokenScope scope, Instant expiresAt) {
}
