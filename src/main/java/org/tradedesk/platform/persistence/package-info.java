/** How the database schema is brought up to date on start (Flyway), including the one repair of the 2026-11 history. */
package org.tradedesk.platform.persistence;
