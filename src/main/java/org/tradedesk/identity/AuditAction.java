package org.tradedesk.identity;

/** What was done to a record that the audit trail keeps. */
public enum AuditAction { CREATED, CHANGED, VIEWED, EXPORTED, ERASED, ARCHIVED, APPROVED, SENT, DELETED, LOGIN_FAILED, LOGIN_THROTTLED }
