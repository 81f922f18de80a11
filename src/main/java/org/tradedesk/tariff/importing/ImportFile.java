package org.tradedesk.tariff.importing;

import java.util.Objects;

/** An uploaded or bundled file: its name and bytes (a schedule is a few MB; it is read whole). */
public record ImportFile(String name, byte[] content) {

    public ImportFile {
        Objects.requireNonNull(name, "file name");
        Objects.requireNonNull(content, "file content");
    }
}
