package org.tradedesk.clearance.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated rules file shipped with the product (deadlines, retention): comment and blank
 * lines skipped, the header checked, every row of the expected width. A malformed file fails with its name and
 * line number, since it is the product's own data and a reviewer edits it by hand.
 */
final class TabSeparatedRows {

    /** One data row and the line it stands on (for the caller's own messages). */
    record Row(int line, String[] fields) {
    }

    private TabSeparatedRows() {
    }

    static List<Row> read(InputStream in, String file, String header, int columns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean headerSeen = false;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.strip().equals(header)) {
                        throw new IllegalArgumentException(file + " line " + number + ": expected the header " + header);
                    }
                    headerSeen = true;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalArgumentException(file + " line " + number + ": " + columns + " columns expected, found " + f.length);
                }
                rows.add(new Row(number, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
