package org.tradedesk.markets.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.tradedesk.markets.TradeFileRefused;

/**
 * A trade file detected as UTF-8, decoded strictly (t2fixS, review MAJOR 2): the first bytes that are no UTF-8 refuse the file
 * on their own physical line ({@code markets.import.encoding-invalid}, the encoding named), where a lenient decoder put U+FFFD
 * into the figures' cells, and a file with one Big5, GB18030 or Shift-JIS line spliced into UTF-8 was read as windows-1252 and
 * refused at line 1 with mojibake. The line is counted from the bytes ({@code \n}), not the CSV records, so it is exact
 * whatever the readers' look-ahead. It also tells whether the file held any byte beyond ASCII ({@link #sawNonAscii()}): a
 * pure-ASCII file is reported as ASCII, not as UTF-8.
 */
final class StrictUtf8Reader extends Reader {

    static final String ASCII = "ASCII"; // every ASCII file is also valid UTF-8; "ASCII" alone reads in both languages

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String encoding;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long lines; // line breaks among the bytes decoded so far
    private boolean nonAscii;
    private boolean eof;
    private boolean flushed;

    StrictUtf8Reader(InputStream in) {
        this(in, StandardCharsets.UTF_8, "UTF-8");
    }

    /**
     * t2fixU: a file detected as another encoding (Big5) decoded as strictly: a UTF-8 line spliced into a Big5 GA30 file is
     * refused on its line naming Big5. A line break byte is never part of a Big5 character, so the line count holds.
     */
    StrictUtf8Reader(InputStream in, Charset charset, String encoding) {
        this.in = in;
        this.encoding = encoding;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    boolean sawNonAscii() {
        return nonAscii;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (flushed) {
            return -1; // the end was met before: the decoder, flushed, may not decode again
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            if (!eof && !bytes.hasRemaining() || !eof && bytes.remaining() < 4) {
                fill();
            }
            int start = bytes.position();
            CoderResult r = decoder.decode(bytes, out, eof);
            count(start, bytes.position());
            if (r.isError()) {
                throw refused(bytes.position());
            }
            if (eof && !bytes.hasRemaining()) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            if (r.isUnderflow() && !eof) {
                fill();
            }
        }
        int n = out.position() - off;
        return n == 0 ? -1 : n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void count(int from, int to) {
        byte[] a = bytes.array();
        long l = 0;
        boolean high = false;
        for (int i = from; i < to; i++) {
            byte b = a[i];
            if (b == '\n') {
                l++;
            }
            high |= b < 0;
        }
        lines += l;
        nonAscii |= high;
    }

    private TradeFileRefused refused(int at) {
        long line = lines + 1;
        return new TradeFileRefused("markets.import.encoding-invalid",
                "bytes not valid in the detected encoding %s (byte 0x%02X)".formatted(encoding, bytes.array()[at] & 0xFF), line, encoding);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
