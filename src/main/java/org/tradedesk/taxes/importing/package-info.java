/** Reads reference data files (the customs exchange-rate CSV) into domain records, reporting bad rows by number and field. */
package org.tradedesk.taxes.importing;
