/** The clearance REST API under {@code /api/v1/clearance}: transactions, documents, history, status moves. */
package org.tradedesk.clearance.api;
