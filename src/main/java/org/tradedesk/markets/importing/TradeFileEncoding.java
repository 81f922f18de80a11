package org.tradedesk.markets.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import org.tradedesk.platform.importing.DecodedText;

/**
 * The one encoding detection of every trade file read as text (review t2fixF: a mapped Latin-1 CSV read as Big5 — "L鄚der" —
 * while the Comtrade reader read the same bytes as windows-1252): a byte-order mark first; else valid UTF-8 is UTF-8
 * (ASCII included); else Big5 (as Windows writes it, code page 950) only when the bytes decode as Big5 and the text is
 * plausibly Chinese; else windows-1252, the superset of ISO-8859-1 that Excel on a Western Windows and the Comtrade portal
 * write.
 *
 * <p>Plausibly Chinese: nearly every non-ASCII character is a CJK ideograph or CJK punctuation, and most of them stand next
 * to another such character. A Latin-1 accented letter followed by an ASCII letter ("ä" + "n" = E4 6E) is a valid Big5 pair
 * and decodes to a lone ideograph between Latin letters; Chinese words are runs of ideographs ("進出口別", "出口總值").
 */
public final class TradeFileEncoding {

    private static final Charset BIG5 = Charset.isSupported("x-windows-950") ? Charset.forName("x-windows-950") : Charset.forName("Big5");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TradeFileEncoding() {
    }

    /** The sample's text and encoding ({@code UTF-8}, {@code UTF-8 (BOM)}, {@code Big5}, {@code windows-1252}...). */
    public static DecodedText of(byte[] sample) {
        DecodedText platform = DecodedText.of(sample);
        if (!platform.detected()) {
            return platform; // a byte-order mark, or valid UTF-8
        }
        String big5 = strictly(sample, BIG5);
        if (big5 != null && plausiblyChinese(big5)) {
            return new DecodedText(big5, BIG5, "Big5", true);
        }
        if (mostlyBig5(sample)) {
            // t2fixU: Big5 with a line in another encoding (UTF-8) spliced in: read as Big5, strictly, so that line is refused
            // by its number naming Big5 (StrictUtf8Reader.strict), instead of the whole file decoded as windows-1252 into mojibake
            return new DecodedText(new String(sample, BIG5), BIG5, "Big5", true);
        }
        return new DecodedText(new String(sample, WINDOWS_1252), WINDOWS_1252, "windows-1252", true);
    }

    /**
     * t2fixS (review MAJOR 2): whether a sample that is not valid UTF-8 as a whole is UTF-8 with some lines in another
     * encoding spliced in (a Big5, GB18030 or Shift-JIS line in a UTF-8 GA30 export): at least as many of its lines beyond
     * ASCII are valid UTF-8 as are not. Big5 or windows-1252 text hardly ever forms valid UTF-8 sequences across a line ("ô" +
     * "t", "進" = B6 69 are invalid), so a file in one of them has no such line. Such a file is read as UTF-8, strictly: its first
     * bad line refuses it ({@link StrictUtf8Reader}) instead of the whole file being decoded as windows-1252 into mojibake.
     */
    public static boolean mostlyUtf8(byte[] sample) {
        int valid = 0;
        int invalid = 0;
        int start = 0;
        for (int i = 0; i <= sample.length; i++) {
            if (i == sample.length || sample[i] == '\n') {
                boolean high = false;
                for (int j = start; j < i && !high; j++) {
                    high = sample[j] < 0;
                }
                if (high) {
                    if (strictly(java.util.Arrays.copyOfRange(sample, start, i), java.nio.charset.StandardCharsets.UTF_8) != null) {
                        valid++;
                    } else {
                        invalid++;
                    }
                }
                start = i + 1;
            }
        }
        return valid > 0 && valid >= invalid;
    }

    /**
     * t2fixU (acceptance MAJOR, the reverse of t2fixS): whether a sample that is neither valid UTF-8 nor valid Big5 as a whole
     * is Big5 with some lines in another encoding: more of its lines beyond ASCII decode as Big5 into plausibly Chinese text
     * than do not. A Latin-1 line never reads as runs of ideographs, so a windows-1252 file has no such line.
     */
    static boolean mostlyBig5(byte[] sample) {
        int valid = 0;
        int invalid = 0;
        int start = 0;
        for (int i = 0; i <= sample.length; i++) {
            if (i == sample.length || sample[i] == '\n') {
                boolean high = false;
                for (int j = start; j < i && !high; j++) {
                    high = sample[j] < 0;
                }
                if (high) {
                    String line = strictly(java.util.Arrays.copyOfRange(sample, start, i), BIG5);
                    if (line != null && plausiblyChinese(line)) {
                        valid++;
                    } else {
                        invalid++;
                    }
                }
                start = i + 1;
            }
        }
        return valid > invalid;
    }

    static boolean plausiblyChinese(String text) {
        int nonAscii = 0;
        int cjk = 0;
        int inRun = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (cjk(c)) {
                cjk++;
                if ((i > 0 && cjk(text.charAt(i - 1))) || (i + 1 < text.length() && cjk(text.charAt(i + 1)))) {
                    inRun++;
                }
            }
        }
        return nonAscii > 0 && cjk >= nonAscii * 0.9 && inRun >= cjk * 0.5;
    }

    private static boolean cjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS || b == Character.UnicodeBlock.BOPOMOFO
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION || b == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
    }

    private static String strictly(byte[] content, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
