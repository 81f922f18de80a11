package org.tradedesk.platform.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the migrations on start, with one exception to Flyway's in-order rule written down here.
 *
 * <p>{@code V3_2} (tariff) was committed after {@code V4_1} (taxes). A database created by a build
 * between the two has 4.1 applied and 3.2 not, which Flyway reports as an ignored migration and
 * refuses to validate. Only that known version may be applied out of order, and only when it is
 * the sole ignored one: any other gap is a mistake that must stop the start. Migrations from
 * 2026-12 on are named {@code V<yyyy>_<MM>_<dd>_<HHmm>__<module>_<what>.sql}, a version that grows with
 * time whatever the module, so no new gap can arise (see {@code MigrationManifestTest}).
 */
@Component
public class MigrationUpgrade implements FlywayMigrationStrategy {

    /** Versions committed after a higher one in the 2026-11 history; nothing may be added here. */
    static final Set<String> COMMITTED_LATE = Set.of("3.2");

    @Override
    public void migrate(Flyway flyway) {
        upgrade(flyway);
    }

    /** Migrates, applying a version of {@link #COMMITTED_LATE} out of order when it is the only gap. */
    public static MigrateResult upgrade(Flyway flyway) {
        List<String> ignored = ignoredVersions(flyway);
        if (!ignored.isEmpty() && COMMITTED_LATE.containsAll(ignored)) {
            return Flyway.configure(flyway.getConfiguration().getClassLoader())
                    .configuration(flyway.getConfiguration())
                    .outOfOrder(true)
                    .load()
                    .migrate();
        }
        return flyway.migrate();
    }

    /** Versions Flyway found on the classpath below the newest applied one, never applied. */
    static List<String> ignoredVersions(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.IGNORED && m.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .map(v -> v.getVersion())
                .toList();
    }
}
