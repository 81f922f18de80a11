/** REST API of the taxes module under {@code /api/v1/tax}. */
package org.tradedesk.taxes.api;
