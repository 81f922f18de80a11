package org.tradedesk.taxes.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tradedesk.taxes.CalculationId;
import org.tradedesk.clients.ClientId;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.taxes.SavedCalculation;
import org.tradedesk.taxes.TaxCalculationNotFound;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxResult;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Saved calculations on the database; request and result are kept as JSON exactly as calculated. */
@Component
public class CalculationStore {

    private final TaxCalculationRepository repository;
    private final JsonMapper json;

    CalculationStore(TaxCalculationRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @Transactional
    public SavedCalculation create(ClientId clientId, TaxRequest request, TaxResult result, String chainVersion,
            String user, Instant at) {
        TaxCalculationEntity entity = new TaxCalculationEntity(UUID.randomUUID(), column(clientId), result.jurisdiction(), result.date(),
                result.currency(), result.total(), chainVersion, json.writeValueAsString(request), json.writeValueAsString(result),
                user, at);
        return toRecord(repository.saveAndFlush(entity));
    }

    @Transactional(readOnly = true)
    public Optional<SavedCalculation> find(CalculationId id) {
        return repository.findById(id.value()).map(this::toRecord);
    }

    @Transactional(readOnly = true)
    public List<SavedCalculation.Summary> forClient(ClientId clientId) {
        return repository.findByClientIdOrderByCreatedAtDescIdDesc(column(clientId)).stream()
                .map(e -> new SavedCalculation.Summary(CalculationId.of(e.id()), client(e.clientId()), e.jurisdiction(), e.calculationDate(), e.status(),
                        e.currency(), e.totalAmount(), e.createdBy(), e.createdAt(), e.chainVersion()))
                .toList();
    }

    /** Saved calculations of one client or of all ({@code clientId} null), in one status or any, newest first. */
    @Transactional(readOnly = true)
    public List<SavedCalculation.Summary> search(ClientId clientId, org.tradedesk.taxes.CalculationStatus status, int limit) {
        return repository.summaries(column(clientId), status, org.springframework.data.domain.PageRequest.of(0, limit)).stream()
                .map(CalculationStore::summary).toList();
    }

    /**
     * {@link #search}, for a coordinator: the newest {@code limit} rows of the clients {@code clientIds} and those
     * {@code author} saved without a client of the desk, in one query.
     */
    @Transactional(readOnly = true)
    public List<SavedCalculation.Summary> searchOf(java.util.Set<ClientId> clientIds, String author, ClientId clientId,
            org.tradedesk.taxes.CalculationStatus status, int limit) {
        // "-" is no client's column: an IN list is never empty (a coordinator assigned to no client still sees their own rows)
        List<String> columns = new java.util.ArrayList<>(List.of("-"));
        clientIds.forEach(c -> columns.add(column(c)));
        return repository.summariesOf(columns, author, column(clientId), status, org.springframework.data.domain.PageRequest.of(0, limit))
                .stream().map(CalculationStore::summary).toList();
    }

    private static SavedCalculation.Summary summary(Object[] r) {
        return new SavedCalculation.Summary(CalculationId.of((UUID) r[0]), client((String) r[1]), (String) r[2], (java.time.LocalDate) r[3],
                (org.tradedesk.taxes.CalculationStatus) r[4], (String) r[5], (java.math.BigDecimal) r[6], (String) r[7], (Instant) r[8], (String) r[9]);
    }

    /** Changes the status through the entity's guarded methods; the optimistic lock refuses a stale change. */
    @Transactional
    public SavedCalculation change(CalculationId id, Consumer<StatusChange> change) {
        TaxCalculationEntity entity = repository.findById(id.value()).orElseThrow(() -> TaxCalculationNotFound.forId(id));
        change.accept(new StatusChange(entity));
        return toRecord(repository.saveAndFlush(entity));
    }

    /** The moves a caller may make on a saved calculation. */
    public static final class StatusChange {
        private final TaxCalculationEntity entity;

        private StatusChange(TaxCalculationEntity entity) {
            this.entity = entity;
        }

        public org.tradedesk.taxes.CalculationStatus status() {
            return entity.status();
        }

        public void moveTo(org.tradedesk.taxes.CalculationStatus target) {
            entity.moveTo(target);
        }

        public void approve(String by, Instant at) {
            entity.approve(by, at);
        }
    }

    /** The stored result as a JSON tree, for comparing a re-run field by field. */
    /**
     * Whether a re-run gives every figure of the saved result: the customs value, each step's amount
     * before and after rounding, each tax, each option's total and the total. Texts (the wording of an
     * explanation, a label) may improve between releases without changing what was computed, so they
     * are not compared; the figures are compared by value (2.50 equals 2.5).
     */
    public boolean sameResult(TaxResult a, TaxResult b) {
        return figures(a).equals(figures(b));
    }

    private static java.util.List<String> figures(TaxResult r) {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("customsValue " + plain(r.customsValue()));
        out.add("total " + plain(r.total()));
        r.steps().forEach(s -> out.add("step " + s.line() + " " + s.code() + " " + plain(s.amountExact()) + " " + plain(s.amount())));
        r.taxes().forEach(t -> out.add("tax " + t.code() + " " + plain(t.amount())));
        r.options().forEach(o -> out.add("option " + o.line() + " " + o.scheme() + " " + plain(o.total())));
        return out;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private SavedCalculation toRecord(TaxCalculationEntity e) {
        return new SavedCalculation(CalculationId.of(e.id()), client(e.clientId()), e.jurisdiction(), e.calculationDate(), e.status(), e.currency(),
                e.totalAmount(), e.chainVersion(), json.readValue(e.requestJson(), TaxRequest.class),
                result(e.resultJson()), e.createdBy(), e.createdAt(), e.approvedBy(), e.approvedAt(),
                e.version());
    }

    /**
     * The column keeps the client's number as text, in one form ({@link ClientId#toString}: no leading zero), which the
     * list's query compares as text; release 2026-11's other forms ("0042", "client-42") were turned into it or into null
     * by migration {@code V2026_12_09_1400}, and a check constraint keeps it so.
     */
    private static String column(ClientId clientId) {
        return clientId == null ? null : clientId.toString();
    }

    /** The client of the column (null: saved for no client of the desk), read as the list's query reads it. */
    private static ClientId client(String column) {
        return column == null ? null : ClientId.parse(column);
    }

    /**
     * A saved result, read as it was written. Results saved before the engine kept its texts as data hold
     * them as English sentences: those are kept as they were written (a message that prints its text
     * unchanged), the general option and the base's terms become the messages they stand for.
     */
    TaxResult result(String resultJson) {
        JsonNode tree = json.readTree(resultJson);
        if (tree instanceof ObjectNode root) {
            upgradeTexts(root);
        }
        return json.treeToValue(tree, TaxResult.class);
    }

    private static void upgradeTexts(ObjectNode root) {
        JsonNode notes = root.get("notes");
        if (notes instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isString()) {
                    list.set(i, asGiven(list.get(i).asString()));
                }
            }
        }
        if (root.get("dataVersions") instanceof ObjectNode versions) {
            for (String key : List.copyOf(versions.propertyNames())) {
                JsonNode value = versions.get(key);
                if (value.isString()) {
                    versions.set(key, dataVersion(value.asString()));
                }
            }
        }
        Map<String, JsonNode> labels = new HashMap<>();
        for (JsonNode step : root.path("steps")) {
            if (step.get("label") != null) {
                labels.putIfAbsent(step.path("code").asString(), step.get("label"));
            }
        }
        for (JsonNode node : root.path("steps")) {
            if (node instanceof ObjectNode step) {
                textToMessage(step, "explanation");
                textToMessage(step, "rateSource");
                if (step.get("baseTerms") == null && step.path("baseFormula").isString()) {
                    step.set("baseTerms", baseTerms(step.get("baseFormula").asString(), labels));
                }
            }
        }
        for (JsonNode node : root.path("sources")) {
            if (node instanceof ObjectNode source && node.get("publisherText") == null) {
                upgradeRateSource(source);
            }
        }
        for (JsonNode node : root.path("options")) {
            if (node instanceof ObjectNode option) {
                if ("GENERAL".equals(option.path("scheme").asString()) && option.path("label").isString()) {
                    option.set("label", message("taxes.option.GENERAL"));
                    option.putNull("requires");
                } else {
                    textToMessage(option, "label");
                    textToMessage(option, "requires");
                }
            }
        }
    }

    /** A chain's version as results saved it before data versions were messages: "AU 2026.1 (effective 2026-01-01)". */
    private static final java.util.regex.Pattern OLD_CHAIN = java.util.regex.Pattern.compile("^([A-Z]{2}) (\\S+) \\(effective (\\d{4}-\\d{2}-\\d{2})\\)$");

    /**
     * A data version saved as an English text: the chain's (a fixed form the engine wrote) becomes the message it stands
     * for; every other text (a rate's source, a tariff line's reference) is shown as it was written.
     */
    private static ObjectNode dataVersion(String text) {
        java.util.regex.Matcher m = OLD_CHAIN.matcher(text);
        if (m.matches()) {
            ObjectNode chain = message("taxes.dataVersion.chain");
            ((ArrayNode) chain.get("args")).add(literal(m.group(1))).add(literal(m.group(2))).add(date(m.group(3)));
            return chain;
        }
        ObjectNode rate = oldRate(text);
        if (rate != null) {
            return rate;
        }
        java.util.regex.Matcher relief = OLD_RELIEF.matcher(text);
        if (relief.matches()) {
            ObjectNode v = message(relief.group(2).equals("draught rate") ? "taxes.dataVersion.draught" : "taxes.dataVersion.spr");
            ((ArrayNode) v.get("args")).add(literal(relief.group(1))).add(date(relief.group(3))).add(literal(relief.group(4)))
                    .add(literal(relief.group(5)));
            return v;
        }
        return asGiven(text);
    }

    /** A rate as results saved it before data versions were messages: "0.91 USD per AUD (given in the request)", "32.15 TWD per USD (RBA [rate table row 12], effective 2026-03-02 to 2026-03-08)". */
    private static final java.util.regex.Pattern OLD_RATE = java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+)?) ([A-Z]{3}) per ([A-Z]{3}) \\((.*)\\)$");
    private static final java.util.regex.Pattern OLD_RATE_SOURCE = java.util.regex.Pattern.compile(
            "^(.*?)(?: \\[rate table row ([^\\]]+)])?(?:, effective (\\d{4}-\\d{2}-\\d{2})(?: to (\\d{4}-\\d{2}-\\d{2}))?)?$");
    /** A draught rate or Small Producer Relief table as saved before: "beer draught rate from 2025-02-01 (UK-2026.1, HMRC …)". */
    private static final java.util.regex.Pattern OLD_RELIEF = java.util.regex.Pattern.compile(
            "^(.+) (draught rate|lookup table) from (\\d{4}-\\d{2}-\\d{2}) \\(([^,]+), (.*)\\)$");

    /** The old English rate text as the messages {@code taxes.dataVersion.rate*} the engine writes now; null for another text. */
    private static ObjectNode oldRate(String text) {
        java.util.regex.Matcher m = OLD_RATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        ObjectNode quote = message("taxes.dataVersion.quote");
        ((ArrayNode) quote.get("args")).add(JsonNodeFactory.instance.objectNode().put("kind", "NUMBER").put("value", m.group(1)))
                .add(literal(m.group(2))).add(literal(m.group(3)));
        if (m.group(4).equals("given in the request")) {
            ObjectNode request = message("taxes.dataVersion.rate.request");
            ((ArrayNode) request.get("args")).add(nested(quote));
            return request;
        }
        java.util.regex.Matcher where = OLD_RATE_SOURCE.matcher(m.group(4));
        if (!where.matches() || where.group(1).isBlank()) {
            return null;
        }
        ObjectNode source;
        if (where.group(2) != null) {
            source = message("taxes.exchange-rate.row");
            ((ArrayNode) source.get("args")).add(literal(where.group(1))).add(literal(where.group(2)));
        } else {
            source = asGiven(where.group(1));
        }
        ObjectNode inForce = source;
        if (where.group(3) != null) {
            inForce = message(where.group(4) == null ? "taxes.dataVersion.rate.from" : "taxes.dataVersion.rate.between");
            ArrayNode args = ((ArrayNode) inForce.get("args")).add(nested(source)).add(date(where.group(3)));
            if (where.group(4) != null) {
                args.add(date(where.group(4)));
            }
        }
        ObjectNode rate = message("taxes.dataVersion.rate");
        ((ArrayNode) rate.get("args")).add(nested(quote)).add(nested(inForce));
        return rate;
    }

    private static ObjectNode nested(ObjectNode message) {
        ObjectNode arg = JsonNodeFactory.instance.objectNode().put("kind", "MESSAGE");
        arg.set("message", message);
        return arg;
    }

    private static ObjectNode date(String iso) {
        return JsonNodeFactory.instance.objectNode().put("kind", "DATE").put("value", iso);
    }

    /** How the rate table's rows were named in saved results before the source was kept as data. */
    private static final java.util.regex.Pattern OLD_ROW = java.util.regex.Pattern.compile("^(.*) \\[rate table row (\\d+)]$");

    /**
     * A rate source saved as the English text "RBA [rate table row 12]": the source and the row become the message
     * {@code taxes.exchange-rate.row}, so the reader sees it in their language; other texts print as they were written.
     */
    private static void upgradeRateSource(ObjectNode source) {
        JsonNode publisher = source.get("publisher");
        if (!"EXCHANGE_RATE".equals(source.path("kind").asString()) || publisher == null || !publisher.isString()) {
            return;
        }
        java.util.regex.Matcher m = OLD_ROW.matcher(publisher.asString());
        if (m.matches()) {
            ObjectNode row = message("taxes.exchange-rate.row");
            ((ArrayNode) row.get("args")).add(literal(m.group(1))).add(literal(m.group(2)));
            source.put("publisher", m.group(1));
            source.set("publisherText", row);
        }
    }

    private static void textToMessage(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isString()) {
            node.set(field, asGiven(value.asString()));
        }
    }

    /** The codes of a saved base ({@code CUSTOMS_VALUE + DUTY}) named as the engine names them now. */
    private static ObjectNode baseTerms(String formula, Map<String, JsonNode> labels) {
        ObjectNode sum = null;
        for (String term : formula.split(" \\+ ")) {
            String code = term.strip();
            if (code.isEmpty()) {
                continue;
            }
            JsonNode label = labels.get(code);
            ObjectNode arg;
            if (label != null && label.isObject()) {
                ObjectNode bilingual = message("taxes.text.bilingual");
                bilingual.putArray("args").add(literal(label.path("zhTw").asString(label.path("en").asString())))
                        .add(literal(label.path("en").asString(label.path("zhTw").asString())));
                arg = JsonNodeFactory.instance.objectNode().put("kind", "MESSAGE");
                arg.set("message", bilingual);
            } else {
                arg = JsonNodeFactory.instance.objectNode().put("kind", "CODE").put("value", "taxes.value." + code);
            }
            ObjectNode next;
            if (sum == null) {
                next = message("taxes.base.term");
                next.putArray("args").add(arg);
            } else {
                next = message("taxes.base.plus");
                ObjectNode previous = JsonNodeFactory.instance.objectNode().put("kind", "MESSAGE");
                previous.set("message", sum);
                next.putArray("args").add(previous).add(arg);
            }
            sum = next;
        }
        return sum == null ? message("taxes.base.none") : sum;
    }

    private static ObjectNode message(String code) {
        ObjectNode m = JsonNodeFactory.instance.objectNode().put("code", code);
        m.putArray("args");
        return m;
    }

    private static ObjectNode asGiven(String text) {
        ObjectNode m = JsonNodeFactory.instance.objectNode().put("code", "taxes.text.asGiven");
        m.putArray("args").add(literal(text));
        return m;
    }

    private static ObjectNode literal(String text) {
        return JsonNodeFactory.instance.objectNode().put("kind", "LITERAL").put("value", text);
    }
}
