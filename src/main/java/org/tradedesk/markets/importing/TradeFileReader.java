package org.tradedesk.markets.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntConsumer;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeFileRefused;
import org.tradedesk.platform.importing.DecodedText;

/**
 * Reads a trade-statistics file as a stream: the first 64 KiB are looked at to tell the encoding and the format
 * (from the content, not the file name), then the file is read record by record into a {@link RowSink}; nothing
 * holds the whole file. A file that is no trade-statistics file, or is cut off, is refused with a
 * {@link TradeFileRefused} naming the line; a bad row is rejected on its own and the rest are read.
 */
public final class TradeFileReader {

    static final int SNIFF = 1 << 16;

    /** What was read: the format, the encoding as shown to the user, the source's name, and the rows met. */
    public record Outcome(SourceFormat format, String encoding, String source, long rowsRead, String units) {
    }

    /** Sees to reporting progress in percent of the bytes read, at most once per percent. */
    static final class Progress {
        private final TailTrackingInputStream in;
        private final long total;
        private final IntConsumer consumer;
        private int last = -1;
        private int calls;

        Progress(TailTrackingInputStream in, long total, IntConsumer consumer) {
            this.in = in;
            this.total = total;
            this.consumer = consumer;
        }

        void tick() {
            if (consumer == null || total <= 0 || (++calls & 1023) != 0) {
                return;
            }
            int p = (int) Math.min(99, in.bytesRead() * 100 / total);
            if (p != last) {
                last = p;
                consumer.accept(p);
            }
        }
    }

    private TradeFileReader() {
    }

    /**
     * @param format the format the user named, or null to detect it
     * @param size   the file's size in bytes (for progress), or 0
     */
    public static Outcome read(InputStream raw, long size, SourceFormat format, RowSink sink, IntConsumer progress) {
        if (format == SourceFormat.GENERIC_MAPPED) {
            throw new TradeFileRefused("markets.mapping.needed", "a generic table is read with a saved column mapping", 0,
                    SourceFormat.GENERIC_MAPPED.name());
        }
        try {
            BufferedInputStream buffered = new BufferedInputStream(raw, SNIFF * 2);
            buffered.mark(SNIFF + 1);
            byte[] head = buffered.readNBytes(SNIFF);
            buffered.reset();
            if (head.length == 0) {
                throw new TradeFileRefused("markets.import.empty", "the file is empty", 0, "");
            }
            TailTrackingInputStream tail = new TailTrackingInputStream(buffered);
            Progress ticks = new Progress(tail, size, progress);
            // UTF-16 (Excel's "Unicode text", iconv -t utf-16): its line break is two bytes, the sample is taken whole
            boolean utf16 = startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
            byte[] sample = head.length == SNIFF && !utf16 ? upToLastLineBreak(head) : head;
            if (firstNonBlank(sample) == '{') {
                SourceFormat f = format == null ? SourceFormat.WITS_SDMX : format;
                if (f != SourceFormat.WITS_SDMX) {
                    throw notTrade(f, "JSON");
                }
                return WitsSdmxReader.read(tail, sink, ticks);
            }
            if (!utf16 && utf16WithoutMark(sample)) {
                throw new TradeFileRefused("markets.import.utf16-no-bom", "text in UTF-16 without a byte-order mark", 1, "");
            }
            String binary = utf16 ? null : binaryKind(sample);
            if (binary != null) {
                // a PNG's first line decoded as text read "開頭為：NG": a binary file is named as one
                throw new TradeFileRefused("markets.import.binary." + binary, "a binary file (" + binary + "), not trade statistics", 1, "");
            }
            DecodedText decoded = TradeFileEncoding.of(sample);
            if (decoded.detected() && TradeFileEncoding.mostlyUtf8(sample)) {
                // t2fixS: UTF-8 with a line in another encoding spliced in: read as UTF-8, whose strict reader refuses the
                // first bad line by its number (the sample's text decoded leniently only to tell the format by its header)
                decoded = new DecodedText(new String(sample, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "UTF-8", false);
            }
            String header = firstLine(decoded.text());
            SourceFormat detected = detect(header);
            if (detected == null) {
                throw new TradeFileRefused("markets.import.not-trade-statistics",
                        "not a trade-statistics file this application reads: the first line is " + abbreviate(header), 1, abbreviate(header));
            }
            if (format != null && format != detected) {
                throw notTrade(format, detected.name());
            }
            boolean bom = decoded.encoding().contains("BOM");
            Reader reader = reader(tail, decoded.charset(), bom);
            Outcome outcome = switch (detected) {
                // Comtrade writes ASCII or Windows-1252 (the portal's "Côte d'Ivoire"); UTF-8 when its bytes say so — one
                // detection for every reader (TradeFileEncoding); Big5 would need runs of Chinese, never in a Comtrade file
                case COMTRADE_V1 -> ComtradeV1Reader.read(reader, tail, decoded.encoding(), sink, ticks);
                case COMTRADE_LEGACY -> ComtradeLegacyReader.read(reader, tail, decoded.encoding(), sink, ticks);
                case TW_GA30 -> TwGa30Reader.read(reader, tail, decoded.encoding(), sink, ticks);
                case WITS_SDMX -> throw notTrade(SourceFormat.WITS_SDMX, "CSV");
                case GENERIC_MAPPED -> throw notTrade(SourceFormat.GENERIC_MAPPED, "CSV");
            };
            if (!bom && reader instanceof StrictBuffered b && !b.strict.sawNonAscii()) {
                // review MINOR 10: a file of ASCII bytes only (the Comtrade portal's "Windows-1252" download) is not said to be UTF-8
                outcome = new Outcome(outcome.format(), StrictUtf8Reader.ASCII, outcome.source(), outcome.rowsRead(), outcome.units());
            }
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TradeFileRefused notTrade(SourceFormat asked, String found) {
        // the formats by their labels, saying which was chosen and which the file reads as (never 「（TW_GA30 / COMTRADE_V1）」)
        String foundCode = found.equals("JSON") || found.equals("CSV") ? "markets.import.found." + found : "markets.format." + found;
        return new TradeFileRefused("markets.import.format-mismatch", "the file was to be " + asked + " but reads as " + found, 1,
                new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {"markets.import.format-chosen-detected"},
                        new Object[] {new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {"markets.format." + asked.name()}, asked.name()),
                                new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {foundCode}, found)},
                        asked + " / " + found));
    }

    static SourceFormat detect(String header) {
        String h = header.replace("\"", "").strip();
        if (h.contains("typeCode") && h.contains("freqCode") && h.contains("primaryValue") && h.contains("cmdCode")) {
            return SourceFormat.COMTRADE_V1;
        }
        if (h.contains("Trade Flow Code") && h.contains("Commodity Code") && h.contains("Reporter Code")) {
            return SourceFormat.COMTRADE_LEGACY;
        }
        if (h.contains("進出口別") && h.contains("貨品號列")) {
            return SourceFormat.TW_GA30;
        }
        return null;
    }

    /** The buffered reader over a {@link StrictUtf8Reader}, kept at hand to ask it afterwards whether it met non-ASCII bytes. */
    private static final class StrictBuffered extends BufferedReader {
        final StrictUtf8Reader strict;

        StrictBuffered(StrictUtf8Reader strict) {
            super(strict, 1 << 16);
            this.strict = strict;
        }
    }

    private static Reader reader(InputStream in, Charset charset, boolean bom) throws IOException {
        if (bom) {
            in.skipNBytes(charset.equals(StandardCharsets.UTF_8) ? 3 : 2);
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            // t2fixS: UTF-8 strictly, bad bytes refused on their line (StrictUtf8Reader), never decoded into U+FFFD
            return new StrictBuffered(new StrictUtf8Reader(in));
        }
        if (charset.name().contains("950") || charset.name().equalsIgnoreCase("Big5")) {
            // t2fixU: Big5 strictly too, a line in another encoding refused on its line naming Big5, never decoded into U+FFFD
            return new BufferedReader(new StrictUtf8Reader(in, charset, "Big5"), 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    }

    static byte[] upToLastLineBreak(byte[] head) {
        // a line break byte never occurs inside a UTF-8 or Big5 character, so the cut never splits one
        for (int i = head.length - 1; i > 0; i--) {
            if (head[i] == '\n') {
                return Arrays.copyOf(head, i + 1);
            }
        }
        return head;
    }

    private static int firstNonBlank(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return bytes[i];
            }
        }
        return -1;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.replace("\r", "").replace("\uFEFF", "");
    }

    /** Text in UTF-16 without a byte-order mark: every other byte NUL (ASCII letters, digits, commas, line breaks). */
    static boolean utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return false;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        int half = n / 2;
        return (oddZero > half * 0.6 && evenZero == 0) || (evenZero > half * 0.6 && oddZero == 0);
    }

    /** png, pdf, zip (XLSX, DOCX…), gif, jpeg or other (NUL bytes) for a binary file; null for text. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "png";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "pdf";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "zip";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "gif";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        int n = Math.min(b.length, 4096);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return "other";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String abbreviate(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }
}
