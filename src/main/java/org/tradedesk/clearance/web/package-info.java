/** The clearance pages: work queue, new transaction, transaction page, invoice hand capture. */
package org.tradedesk.clearance.web;
