package org.tradedesk.markets.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.persistence.ComtradeFetchStore;

/**
 * t2duck: a resumed Comtrade fetch writes the API's header and its pages straight from the database into the upload — one
 * query for every page ({@link ComtradeFetchStore#writeContent}), no query and byte array per page, no temporary copy before
 * the upload — and the upload is what the import reads: header, the pages in order, its SHA-256 and size.
 */
class ComtradeFetcherStreamTest {

    @Test
    void aResumeWhosePagesAreAllDoneStreamsThemFromOneQueryIntoTheUpload() throws Exception {
        ComtradeFetchStore jobs = mock(ComtradeFetchStore.class);
        DatasetImporter importer = mock(DatasetImporter.class);
        when(jobs.find(7L)).thenReturn(Optional.of(new ComtradeFetchStore.Job(7, "A", "156", "842", "M", "8542", 2010, 2011, 2, "FAILED",
                null, "analyst")));
        when(jobs.pages(7L)).thenReturn(List.of(new ComtradeFetchStore.Page(0, "2010", 1), new ComtradeFetchStore.Page(1, "2011", 1)));
        doAnswer(call -> {
            OutputStream out = call.getArgument(1);
            out.write("page-0\r\n".getBytes(StandardCharsets.UTF_8));
            out.write("page-1\r\n".getBytes(StandardCharsets.UTF_8));
            return null;
        }).when(jobs).writeContent(eq(7L), any(OutputStream.class));
        AtomicReference<String> imported = new AtomicReference<>();
        AtomicReference<DatasetImporter.Upload> upload = new AtomicReference<>();
        when(importer.submit(any(DatasetImporter.Upload.class), eq(SourceFormat.COMTRADE_V1), eq("analyst"), eq(false))).thenAnswer(call -> {
            DatasetImporter.Upload u = call.getArgument(0);
            upload.set(u);
            imported.set(Files.readString(u.file(), StandardCharsets.UTF_8));
            return new DatasetImporter.Submitted(42, false);
        });
        // every page done: no call to Comtrade (the base URL is never reached)
        ComtradeFetcher fetcher = new ComtradeFetcher(importer, jobs, Clock.systemUTC(), "http://127.0.0.1:9", "", Duration.ofSeconds(1),
                1_000_000, 1000, 1, 0, Duration.ZERO);

        ComtradeFetcher.Outcome o = fetcher.resume(7, "analyst");

        String expected = ComtradeClient.header() + "page-0\r\npage-1\r\n";
        assertThat(imported.get()).isEqualTo(expected);
        byte[] bytes = expected.getBytes(StandardCharsets.UTF_8);
        assertThat(upload.get().size()).isEqualTo(bytes.length);
        assertThat(upload.get().sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(upload.get().name()).isEqualTo("comtrade-api-preview-A-r156-p842-M8542-2010-2011.csv");
        assertThat(o.submitted().id()).isEqualTo(42);
        assertThat(o.fetched().records()).isEqualTo(2);
        assertThat(o.fetched().calls()).isZero();
        verify(jobs, times(1)).writeContent(eq(7L), any(OutputStream.class)); // one query for all pages
        verify(jobs).done(eq(7L), eq(42L), any());
        verify(jobs, org.mockito.Mockito.never()).pageDone(anyLong(), anyInt(), any(), anyInt(), any(), any());
    }

    @Test
    void aFetchWhoseImportCannotBeHandedOverIsMarkedFailedWithTheReasonNotLeftRunning() throws Exception {
        ComtradeFetchStore jobs = mock(ComtradeFetchStore.class);
        DatasetImporter importer = mock(DatasetImporter.class);
        when(jobs.find(7L)).thenReturn(Optional.of(new ComtradeFetchStore.Job(7, "A", "156", "842", "M", "8542", 2010, 2010, 1, "FAILED",
                null, "analyst")));
        when(jobs.pages(7L)).thenReturn(List.of(new ComtradeFetchStore.Page(0, "2010", 1)));
        doAnswer(call -> {
            call.<OutputStream>getArgument(1).write("page-0\r\n".getBytes(StandardCharsets.UTF_8));
            return null;
        }).when(jobs).writeContent(eq(7L), any(OutputStream.class));
        when(importer.submit(any(DatasetImporter.Upload.class), any(), any(), eq(false))).thenThrow(new org.tradedesk.shared.TradedeskException(
                org.tradedesk.shared.TradedeskException.Kind.CONFLICT, "markets.import.queue-full", "the queue is full"));
        ComtradeFetcher fetcher = new ComtradeFetcher(importer, jobs, Clock.systemUTC(), "http://127.0.0.1:9", "", Duration.ofSeconds(1),
                1_000_000, 1000, 1, 0, Duration.ZERO);

        org.junit.jupiter.api.Assertions.assertThrows(org.tradedesk.shared.TradedeskException.class, () -> fetcher.resume(7, "analyst"));

        // t2fixG: FAILED with the reason (listed, resumable), not RUNNING until it looks stale
        // t2fixK: the reason kept as its message code (and arguments), worded when read
        verify(jobs).failed(eq(7L), org.mockito.ArgumentMatchers.<org.tradedesk.shared.TradedeskException>argThat(
                e -> "markets.import.queue-full".equals(e.messageCode())), any());
        verify(jobs, org.mockito.Mockito.never()).done(anyLong(), anyLong(), any());
    }
}
