package org.tradedesk.clearance;

/** An issue is OPEN until a solution is chosen and confirmed by the client, then RESOLVED (final). */
public enum IssueStatus { OPEN, RESOLVED }
