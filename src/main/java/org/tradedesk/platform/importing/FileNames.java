package org.tradedesk.platform.importing;

/**
 * A file name as a record keeps it (issue 11: a name over 300 characters overflowed its column, a 500; a NUL
 * or a line break in it went into labels and logs): no folder, no control character, at most {@code max}
 * characters with the end (the extension) kept and "…" where the middle was cut.
 */
public final class FileNames {

    private FileNames() {
    }

    public static String forRecord(String name, int max) {
        if (name == null || name.isBlank()) {
            return "(unnamed)";
        }
        String plain = name.replaceAll("\\p{Cntrl}", "");
        int slash = Math.max(plain.lastIndexOf('/'), plain.lastIndexOf('\\'));
        plain = plain.substring(slash + 1).strip();
        if (plain.isEmpty()) {
            return "(unnamed)";
        }
        if (plain.length() <= max) {
            return plain;
        }
        int tail = Math.min(20, max / 3);
        return plain.substring(0, max - tail - 1) + "…" + plain.substring(plain.length() - tail);
    }
}
