package org.tradedesk.platform.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file as rows of cells (RFC 4180: quoted cells may hold commas, doubled quotes
 * and line breaks), read by Apache Commons CSV from the text {@link DecodedText} decoded.
 * Empty lines are kept as rows (a spreadsheet shows them too, so row numbers match what the user
 * sees); {@code lines} holds, for each row, the file line it starts on, which differs from the row
 * number when a quoted cell spans lines.
 */
public record CsvTable(DecodedText source, List<List<String>> rows, List<Long> lines) {

    /** The file cannot be read as CSV; the message names the line (an unclosed quote). */
    public static final class Malformed extends RuntimeException {
        private final long line;

        Malformed(long line, String message, Throwable cause) {
            super(message, cause, false, false);
            this.line = line;
        }

        /** The line the problem was met on (the line where the unclosed quoted cell starts). */
        public long line() {
            return line;
        }
    }

    public static CsvTable read(byte[] content) {
        return read(DecodedText.of(content));
    }

    public static CsvTable read(DecodedText text) {
        List<List<String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        long startOfNext = 1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.text())).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                lines.add(startOfNext);
                startOfNext = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new Malformed(startOfNext, "a quoted field is not closed, or text follows its closing quote (the row starting in line "
                    + startOfNext + ")", e);
        } catch (IOException e) {
            throw new Malformed(startOfNext, "cannot be read as CSV from line " + startOfNext, e);
        }
        return new CsvTable(text, List.copyOf(rows), List.copyOf(lines));
    }
}
