package org.tradedesk.platform.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * An uploaded file's text and how it was read. {@code encoding} is the name to show the user
 * ({@code UTF-8}, {@code UTF-8 (BOM)}, {@code UTF-16LE (BOM)}, {@code Big5}); {@code detected} is
 * true when no byte-order mark said it and the bytes were judged, so a report can ask the user to
 * check the descriptions.
 */
public record DecodedText(String text, Charset charset, String encoding, boolean detected) {

    /**
     * Big5 as Windows writes it (code page 950): Excel's "CSV" on a Traditional Chinese Windows is
     * cp950, which adds characters plain Big5 lacks (碁, 銹, the euro sign); its Big5 part is the same.
     */
    private static final Charset BIG5 = Charset.isSupported("x-windows-950") ? Charset.forName("x-windows-950") : Charset.forName("Big5");

    /**
     * The byte-order mark first (UTF-8, UTF-16LE, UTF-16BE); else text that is valid UTF-8 is
     * UTF-8 (ASCII included); else Mozilla's detector (juniversalchardet) decides — Big5, GB18030,
     * Shift_JIS, windows-1252... A file none of these read is taken as Big5, the likeliest legacy
     * encoding at a Taiwanese desk, and said to be detected.
     */
    public static DecodedText of(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(content, 3, content.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "UTF-8 (BOM)", false);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new DecodedText(new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE,
                    "UTF-16LE (BOM)", false);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new DecodedText(new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE,
                    "UTF-16BE (BOM)", false);
        }
        String utf8 = strictUtf8(content);
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8, "UTF-8", false);
        }
        Charset charset = detect(content);
        return new DecodedText(new String(content, charset), charset, charset == BIG5 ? "Big5" : charset.name(), true);
    }

    private static Charset detect(byte[] content) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(content, 0, content.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || name.equalsIgnoreCase("BIG5") || name.equalsIgnoreCase("BIG5-HKSCS") || !Charset.isSupported(name)) {
            return BIG5;
        }
        Charset detected = Charset.forName(name);
        // On a few lines the detector can take Big5 for a single-byte Cyrillic or Greek code page (two Chinese
        // words came out as IBM866): at a Taiwanese or Australian desk, bytes that are valid Big5 are Big5
        // unless the detector named another multi-byte East Asian encoding.
        if (!MULTI_BYTE_EAST_ASIAN.contains(detected.name()) && strictly(content, BIG5)) {
            return BIG5;
        }
        return detected;
    }

    private static final java.util.Set<String> MULTI_BYTE_EAST_ASIAN = java.util.Set.of(
            "GB18030", "GBK", "GB2312", "Shift_JIS", "EUC-JP", "EUC-KR", "x-EUC-TW", "ISO-2022-JP", "ISO-2022-KR", "ISO-2022-CN");

    /** Whether the bytes decode in {@code charset} with no malformed or unmappable sequence and contain a non-ASCII character. */
    private static boolean strictly(byte[] content, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().anyMatch(c -> c > 0x7F);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strictUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        byte[] head = Arrays.copyOf(content, prefix.length);
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
