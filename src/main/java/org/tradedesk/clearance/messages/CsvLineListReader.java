package org.tradedesk.clearance.messages;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tradedesk.platform.importing.DecodedText;
import org.tradedesk.shared.MessageText;

/**
 * A CSV invoice line list or packing list (Commons CSV). The text is decoded by the product's one detector,
 * {@link DecodedText} (byte-order mark, else strict UTF-8, else juniversalchardet with Big5/cp950 preferred for bytes
 * that are valid Big5 — what Excel on a Taiwanese PC saves); the encoding is kept with the capture, and a detected one
 * (not declared by a BOM nor valid UTF-8) asks for confirmation. A file whose bytes do not decode in that encoding, or
 * that mixes UTF-8 lines with lines in a legacy encoding, is refused naming the first line at fault — never stored as
 * mojibake. The separator ({@code ,} {@code ;} or tab) is taken from the header line; header names in English or
 * Traditional Chinese ({@link LineListColumns}); the headers not recognised are listed with the capture. Invoice
 * number, invoice date and currency columns fill the invoice's header when all rows agree.
 */
final class CsvLineListReader {

    private CsvLineListReader() {
    }

    /**
     * The text, decoded as {@link DecodedText} finds; refuses bytes that do not decode in the encoding found, and a file
     * whose lines are partly UTF-8 and partly another encoding, with the first such line.
     */
    static DecodedText decode(byte[] content) {
        DecodedText text = DecodedText.of(content);
        if (!text.detected()) {
            return text; // a BOM said it, or the whole file is valid UTF-8 (ASCII included)
        }
        int lineStart = 0;
        int lineNumber = 1;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                String fault = lineFault(content, lineStart, i, text.charset());
                if (fault != null) {
                    throw new UnreadableMessage(MessageText.of(fault, MessageText.Arg.literal(text.encoding())), "line " + lineNumber,
                            "line " + lineNumber + " does not decode as " + text.encoding());
                }
                lineStart = i + 1;
                lineNumber++;
            }
        }
        return text;
    }

    /** Null when the line decodes in {@code charset}; else the message code: mixed (the line is UTF-8) or undecodable. */
    private static String lineFault(byte[] content, int from, int to, Charset charset) {
        boolean nonAscii = false;
        for (int i = from; i < to; i++) {
            nonAscii |= content[i] < 0;
        }
        if (!nonAscii) {
            return null;
        }
        if (strict(content, from, to, StandardCharsets.UTF_8)) {
            return "clearance.csv.encoding-mixed"; // a line of UTF-8 among lines of another encoding
        }
        return strict(content, from, to, charset) ? null : "clearance.csv.encoding-undecodable";
    }

    private static boolean strict(byte[] content, int from, int to, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static CapturedInvoice read(byte[] content) {
        return read(content, false);
    }

    /** A packing list: its rows' packages, gross and net mass summed into the capture's header (the figures the checks compare). */
    static CapturedInvoice readPackingList(byte[] content) {
        return read(content, true);
    }

    private static CapturedInvoice read(byte[] content, boolean packingList) {
        DecodedText decoded = decode(content);
        String text = decoded.text();
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setTrim(true).setMaxRows(MessageLimits.MAX_LINES + 2L).get();
        InvoiceBuilder inv = new InvoiceBuilder();
        inv.encoding = decoded.encoding();
        Agreed<String> currency = new Agreed<>();
        Agreed<String> number = new Agreed<>();
        Agreed<java.time.LocalDate> date = new Agreed<>();
        Integer packages = 0;
        java.math.BigDecimal gross = java.math.BigDecimal.ZERO;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new UnreadableMessage(MessageText.of("clearance.linelist.no-header"), "line 1", "empty CSV");
            }
            CSVRecord header = it.next();
            List<String> headerNames = header.toList();
            Map<Integer, LineListColumns.Column> columns = LineListColumns.map(headerNames,
                    "line " + header.getParser().getCurrentLineNumber(), packingList);
            inv.unrecognisedColumns = LineListColumns.unrecognised(header.toList());
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                String where = "line " + parser.getCurrentLineNumber();
                List<String> row = rec.toList();
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                LineBuilder line = inv.newLine(where);
                currency.add(LineListColumns.apply(line, columns, headerNames, row, where));
                number.add(line.invoiceNumber);
                date.add(line.invoiceDate);
                packages = packages == null || line.packages == null ? null : packages + line.packages;
                gross = gross == null || line.grossMassKg == null ? null : gross.add(line.grossMassKg);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableMessage(MessageText.of("clearance.csv.malformed"), "line " + lineOf(e), e.getMessage());
        } catch (IOException e) {
            throw new UnreadableMessage(MessageText.of("clearance.csv.malformed"), "", e.getMessage());
        }
        if (inv.lines.isEmpty()) {
            throw new UnreadableMessage(MessageText.of("clearance.linelist.no-lines"), "line 2", "no data rows");
        }
        inv.currency = currency.value();
        inv.invoiceNumber = number.value();
        inv.issueDate = date.value();
        if (packingList) {
            // a packing list's totals are the sums of its rows (a row without the figure leaves the total unknown)
            inv.packages = packages;
            inv.grossMassKg = gross;
        }
        return inv.build("CSV", decoded.detected());
    }

    /** The value all rows that give one agree on; null when none gives it or two differ. */
    private static final class Agreed<T> {
        private T value;
        private boolean differs;

        void add(T v) {
            if (v == null) {
                return;
            }
            differs |= value != null && !value.equals(v);
            value = value == null ? v : value;
        }

        T value() {
            return differs ? null : value;
        }
    }

    private static String lineOf(Exception e) {
        String m = String.valueOf(e.getMessage());
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(m);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(ch -> ch == ',').count();
        long semicolons = first.chars().filter(ch -> ch == ';').count();
        long tabs = first.chars().filter(ch -> ch == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

}
