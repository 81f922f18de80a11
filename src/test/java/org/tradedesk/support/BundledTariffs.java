package org.tradedesk.support;

import org.tradedesk.tariff.ImportJobView;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;

/** Imports the bundled schedules into a test's catalogue and waits for the background jobs. */
public final class BundledTariffs {

    private BundledTariffs() {
    }

    /** Starts every import first (they queue on the import executor), then waits for each; fails if one does not succeed. */
    public static void importAndAwait(TariffCatalogue catalogue, Jurisdiction... jurisdictions) throws InterruptedException {
        long[] jobs = new long[jurisdictions.length];
        for (int i = 0; i < jurisdictions.length; i++) {
            jobs[i] = catalogue.startBundledImport(jurisdictions[i], "test");
        }
        for (long job : jobs) {
            ImportJobView view = await(catalogue, job);
            if (!"SUCCEEDED".equals(view.status())) {
                throw new AssertionError("import job " + job + " ended " + view.status() + ": " + view.message());
            }
        }
    }

    /** The job once it has finished, whatever its outcome; fails after five minutes (a real server can be slow). */
    public static ImportJobView await(TariffCatalogue catalogue, long job) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            ImportJobView view = catalogue.importJob(job);
            if (!view.running()) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job " + job + " did not finish in 5 minutes");
    }
}
