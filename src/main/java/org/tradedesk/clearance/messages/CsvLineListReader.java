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
import org.mozilla.universalchardet.UniversalDetector;
import org.tradedesk.shared.MessageText;

/**
 * A CSV invoice line list (Commons CSV): UTF-8 (BOM or not), or Big5 and other legacy encodings detected
 * with juniversalchardet; the separator ({@code ,} {@code ;} or tab) taken from the header line; header
 * names in English or Traditional Chinese ({@link LineListColumns}). Lines only: the header fields of the
 * invoice stay empty (a currency column, when all rows agree, fills the currency).
 */
final class CsvLineListReader {

    private CsvLineListReader() {
    }

    static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            UniversalDetector d = new UniversalDetector();
            d.handleData(content, 0, Math.min(content.length, 64 * 1024));
            d.dataEnd();
            String name = d.getDetectedCharset();
            Charset cs;
            try {
                cs = name == null ? null : Charset.forName(name);
            } catch (IllegalArgumentException e) {
                cs = null;
            }
            if (cs == null) {
                throw new UnreadableMessage(MessageText.of("clearance.csv.encoding"), "", "encoding not recognised");
            }
            return new String(content, cs);
        }
    }

    static CapturedInvoice read(byte[] content) {
        String text = decode(content);
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setTrim(true).setMaxRows(MessageLimits.MAX_LINES + 2L).get();
        InvoiceBuilder inv = new InvoiceBuilder();
        String currency = null;
        boolean currencyAgrees = true;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new UnreadableMessage(MessageText.of("clearance.linelist.no-header"), "line 1", "empty CSV");
            }
            CSVRecord header = it.next();
            Map<Integer, LineListColumns.Column> columns = LineListColumns.map(header.toList(), "line " + header.getParser().getCurrentLineNumber());
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                String where = "line " + parser.getCurrentLineNumber();
                List<String> row = rec.toList();
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String c = LineListColumns.apply(inv.newLine(where), columns, row, where);
                if (c != null) {
                    currencyAgrees &= currency == null || currency.equals(c);
                    currency = currency == null ? c : currency;
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableMessage(MessageText.of("clearance.csv.malformed"), "line " + lineOf(e), e.getMessage());
        } catch (IOException e) {
            throw new UnreadableMessage(MessageText.of("clearance.csv.malformed"), "", e.getMessage());
        }
        if (inv.lines.isEmpty()) {
            throw new UnreadableMessage(MessageText.of("clearance.linelist.no-lines"), "line 2", "no data rows");
        }
        inv.currency = currencyAgrees ? currency : null;
        return inv.build("CSV", false);
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
