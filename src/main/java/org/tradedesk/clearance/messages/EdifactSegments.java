package org.tradedesk.clearance.messages;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tradedesk.shared.MessageText;

/**
 * Reads a UN/EDIFACT interchange with StAEDI into its segments, validating the envelope with StAEDI's
 * built-in control schema (UNB/UNH/UNT/UNZ, among them the UNT segment count) and, when given, each
 * message against a transaction schema. The first error that is not in the caller's tolerated list refuses
 * the whole interchange, naming the line, segment, position and element.
 */
final class EdifactSegments {

    /** One segment: tag, position in the interchange, line, and its elements' components (1-based access). */
    record Segment(String tag, int position, int line, List<List<String>> elements) {

        /** Element {@code e}, component {@code c} (both 1-based); {@code ""} when absent. */
        String get(int e, int c) {
            if (e < 1 || e > elements.size()) {
                return "";
            }
            List<String> comps = elements.get(e - 1);
            return c < 1 || c > comps.size() || comps.get(c - 1) == null ? "" : comps.get(c - 1);
        }

        String get(int e) {
            return get(e, 1);
        }

        String where() {
            return "line " + line + ", segment " + tag + " (position " + position + ")";
        }
    }

    /** A validation finding StAEDI reported, offered to the caller's tolerance test. */
    record Finding(EDIStreamValidationError error, String segment, int element, int component, String text) {
    }

    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

    private EdifactSegments() {
    }

    static List<Segment> read(byte[] content, Schema transactionSchema, Predicate<Finding> tolerated) {
        List<Segment> segments = new ArrayList<>();
        Segment current = null;
        int sinceUnh = 0;
        try (EDIStreamReader r = FACTORY.createEDIStreamReader(new ByteArrayInputStream(content), charset(content))) {
            while (r.hasNext()) {
                EDIStreamEvent event = r.next();
                switch (event) {
                    case START_TRANSACTION -> {
                        if (transactionSchema != null) {
                            r.setTransactionSchema(transactionSchema);
                        }
                    }
                    case START_SEGMENT -> {
                        if (segments.size() >= MessageLimits.MAX_SEGMENTS) {
                            throw new UnreadableMessage(MessageText.of("clearance.edifact.too-many-segments",
                                    MessageText.Arg.number(MessageLimits.MAX_SEGMENTS)), where(r.getLocation()), "too many segments");
                        }
                        Location l = r.getLocation();
                        current = new Segment(r.getText(), l.getSegmentPosition(), l.getLineNumber(), new ArrayList<>());
                        segments.add(current);
                        sinceUnh = "UNH".equals(current.tag()) ? 1 : sinceUnh + 1;
                    }
                    case ELEMENT_DATA -> {
                        if (current != null) {
                            Location l = r.getLocation();
                            if (l.getElementOccurrence() <= 1) {
                                put(current, l.getElementPosition(), l.getComponentPosition(), r.getText());
                            }
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        Location l = r.getLocation();
                        String tag = l.getSegmentTag() != null ? l.getSegmentTag() : current == null ? "" : current.tag();
                        String text = event == EDIStreamEvent.SEGMENT_ERROR ? "" : safeText(r);
                        Finding f = new Finding(r.getErrorType(), tag, l.getElementPosition(), l.getComponentPosition(), text);
                        if (tolerated == null || !tolerated.test(f)) {
                            throw refusal(f, l, sinceUnh);
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (EDIStreamException e) {
            Location l = e.getLocation();
            throw new UnreadableMessage(MessageText.of("clearance.edifact.syntax"), l == null ? "" : where(l), e.getMessage());
        } catch (java.io.IOException e) {
            throw new UnreadableMessage(MessageText.of("clearance.edifact.syntax"), "", e.getMessage());
        }
        if (segments.isEmpty()) {
            throw new UnreadableMessage(MessageText.of("clearance.edifact.no-message"), "line 1", "no segment");
        }
        return segments;
    }

    /**
     * The character encoding the interchange declares in its UNB syntax identifier (ISO 9735 0001): {@code UNOA}/{@code UNOB}
     * (subsets of ISO 646, read as Latin-1), {@code UNOC} ISO 8859-1, {@code UNOD} 8859-2, {@code UNOE} 8859-5, {@code UNOF}
     * 8859-7, {@code UNOW}/{@code UNOY} UTF-8 (t4fixL: StAEDI reads UTF-8 unless told, so a UNOC "Café" was refused). An
     * interchange without a UNB in its first bytes is read as UTF-8, as before.
     */
    static String charset(byte[] content) {
        int n = Math.min(content.length, 64);
        String head = new String(content, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = head.indexOf("UNB");
        if (at < 0 || head.length() < at + 8) {
            return "UTF-8";
        }
        return switch (head.substring(at + 4, at + 8)) {
            case "UNOA", "UNOB", "UNOC" -> "ISO-8859-1";
            case "UNOD" -> "ISO-8859-2";
            case "UNOE" -> "ISO-8859-5";
            case "UNOF" -> "ISO-8859-7";
            default -> "UTF-8";
        };
    }

    private static String safeText(EDIStreamReader r) {
        try {
            return r.getText();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static void put(Segment s, int element, int component, String text) {
        if (element < 1 || element > 99) {
            return;
        }
        List<List<String>> els = s.elements();
        while (els.size() < element) {
            els.add(new ArrayList<>());
        }
        List<String> comps = els.get(element - 1);
        int c = component < 1 ? 1 : component;
        if (c > 99) {
            return;
        }
        while (comps.size() < c) {
            comps.add("");
        }
        comps.set(c - 1, text == null ? "" : text);
    }

    private static UnreadableMessage refusal(Finding f, Location l, int actualCount) {
        String where = where(l);
        if (f.error() == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT && "UNT".equals(f.segment())) {
            return new UnreadableMessage(MessageText.of("clearance.edifact.segment-count",
                    MessageText.Arg.literal(f.text()), MessageText.Arg.number(actualCount)), where,
                    "UNT segment count " + f.text() + " but the message has " + actualCount + " segments");
        }
        return new UnreadableMessage(MessageText.of("clearance.edifact.invalid",
                MessageText.Arg.literal(f.error().name()), MessageText.Arg.literal(f.segment())), where,
                "EDIFACT " + f.error() + " in " + f.segment() + " " + Values.clip(f.text()));
    }

    static String where(Location l) {
        StringBuilder b = new StringBuilder("line ").append(l.getLineNumber());
        if (l.getSegmentTag() != null) {
            b.append(", segment ").append(l.getSegmentTag()).append(" (position ").append(l.getSegmentPosition()).append(')');
        }
        if (l.getElementPosition() > 0) {
            b.append(", element ").append(l.getElementPosition());
        }
        if (l.getComponentPosition() > 0) {
            b.append(", component ").append(l.getComponentPosition());
        }
        return b.toString();
    }
}
