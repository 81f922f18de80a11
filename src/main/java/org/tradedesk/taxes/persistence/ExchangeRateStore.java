package org.tradedesk.taxes.persistence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.taxes.domain.ExchangeRate;
import org.tradedesk.taxes.domain.ExchangeRateTable;
import org.tradedesk.taxes.importing.ExchangeRateCsv;

/** The exchange-rate table on the database, and its CSV import (all rows or none). */
@Component
public class ExchangeRateStore implements ExchangeRateTable {

    private final ExchangeRateRepository rates;
    private final RateImportRepository imports;
    private final Clock clock;

    ExchangeRateStore(ExchangeRateRepository rates, RateImportRepository imports, Clock clock) {
        this.rates = rates;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExchangeRate> find(String jurisdiction, CurrencyCode currency, LocalDate date) {
        return rates.inForce(jurisdiction, currency.value(), date).stream().findFirst().map(ExchangeRateEntity::toDomain);
    }

    /** Imports a rate file; returns the number of rows added. A bad row refuses the whole file. */
    @Transactional
    public int importCsv(String fileName, byte[] content) {
        return importFile(fileName, content).rows();
    }

    /** What an import added and how the file's text was read. */
    public record Imported(int rows, String encoding) {
    }

    /** Imports a rate file, recording the encoding it was read in (detected unless a byte-order mark names it). */
    @Transactional
    public Imported importFile(String fileName, byte[] content) {
        ExchangeRateCsv.Parsed parsed = ExchangeRateCsv.read(content);
        RateImportEntity record = imports.save(new RateImportEntity(org.tradedesk.platform.importing.FileNames.forRecord(fileName, 300), sha256(content),
                parsed.encoding(), parsed.rates().size(), CurrentUser.name(), Instant.now(clock)));
        parsed.rates().forEach(r -> rates.save(new ExchangeRateEntity(r, record.id())));
        return new Imported(parsed.rates().size(), parsed.encoding());
    }

    /**
     * The rate the engine would use on {@code date} for each jurisdiction and currency (the same choice as
     * {@link #find}: the latest start, then the latest row), with the file it was imported from.
     */
    @Transactional(readOnly = true)
    public List<RateInForce> inForce(LocalDate date) {
        List<RateInForce> result = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Map<Long, RateImport> files = new java.util.HashMap<>();
        for (ExchangeRateEntity row : rates.allInForce(date)) {
            ExchangeRate rate = row.toDomain();
            if (seen.add(rate.jurisdiction() + "|" + rate.currency().value())) {
                RateImport file = row.importId() == null ? null
                        : files.computeIfAbsent(row.importId(), id -> imports.findById(id).map(RateImportEntity::view).orElse(null));
                result.add(new RateInForce(rate, file));
            }
        }
        return result;
    }

    /** The latest rate files imported, newest first. */
    @Transactional(readOnly = true)
    public List<RateImport> recentImports() {
        return imports.findTop20ByOrderByImportedAtDescIdDesc().stream().map(RateImportEntity::view).toList();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
