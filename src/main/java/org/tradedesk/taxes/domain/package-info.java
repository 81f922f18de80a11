/**
 * The engine itself, plain Java: valuation, chain definitions and their evaluation, the ports to
 * the exchange-rate table and the tariff catalogue, penalty exposure. No Spring, no JPA.
 */
package org.tradedesk.taxes.domain;
