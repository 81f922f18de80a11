package org.tradedesk.taxes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tax API's published JSON contract (issue 7: REST records apart from the engine's model). The golden
 * files under {@code src/test/resources/contract/} were written from the API as it was published before its
 * bodies became records of their own (the engine's {@code TaxRequest}/{@code TaxResult} were the bodies then),
 * so they are the contract as clients know it, not what the code happens to produce now:
 * <ul>
 * <li>{@code tax-api-openapi.json}: the OpenAPI description of every {@code /api/v1/tax} path and every schema
 * those paths reach (names, fields, types, required fields, bounds);</li>
 * <li>{@code tax-api-shapes.txt}: the shape (each field's path and JSON type) of the answers to the published
 * worked examples — the Taiwan and Australia examples of the OpenAPI description, calculated, saved and re-run,
 * and a penalty exposure.</li>
 * </ul>
 * A field added to, renamed in or removed from the engine's model no longer reaches the JSON; if it did, this
 * test fails. A deliberate change of the contract rewrites the files with {@code -Dcontract.write=true} and is
 * reviewed as a change of the published API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TaxApiContractTest {

    private static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");
    private static final Path GOLDEN = Path.of("src/test/resources/contract");
    private static final boolean WRITE = Boolean.getBoolean("contract.write");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void theOpenApiDescriptionOfTheTaxApiIsThePublishedOne() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs").with(COORDINATOR)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        ObjectNode contract = json.createObjectNode();
        ObjectNode paths = contract.putObject("paths");
        doc.get("paths").properties().forEach(p -> {
            if (p.getKey().startsWith("/api/v1/tax/")) {
                paths.set(p.getKey(), p.getValue());
            }
        });
        ObjectNode schemas = contract.putObject("schemas");
        Deque<String> pending = new ArrayDeque<>(references(paths));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (schemas.has(name)) {
                continue;
            }
            JsonNode schema = doc.get("components").get("schemas").get(name);
            assertThat(schema).as("schema " + name).isNotNull();
            schemas.set(name, schema);
            pending.addAll(references(schema));
        }
        compare("tax-api-openapi.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(contract)) + "\n");
    }

    @Test
    void theAnswersToThePublishedWorkedExamplesHaveThePublishedShape() throws Exception {
        StringBuilder shapes = new StringBuilder();
        shape(shapes, "calculation TW", post("/api/v1/tax/calculations", TaxCalculationApiController.TW_EXAMPLE));
        shape(shapes, "calculation AU", post("/api/v1/tax/calculations", TaxCalculationApiController.AU_EXAMPLE));
        JsonNode saved = post("/api/v1/tax/calculations/saved", "{\"request\":" + TaxCalculationApiController.AU_EXAMPLE + "}");
        shape(shapes, "saved AU", saved);
        String id = saved.get("id").asString();
        shape(shapes, "saved AU read", json.readTree(mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(COORDINATOR))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)));
        shape(shapes, "rerun AU", post("/api/v1/tax/calculations/saved/" + id + "/rerun", ""));
        shape(shapes, "penalty TW", post("/api/v1/tax/penalties", """
                {"jurisdiction":"TW","date":"2026-03-02","shortfall":12000,"daysLateDeclaration":3,"daysLatePayment":2,
                 "unpaidTax":500,"voluntaryDisclosure":false}"""));
        compare("tax-api-shapes.txt", shapes.toString());
    }

    private JsonNode post(String path, String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(COORDINATOR)
                .header("Accept-Language", "en").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf());
        if (!body.isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Every field's path with its JSON type, arrays as {@code []} (the union over their elements), sorted. */
    private static void shape(StringBuilder out, String title, JsonNode answer) {
        TreeSet<String> lines = new TreeSet<>();
        walk(answer, "$", lines);
        out.append("# ").append(title).append('\n');
        lines.forEach(l -> out.append(l).append('\n'));
    }

    private static void walk(JsonNode node, String path, TreeSet<String> lines) {
        if (node.isObject()) {
            lines.add(path + " object");
            boolean map = path.endsWith(".dataVersions") || path.endsWith(".taxes") && !path.startsWith("$.taxes")
                    || path.endsWith(".exchangeRates") || path.endsWith(".measures") || path.endsWith(".multiples");
            node.properties().forEach(p -> walk(p.getValue(), path + "." + (map ? "*" : p.getKey()), lines));
        } else if (node.isArray()) {
            lines.add(path + " array");
            node.forEach(e -> walk(e, path + "[]", lines));
        } else {
            lines.add(path + " " + (node.isNull() ? "null" : node.isNumber() ? "number" : node.isBoolean() ? "boolean" : "string"));
        }
    }

    private static TreeSet<String> references(JsonNode node) {
        TreeSet<String> found = new TreeSet<>();
        collect(node, found);
        return found;
    }

    private static void collect(JsonNode node, TreeSet<String> found) {
        if (node.isObject()) {
            node.properties().forEach(p -> {
                if (p.getKey().equals("$ref") && p.getValue().isString()) {
                    found.add(p.getValue().asString().substring("#/components/schemas/".length()));
                } else {
                    collect(p.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(e -> collect(e, found));
        }
    }

    private JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> keys = new TreeMap<>();
            node.properties().forEach(p -> keys.put(p.getKey(), sorted(p.getValue())));
            ObjectNode copy = json.createObjectNode();
            keys.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = json.createArrayNode();
            node.forEach(e -> copy.add(sorted(e)));
            return copy;
        }
        return node;
    }

    private static void compare(String file, String actual) throws Exception {
        Path golden = GOLDEN.resolve(file);
        if (WRITE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("the published contract " + golden + " (rewrite with -Dcontract.write=true only for a deliberate API change)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
