/** Clearance files on the database: package-private entities and repositories behind {@link org.tradedesk.clearance.persistence.TransactionStore}. */
package org.tradedesk.clearance.persistence;
