/**
 * Reading the files people upload, for every importer: the text encoding (a byte-order mark, else
 * detected — Taiwanese spreadsheets are still saved as Big5 by Excel) and CSV by Apache Commons
 * CSV, with the encoding reported so the user sees how the file was read.
 */
package org.tradedesk.platform.importing;
