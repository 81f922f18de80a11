package org.tradedesk.tariff;

import java.time.Instant;

/** One imported schedule of a jurisdiction; a calculation names the version it used. */
public record DataVersion(long id, Jurisdiction jurisdiction, String label, Instant importedAt, Long importJobId, boolean active) {
}
