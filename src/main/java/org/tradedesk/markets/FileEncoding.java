package org.tradedesk.markets;

import org.tradedesk.shared.MessageText;

/**
 * The text that reports a file's encoding, worded (t2duck): a table read with a column mapping keeps its encoding with the
 * delimiter counted on its header row ({@code "UTF-8, ;"}, {@code "Big5, tab"}), and the reader reads both named — "UTF-8,
 * delimiter semicolon (;)", 「UTF-8，分隔符號：分號（;）」 — never a bare {@code ;} after the encoding's name.
 */
public final class FileEncoding {

    private FileEncoding() {
    }

    /** The encoding as kept ({@code "windows-1252"}, {@code "UTF-8, ;"}) worded; null for none. */
    public static MessageText worded(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        int at = stored.lastIndexOf(", ");
        if (at > 0) {
            String delimiter = delimiterName(stored.substring(at + 2));
            if (delimiter != null) {
                return MessageText.of("markets.encoding.delimited", MessageText.Arg.literal(stored.substring(0, at)),
                        MessageText.Arg.code("markets.delimiter." + delimiter));
            }
        }
        return MessageText.of("markets.encoding.plain", MessageText.Arg.literal(stored));
    }

    /** The encoding alone, without the delimiter kept beside it ({@code "UTF-8, ;"} → {@code "UTF-8"}); null for none. */
    public static String encoding(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        int at = stored.lastIndexOf(", ");
        return at > 0 && delimiterName(stored.substring(at + 2)) != null ? stored.substring(0, at) : stored;
    }

    /** The delimiter kept beside the encoding ({@code ";"}, {@code "tab"}), null when the file has none (a fixed format). */
    public static String delimiter(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        int at = stored.lastIndexOf(", ");
        return at > 0 && delimiterName(stored.substring(at + 2)) != null ? stored.substring(at + 2) : null;
    }

    /** The message suffix of a delimiter as the mapped reader keeps it ({@code , ; | tab}), null for another text. */
    static String delimiterName(String kept) {
        return switch (kept) {
            case "," -> "comma";
            case ";" -> "semicolon";
            case "|" -> "bar";
            case "tab", "\t" -> "tab";
            default -> null;
        };
    }
}
