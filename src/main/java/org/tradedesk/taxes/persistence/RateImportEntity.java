package org.tradedesk.taxes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "tax_rate_import")
class RateImportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "checksum_sha256")
    private String checksum;
    private String encoding;
    @Column(name = "row_count")
    private int rowCount;
    @Column(name = "imported_by")
    private String importedBy;
    @Column(name = "imported_at")
    private Instant importedAt;

    protected RateImportEntity() {
    }

    RateImportEntity(String fileName, String checksum, String encoding, int rowCount, String importedBy, Instant importedAt) {
        this.fileName = fileName;
        this.checksum = checksum;
        this.encoding = encoding;
        this.rowCount = rowCount;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    Long id() {
        return id;
    }

    RateImport view() {
        return new RateImport(id, fileName, checksum, encoding, rowCount, importedBy, importedAt);
    }
}
