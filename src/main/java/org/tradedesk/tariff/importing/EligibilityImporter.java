package org.tradedesk.tariff.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.persistence.EligibilityStore;
import org.tradedesk.tariff.persistence.EligibilityStore.ListRow;
import org.tradedesk.tariff.persistence.EligibilityStore.MemberRow;

/**
 * Loads the bundled country lists ({@code reference-data/eligibility/lists.tsv} and
 * {@code members.tsv}) into the tables. Idempotent: the two files' SHA-256 names the data version,
 * and a version already imported is not read again, so every start-up is cheap and a release with
 * changed lists imports them once. The files are ours, so a malformed row stops the import with its
 * line number rather than being skipped silently.
 */
@Component
public class EligibilityImporter {

    static final String LISTS = "reference-data/eligibility/lists.tsv";
    static final String MEMBERS = "reference-data/eligibility/members.tsv";
    static final String NOT_MEMBERS = "reference-data/eligibility/not-members.tsv";
    private static final Set<String> STATUSES = Set.of("CONFIRMED", "TO_CONFIRM");

    private final EligibilityStore store;
    private final Clock clock;

    EligibilityImporter(EligibilityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Imports the bundled files unless this version of them is already in; true when it imported. */
    @Transactional
    public boolean importBundled() {
        String lists = read(LISTS);
        String members = read(MEMBERS);
        String sha = sha256(lists + "\u0000" + members + "\u0000" + read(NOT_MEMBERS));
        if (store.hasVersion(sha)) {
            return false;
        }
        store.importVersion(LISTS + " + " + MEMBERS, sha, parseLists(lists), parseMembers(members), clock.instant());
        return true;
    }

    static List<ListRow> parseLists(String text) {
        List<ListRow> rows = new ArrayList<>();
        for (Row r : rows(text, LISTS, 7)) {
            String[] f = r.fields;
            status(f[6], r);
            rows.add(new ListRow(f[0], f[1], f[2], f[3], f[4], f[5].isBlank() ? null : f[5], f[6]));
        }
        return rows;
    }

    static List<MemberRow> parseMembers(String text) {
        List<MemberRow> rows = new ArrayList<>();
        for (Row r : rows(text, MEMBERS, 7)) {
            String[] f = r.fields;
            try {
                CountryCode.of(f[2]);
                LocalDate from = f[3].isBlank() ? null : LocalDate.parse(f[3]);
                LocalDate to = f[4].isBlank() ? null : LocalDate.parse(f[4]);
                if (from != null && to != null && to.isBefore(from)) {
                    throw new IllegalStateException(r.where() + ": valid_to before valid_from");
                }
                status(f[5], r);
                rows.add(new MemberRow(0, f[0], f[1], f[2], from, to, f[5], f[6], "FILE", null, null));
            } catch (RuntimeException e) {
                throw new IllegalStateException(r.where() + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    /** Who is certainly not on a list: {@code closed} (no one but the entered members) or the countries named, with the basis. */
    public record NotMembers(boolean closed, Set<String> countries) {
    }

    /** The bundled file parsed once: it ships with the product, and the lists reload after every amendment. */
    private volatile Map<String, NotMembers> notMembers;

    /** The bundled not-members file, by "jurisdiction/list code". */
    public Map<String, NotMembers> notMembers() {
        Map<String, NotMembers> parsed = notMembers;
        if (parsed == null) {
            parsed = java.util.Collections.unmodifiableMap(parseNotMembers(read(NOT_MEMBERS)));
            notMembers = parsed;
        }
        return parsed;
    }

    static Map<String, NotMembers> parseNotMembers(String text) {
        Map<String, NotMembers> out = new java.util.LinkedHashMap<>();
        for (Row r : rows(text, NOT_MEMBERS, 4)) {
            String[] f = r.fields;
            if (f[3].isBlank()) {
                throw new IllegalStateException(r.where() + ": the basis is required");
            }
            String key = f[0] + "/" + f[1];
            NotMembers before = out.getOrDefault(key, new NotMembers(false, Set.of()));
            boolean closed = before.closed();
            java.util.Set<String> countries = new java.util.TreeSet<>(before.countries());
            if (f[2].equals("*")) {
                closed = true;
            } else {
                for (String c : f[2].split("\\s+")) {
                    try {
                        countries.add(CountryCode.of(c).value());
                    } catch (RuntimeException e) {
                        throw new IllegalStateException(r.where() + ": " + e.getMessage(), e);
                    }
                }
            }
            out.put(key, new NotMembers(closed, Set.copyOf(countries)));
        }
        return out;
    }

    private record Row(String file, int line, String[] fields) {
        String where() {
            return file + " line " + line;
        }
    }

    /** Tab-separated rows after the header; lines starting with # are comments. */
    private static List<Row> rows(String text, String file, int columns) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != columns) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": " + columns + " tab-separated columns expected, found " + f.length);
            }
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].strip();
            }
            rows.add(new Row(file, i + 1, f));
        }
        return rows;
    }

    private static void status(String status, Row r) {
        if (!STATUSES.contains(status)) {
            throw new IllegalStateException(r.where() + ": status must be CONFIRMED or TO_CONFIRM, not " + status);
        }
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled country lists missing: " + path, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
