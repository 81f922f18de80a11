package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every reader of the package through its public entry point: random bytes and mutations of the real
 * samples (bit flips, deleted, inserted and duplicated runs, truncation, splices of two samples, delimiter
 * swaps), with a fixed seed so a failure replays. The only outcomes allowed are a result or
 * {@link UnreadableMessage}; any other exception fails the test, and so does a case slower than the budget.
 */
class MessageReadersFuzzTest {

    static final long SEED = 20261206L;
    static final int CASES_PER_READER = 800;
    static final long CASE_BUDGET_MS = 2_000;

    private static Map<String, byte[]> invoiceSamples() throws Exception {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        for (String name : List.of("en16931_ubl-tc434-example1.xml", "en16931_CII_example2.xml",
                "en16931_INVOIC_D14B_EXAMPLE1.edi", "staedi_invoic_d97b_una.edi")) {
            samples.put(name, InvoiceFormatsTest.resource(name));
        }
        samples.put("lines.csv", InvoiceFormatsTest.CSV_EN.getBytes(StandardCharsets.UTF_8));
        samples.put("lines.xlsx", InvoiceFormatsTest.xlsx());
        samples.put("invoice.pdf", InvoiceFormatsTest.pdf("Invoice No: X-1", "Date: 2026-01-02", "Total amount: USD 10.00"));
        return samples;
    }

    @Test
    void invoiceReadersReturnAnInvoiceOrRefuseNeverAnythingElse() throws Exception {
        run(invoiceSamples(), bytes -> InvoiceFormats.read(bytes, "fuzz"));
    }

    private static Map<String, byte[]> declarationAndResponseSamples() {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        samples.put("cusres.edi", CustomsResponsesTest.CUSRES_REJECTION.getBytes(StandardCharsets.ISO_8859_1));
        samples.put("nx901.xml", CustomsResponsesTest.NX901.getBytes(StandardCharsets.UTF_8));
        samples.put("cusdec.edi", AustralianCusdec.write(Declarations.australian(), Declarations.ENVELOPE));
        samples.put("nx5105.xml", TaiwanDeclarationXml.write(Declarations.taiwan()));
        samples.put("wco.xml", WcoDeclarationXml.write(Declarations.australian()));
        samples.put("hmrc.xml", InvoiceFormatsTest.resource("hmrc_wco_dms36_import_declaration_valid.xml"));
        return samples;
    }

    @Test
    void customsResponseReaderReturnsAResponseOrRefuses() {
        run(declarationAndResponseSamples(), CustomsResponses::read, 300);
    }

    @Test
    void cusdecReaderReturnsADeclarationOrRefuses() {
        run(declarationAndResponseSamples(), AustralianCusdec::read, 300);
    }

    @Test
    void taiwanDeclarationReaderReturnsADeclarationOrRefuses() {
        run(declarationAndResponseSamples(), TaiwanDeclarationXml::read, 300);
    }

    @Test
    void wcoDeclarationReaderReturnsADeclarationOrRefuses() {
        run(declarationAndResponseSamples(), WcoDeclarationXml::read, 300);
    }

    static void run(Map<String, byte[]> samples, Function<byte[], Object> reader) {
        run(samples, reader, CASES_PER_READER);
    }

    static void run(Map<String, byte[]> samples, Function<byte[], Object> reader, int cases) {
        Random random = new Random(SEED);
        List<byte[]> pool = new ArrayList<>(samples.values());
        List<String> names = new ArrayList<>(samples.keySet());
        Map<String, Long> msByKind = new java.util.TreeMap<>();
        int results = 0;
        int refusals = 0;
        long slowest = 0;
        long started = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            int pick = random.nextInt(pool.size());
            String kind = i % 10 == 0 ? "random" : names.get(pick);
            byte[] input = i % 10 == 0 ? randomBytes(random) : mutate(pool.get(pick), pool, random);
            long t0 = System.nanoTime();
            try {
                Object result = reader.apply(input);
                assertThat(result).isNotNull();
                results++;
            } catch (UnreadableMessage expected) {
                assertThat(expected.reason()).isNotNull();
                assertThat(expected.location()).isNotNull();
                refusals++;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("case " + i + " (seed " + SEED + ") threw " + e, e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            slowest = Math.max(slowest, ms);
            msByKind.merge(kind, ms, Long::sum);
            assertThat(ms).as("case %d took %d ms", i, ms).isLessThan(CASE_BUDGET_MS);
        }
        long total = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("fuzz: %d cases, %d read, %d refused, slowest %d ms, total %d ms%n",
                cases, results, refusals, slowest, total);
        System.out.println("fuzz ms by source: " + msByKind);
        assertThat(results).as("mutations that keep a file valid are still read").isPositive();
        assertThat(refusals).isPositive();
        assertThat(total).isLessThan(30_000);
    }

    static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(2048)];
        random.nextBytes(b);
        if (b.length > 4 && random.nextBoolean()) {
            String[] prefixes = {"UNA:+.? '", "UNB+", "<?xml version=\"1.0\"?><", "%PDF-1.7\n", "PK\u0003\u0004", "Description,Quantity\n"};
            byte[] p = prefixes[random.nextInt(prefixes.length)].getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(p, 0, b, 0, Math.min(p.length, b.length));
        }
        return b;
    }

    static byte[] mutate(byte[] source, List<byte[]> pool, Random random) {
        byte[] b = source.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds && b.length > 0; r++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), new byte[0]);
                case 2 -> {
                    byte[] junk = new byte[1 + random.nextInt(16)];
                    random.nextBytes(junk);
                    b = splice(b, at, at, junk);
                }
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + random.nextInt(200));
                    byte[] dup = java.util.Arrays.copyOfRange(b, at, at + len);
                    b = splice(b, at, at, dup);
                }
                case 4 -> b = java.util.Arrays.copyOf(b, at);
                case 5 -> {
                    byte[] other = pool.get(random.nextInt(pool.size()));
                    int from = random.nextInt(other.length);
                    b = splice(b, at, b.length, java.util.Arrays.copyOfRange(other, from, Math.min(other.length, from + 500)));
                }
                default -> {
                    byte[] specials = "'+:?*~=<>&\"/,;\n\u0000".getBytes(StandardCharsets.ISO_8859_1);
                    b[at] = specials[random.nextInt(specials.length)];
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
