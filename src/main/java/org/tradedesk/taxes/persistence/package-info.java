/** Saved calculations and the exchange-rate table on the database (JPA); entities and repositories stay package-private. */
package org.tradedesk.taxes.persistence;
