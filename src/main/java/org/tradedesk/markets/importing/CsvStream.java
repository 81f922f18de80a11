package org.tradedesk.markets.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tradedesk.markets.TradeFileRefused;

/**
 * Streams a CSV file record by record (RFC 4180, Apache Commons CSV), one record ahead so the last one is
 * known: a last record that is shorter than the header and not closed by a line break is a cut-off file.
 * A quote that never closes refuses the file, naming the line it opened on; one that reaches the end of the file says the
 * file is cut off there.
 */
final class CsvStream {

    interface RecordHandler {
        void record(List<String> cells, long line);
    }

    private CsvStream() {
    }

    /** Calls {@code handler} for every record (empty lines skipped), the first being on file line {@code firstLine}; returns the number of records. */
    static long forEach(Reader reader, TailTrackingInputStream tail, int headerSize, long firstLine, RecordHandler handler) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        long count = 0;
        long line = firstLine;
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            List<String> pending = null;
            long pendingLine = 0;
            while (true) {
                boolean more;
                try {
                    more = it.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (endsInsideQuote(e)) {
                        // t2fixO: the quote opened on this line reaches the end of the file: the file is cut off (a download
                        // broken off inside a quoted cell), said so rather than "a quoted cell is not closed"
                        throw new TradeFileRefused("markets.import.cut-off-in-quote",
                                "the file is cut off inside a quoted cell opened on line " + line, line, "");
                    }
                    throw new TradeFileRefused("markets.import.malformed-csv",
                            "a quoted cell is not closed, or text follows its closing quote", line, "");
                }
                if (!more) {
                    break;
                }
                CSVRecord record = it.next();
                List<String> cells = record.toList();
                long at = line;
                line = firstLine + parser.getCurrentLineNumber();
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                if (pending != null) {
                    handler.record(pending, pendingLine);
                    count++;
                }
                pending = cells;
                pendingLine = at;
            }
            if (pending != null) {
                if (!tail.endedWithLineBreak() && pending.size() < headerSize) {
                    throw new TradeFileRefused("markets.import.cut-off", "the file is cut off: the last row has " + pending.size()
                            + " of " + headerSize + " cells and no line end", pendingLine, pending.size() + "/" + headerSize);
                }
                if (!tail.endedWithLineBreak() && count > 0) {
                    // every portal export ends its last row with a line break; a file cut inside the last cell
                    // ("36292.48" of "36292.48015") has all its cells and would silently give a wrong total
                    throw new TradeFileRefused("markets.import.no-final-line-break", "the last row has no line end: the file "
                            + "may be cut off inside its last cell", pendingLine, "");
                }
                handler.record(pending, pendingLine);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** Whether the parser stopped because the end of the file came inside a quoted cell (Commons CSV's own words). */
    static boolean endsInsideQuote(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("EOF reached before encapsulated token finished")) {
                return true;
            }
        }
        return false;
    }
}
