package org.tradedesk.clearance.messages;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes one UN/EDIFACT message in its interchange with StAEDI's writer, validating each segment against
 * the message's StAEDI schema as it is written, and counting the segments for UNT. A segment is given as
 * its tag and elements; an element's components are separated by {@code :} in the given strings is NOT
 * assumed — each element is a list of components, so values may contain any delimiter (the writer escapes).
 */
final class EdifactWriting {

    /** A segment to write: tag and elements, each element its components ({@code ""} = empty). */
    record Seg(String tag, List<List<String>> elements) {

        static Seg of(String tag, Object... elements) {
            List<List<String>> els = new ArrayList<>(elements.length);
            for (Object e : elements) {
                if (e == null) {
                    els.add(List.of(""));
                } else if (e instanceof Composite comp) {
                    els.add(comp.components());
                } else {
                    els.add(List.of(e.toString()));
                }
            }
            return new Seg(tag, els);
        }
    }

    /** The components of one composite element (a distinct type, so it is never taken for the varargs array). */
    record Composite(List<String> components) {
    }

    static Composite c(String... components) {
        return new Composite(Arrays.stream(components).map(x -> x == null ? "" : x).toList());
    }

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final EDIOutputFactory FACTORY = newOutputFactory();
    private static final Schema CONTROL = control();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private EdifactWriting() {
    }

    private static Schema control() {
        try {
            return SchemaFactory.newFactory().getControlSchema("EDIFACT", new String[] {"UNOC", "3"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI EDIFACT control schema", e);
        }
    }

    private static EDIOutputFactory newOutputFactory() {
        EDIOutputFactory f = EDIOutputFactory.newFactory();
        f.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        f.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        return f;
    }

    /** A StAEDI schema from {@code src/main/resources/clearance/edifact/}, loaded once. */
    static Schema schema(String file) {
        return SCHEMAS.computeIfAbsent(file, f -> {
            try (InputStream in = EdifactWriting.class.getResourceAsStream("/clearance/edifact/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("schema not on the class path: " + f);
                }
                return SchemaFactory.newFactory().createSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (EDISchemaException e) {
                throw new IllegalStateException("schema " + f + " is invalid", e);
            }
        });
    }

    /**
     * @param messageType e.g. {@code CUSDEC}; directory {@code D:99B:UN}
     * @param schema validates the segments between UNH and UNT, or null
     */
    static byte[] write(String sender, String recipient, String interchangeRef, LocalDateTime at, String messageType,
            List<Seg> segments, Schema schema) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, segments.size() * 40));
        try {
            EDIStreamWriter w = FACTORY.createEDIStreamWriter(out, "ISO-8859-1");
            w.setControlSchema(CONTROL);
            if (schema != null) {
                w.setTransactionSchema(schema);
            }
            w.startInterchange();
            segment(w, Seg.of("UNB", c("UNOC", "3"), sender, recipient, c(at.format(DATE), at.format(TIME)), interchangeRef));
            String messageRef = "1";
            segment(w, Seg.of("UNH", messageRef, c(messageType, "D", "99B", "UN")));
            for (Seg s : segments) {
                segment(w, s);
            }
            segment(w, Seg.of("UNT", String.valueOf(segments.size() + 2), messageRef));
            segment(w, Seg.of("UNZ", "1", interchangeRef));
            w.endInterchange();
            w.close();
        } catch (EDIStreamException | io.xlate.edi.stream.EDIValidationException e) {
            throw new IllegalArgumentException("the " + messageType + " schema refuses the message: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void segment(EDIStreamWriter w, Seg s) throws EDIStreamException {
        w.writeStartSegment(s.tag());
        int last = s.elements().size();
        while (last > 0 && s.elements().get(last - 1).stream().allMatch(String::isEmpty)) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            List<String> comps = s.elements().get(i);
            int n = comps.size();
            while (n > 1 && comps.get(n - 1).isEmpty()) {
                n--;
            }
            if (n == 1) {
                if (comps.get(0).isEmpty()) {
                    w.writeEmptyElement();
                } else {
                    w.writeElement(comps.get(0));
                }
            } else {
                w.writeStartElement();
                for (int k = 0; k < n; k++) {
                    if (comps.get(k).isEmpty()) {
                        w.writeEmptyComponent();
                    } else {
                        w.writeComponent(comps.get(k));
                    }
                }
                w.endElement();
            }
        }
        w.writeEndSegment();
    }
}
