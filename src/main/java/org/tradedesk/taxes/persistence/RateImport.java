package org.tradedesk.taxes.persistence;

import java.time.Instant;

/** One exchange-rate file as imported: its name, checksum, encoding, the rows it added, who and when. */
public record RateImport(Long id, String fileName, String checksum, String encoding, int rowCount, String importedBy,
        Instant importedAt) {
}
