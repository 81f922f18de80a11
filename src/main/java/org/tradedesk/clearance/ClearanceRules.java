package org.tradedesk.clearance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tradedesk.clearance.domain.DeadlineRules;
import org.tradedesk.clearance.domain.DocumentChecks;
import org.tradedesk.clearance.domain.RestDays;
import org.tradedesk.clearance.domain.RetentionRules;

/** The clearance rules held as data ({@code src/main/resources/clearance/*.tsv}), read once at start-up. */
@Configuration(proxyBeanMethods = false)
class ClearanceRules {

    static final String DEADLINES = "/clearance/deadlines.tsv";
    static final String RETENTION = "/clearance/retention.tsv";
    static final String CHECKS = "/clearance/checks.tsv";
    static final String REST_DAYS = "/clearance/rest-days.tsv";

    @Bean
    DocumentChecks clearanceDocumentChecks() {
        try (InputStream in = open(CHECKS)) {
            return DocumentChecks.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    RestDays clearanceRestDays() {
        try (InputStream in = open(REST_DAYS)) {
            return RestDays.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    DeadlineRules clearanceDeadlines(RestDays restDays) {
        try (InputStream in = open(DEADLINES)) {
            return DeadlineRules.read(in).withRestDays(restDays);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    RetentionRules clearanceRetention() {
        try (InputStream in = open(RETENTION)) {
            return RetentionRules.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = ClearanceRules.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing " + path + " on the class path");
        }
        return in;
    }
}
