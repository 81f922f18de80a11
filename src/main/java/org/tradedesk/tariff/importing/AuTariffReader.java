package org.tradedesk.tariff.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import org.tradedesk.tariff.domain.AuDutyRateParser;
import org.tradedesk.tariff.domain.MeasureType;
import org.tradedesk.tariff.domain.NodeLevel;
import org.tradedesk.tariff.domain.PublishedParties;
import org.tradedesk.tariff.domain.PublishedText;
import org.tradedesk.tariff.domain.RateMeasure;
import org.tradedesk.tariff.domain.RateParseResult;
import org.tradedesk.tariff.domain.ScheduleData;

/**
 * Reads the Australian Customs Tariff as published (Schedule 3 JSON, optionally the FTA schedules
 * 4–16 JSON) into a {@link ScheduleData}. A file that is not of that shape is refused as a whole;
 * a single line or rate text that cannot be read is listed with its reason.
 */
public final class AuTariffReader {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private AuTariffReader() {
    }

    public static ScheduleData read(InputStream schedule3, InputStream ftaSchedules, IntConsumer progress) {
        ScheduleData data = new ScheduleData();
        JsonNode root = parse(schedule3, "Schedule 3");
        if (!root.isArray() || root.isEmpty() || !root.get(0).has("chapters")) {
            throw ImportRejected.because("tariff.import.au.shape",
                    "Schedule 3 file: expected a JSON array of sections with 'chapters', found "
                            + (root.isArray() ? "an array without 'chapters'" : root.getNodeType().toString()));
        }
        int sections = root.size();
        int done = 0;
        for (JsonNode section : root) {
            for (JsonNode chapter : section.path("chapters")) {
                readChapter(chapter, data);
            }
            progress.accept(++done * (ftaSchedules == null ? 90 : 60) / sections);
        }
        if (ftaSchedules != null) {
            readFta(parse(ftaSchedules, "FTA schedules"), data);
        }
        progress.accept(95);
        return data;
    }

    private static JsonNode parse(InputStream in, String what) {
        try {
            return JSON.readTree(in);
        } catch (JacksonException e) {
            // the parser's own message names its configuration ("Source: REDACTED (StreamReadFeature...")):
            // the user needs the first sentence and where in the file
            String reason = e.getOriginalMessage().replaceAll("\\s*\\(?\\bat \\[Source:.*$", "").replaceAll("\\s*\\[Source:.*$", "")
                    .replaceAll("\\s*\\(start marker at.*$", "");
            var where = e.getLocation();
            String at = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw ImportRejected.because("tariff.import.json", what + " file is not valid JSON" + at + ": " + reason);
        }
    }

    private static void readChapter(JsonNode chapter, ScheduleData data) {
        String number = text(chapter, "number");
        if (!number.matches("\\d{1,2}")) {
            data.reject("chapter " + number, text(chapter, "title"), "tariff.import.reject.chapter-number",
                    "chapter number is not 1 or 2 digits");
            return;
        }
        String chapterCode = String.format("%02d", Integer.parseInt(number));
        data.addNode(new ScheduleData.Node(chapterCode, NodeLevel.CHAPTER, null, null, text(chapter, "title"), null,
                null, null, null, null));
        for (JsonNode heading : chapter.path("headings")) {
            String headingCode = digits(text(heading, "code"));
            if (headingCode.matches("\\d{4}")) {
                String description = text(heading, "description");
                data.addNode(new ScheduleData.Node(headingCode, NodeLevel.HEADING, null, null,
                        description.isEmpty() ? null : description, null, null, null, null, null));
            }
            for (JsonNode line : heading.path("classifications")) {
                readLine(line, data);
            }
        }
    }

    private static void readLine(JsonNode line, ScheduleData data) {
        data.rowRead();
        String reference = text(line, "referenceNumber");
        // A trailing * or # marks excise-equivalent or restricted goods (a footnote, not part of the code).
        String code = digits(reference).replaceAll("[*#]+$", "");
        if (!code.matches("\\d{2,8}")) {
            data.reject(reference, text(line, "description"), "tariff.import.reject.reference",
                    "reference number is not a tariff code of 2 to 8 digits");
            return;
        }
        String stat = digits(text(line, "statisticalCode"));
        String unit = clean(text(line, "unit"));
        String description = clean(text(line, "description"));
        String rate = text(line, "dutyRate");
        if (stat.isEmpty()) {
            data.addNode(new ScheduleData.Node(code, NodeLevel.ofDigits(code.length()), null, unit, description, null,
                    rate.isBlank() ? null : rate, null, null, null));
        } else {
            data.addNode(new ScheduleData.Node(code, NodeLevel.ITEM, null, unit, description, null,
                    rate.isBlank() ? null : rate, null, null, null));
            data.addNode(new ScheduleData.Node(code + stat, NodeLevel.STATISTICAL, stat, unit, description, null,
                    null, null, null, null));
        }
        if (AuDutyRateParser.normalize(rate).isEmpty()) {
            data.rowImported();
            return;
        }
        RateParseResult parsed = AuDutyRateParser.parseSchedule3(rate);
        data.rateRead(parsed.ok());
        if (!parsed.ok()) {
            data.reject(reference.strip(), rate, "tariff.import.reject.rate-unreadable", parsed.failure(), parsed.failure());
            return;
        }
        for (String part : parsed.unread()) {
            data.reject(reference.strip(), rate, "tariff.import.reject.rate-part-unread", part + " (the line's other rates are imported)", part);
        }
        for (RateMeasure m : parsed.measures()) {
            data.addMeasure(new ScheduleData.Measure(code, m.type(), m.preference(), null,
                    m.validFrom() == null ? ScheduleData.OPEN_START : m.validFrom(), m.validTo(), m.expression(),
                    m.originalText(), "Schedule 3"));
        }
        data.rowImported();
    }

    private record FtaEntry(String schedule, String scheme, String code, String partner, PublishedParties parties, RateMeasure measure) {
    }

    private static void readFta(JsonNode root, ScheduleData data) {
        if (!root.isObject()) {
            throw ImportRejected.because("tariff.import.au.shape",
                    "FTA schedules file: expected a JSON object keyed by schedule name, found " + root.getNodeType());
        }
        Map<String, List<FtaEntry>> lines = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> schedule : root.properties()) {
            for (JsonNode e : schedule.getValue()) {
                data.rowRead();
                String code = digits(text(e, "hsCode")).replaceAll("[*#]+$", "");
                String rate = text(e, "dutyRate");
                String row = schedule.getKey() + " " + text(e, "hsCode");
                if (AuDutyRateParser.normalize(rate).isEmpty()) {
                    data.reject(row, rate, "tariff.import.reject.no-rate", "no rate in the entry");
                    continue;
                }
                if (!data.hasNode(code)) {
                    data.reject(row, rate, "tariff.import.reject.no-line", "no tariff line " + text(e, "hsCode") + " in Schedule 3", text(e, "hsCode"));
                    continue;
                }
                String scheme = text(e, "ftaName");
                RateParseResult parsed = AuDutyRateParser.parseFta(scheme, rate, text(e, "description"));
                data.rateRead(parsed.ok());
                if (!parsed.ok()) {
                    data.reject(row, rate, "tariff.import.reject.rate-unreadable", parsed.failure(), parsed.failure());
                    continue;
                }
                String partner = partner(text(e, "description"), text(e, "hsCode"));
                PublishedParties parties;
                try {
                    // a rate the schedule publishes for named parties only is theirs, not every party's
                    parties = PublishedParties.ofAustralianEntry(partner);
                } catch (IllegalArgumentException notACountry) {
                    data.reject(row, rate, "tariff.import.reject.parties", notACountry.getMessage(), notACountry.getMessage());
                    continue;
                }
                for (RateMeasure m : parsed.measures()) {
                    lines.computeIfAbsent(schedule.getKey() + "|" + code + "|" + partner, k -> new ArrayList<>())
                            .add(new FtaEntry(schedule.getKey(), scheme, code, partner, parties, m));
                }
                data.rowImported();
            }
        }
        // Staged FTA rates come as separate entries of the same line: each runs until the next one starts.
        for (List<FtaEntry> entries : lines.values()) {
            entries.sort(Comparator.comparing(f -> f.measure.validFrom() == null ? ScheduleData.OPEN_START : f.measure.validFrom()));
            for (int i = 0; i < entries.size(); i++) {
                FtaEntry f = entries.get(i);
                LocalDate from = f.measure.validFrom() == null ? ScheduleData.OPEN_START : f.measure.validFrom();
                LocalDate to = f.measure.validTo();
                if (to == null && i + 1 < entries.size()) {
                    LocalDate next = entries.get(i + 1).measure.validFrom();
                    to = next == null || !next.isAfter(from) ? null : next.minusDays(1);
                }
                data.addMeasure(new ScheduleData.Measure(f.code, MeasureType.PREFERENTIAL, f.scheme, f.partner.isEmpty() ? null : f.partner,
                        from, to, f.measure.expression(), f.measure.originalText(), f.schedule, f.parties));
            }
        }
    }

    /** What the FTA description says beyond the code and the date, e.g. "(Rate No. 002) United Kingdom". */
    static String partner(String description, String hsCode) {
        String s = AuDutyRateParser.normalize(description).replace(hsCode.strip(), "")
                .replaceAll("From\\s*\\d{1,2}\\s*[A-Za-z]+\\s*\\d{4}\\s*:?", "").trim();
        s = s.replaceAll("[:\\s]+$", "").trim();
        return s.length() > 190 || s.startsWith("..") ? "" : s;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asString();
    }

    private static String digits(String s) {
        return s.replaceAll("[\\s.\\u200B\\uFEFF-]", "");
    }

    private static String clean(String s) {
        // descriptions as printed: "cm³" and "\"", not "cm 3" and "&quot;"; a ';' stays (the rate reader drops it)
        String c = PublishedText.decode(s).replaceAll("\\s+", " ").strip();
        return c.isEmpty() || c.equals("..") ? null : c;
    }

    static InputStream resource(String path) throws IOException {
        InputStream in = AuTariffReader.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }
}
