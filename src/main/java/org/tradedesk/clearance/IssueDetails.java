package org.tradedesk.clearance;

/** What the coordinator records of an issue: likelihood and impact are 1 to 5. */
public record IssueDetails(String description, String implications, int likelihood, int impact, String owner) {
}
