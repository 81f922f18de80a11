/**
 * T4 border clearance (通關): the coordinator's working file for one import or export shipment, from the
 * first document to the final record — documents and their checks, queries to the client, issues and
 * alternative solutions, the declaration in the message each customs administration takes, customs
 * responses, records kept for the retention period, and disputes with customs. The value check against a reference reads
 * the unit values of imported trade statistics from {@code markets} ({@link org.tradedesk.markets.MarketDatasets#importUnitValue});
 * markets depends on nothing of clearance, so the arrow goes one way.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "platform", "identity", "reporting", "clients", "tariff", "taxes", "markets"})
package org.tradedesk.clearance;
