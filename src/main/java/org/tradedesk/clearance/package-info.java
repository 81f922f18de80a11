/**
 * T4 border clearance (通關): the coordinator's working file for one import or export shipment, from the
 * first document to the final record — documents and their checks, queries to the client, issues and
 * alternative solutions, the declaration in the message each customs administration takes, customs
 * responses, records kept for the retention period, and disputes with customs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "platform", "identity", "reporting", "clients", "tariff", "taxes"})
package org.tradedesk.clearance;
