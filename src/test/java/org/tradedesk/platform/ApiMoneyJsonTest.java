package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON shape for money across the whole API (task money, item 1): {@code {"amount": "123.45", "currency": "TWD"}},
 * the amount a decimal string with the currency's ISO 4217 minor units, a {@link CurrencyCode} its code string; the
 * same shape read back, an amount with more decimals than the currency has refused with a 400 naming the field; and the
 * OpenAPI document says so everywhere (no {@code {"value": …}} currency object left in any schema).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@Import(ApiMoneyJsonTest.Echo.class)
class ApiMoneyJsonTest {

    /** A request and an answer carrying money, as a module's API would. */
    record Priced(String label, Money price, CurrencyCode paidIn, List<Money> parts) {
    }

    @TestConfiguration
    static class Echo {
        @RestController
        static class EchoController {
            @PostMapping("/api/v1/test/money-echo")
            Priced echo(@RequestBody Priced body) {
                return body;
            }
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    ResultActions echo(String body, String language) throws Exception {
        return mvc.perform(post("/api/v1/test/money-echo").with(csrf()).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void moneyIsWrittenAsAmountStringAndCurrencyCodeWithTheCurrencysMinorUnits() {
        // ISO 4217 minor units: JPY 0, TWD 2, AUD 2, BHD 3 (java.util.Currency#getDefaultFractionDigits)
        assertThat(json.writeValueAsString(Money.of("1500", "JPY"))).isEqualTo("{\"amount\":\"1500\",\"currency\":\"JPY\"}");
        assertThat(json.writeValueAsString(Money.of("2600.0000", "TWD"))).isEqualTo("{\"amount\":\"2600.00\",\"currency\":\"TWD\"}");
        assertThat(json.writeValueAsString(Money.of("1234.5", "AUD"))).isEqualTo("{\"amount\":\"1234.50\",\"currency\":\"AUD\"}");
        assertThat(json.writeValueAsString(Money.of("7", "BHD"))).isEqualTo("{\"amount\":\"7.000\",\"currency\":\"BHD\"}");
        assertThat(json.writeValueAsString(Money.of("-0.5", "AUD"))).isEqualTo("{\"amount\":\"-0.50\",\"currency\":\"AUD\"}");
        // never rounded on the way out (rounding happens only where the law rounds): a finer amount keeps its digits
        assertThat(json.writeValueAsString(Money.of("1234.567", "AUD"))).isEqualTo("{\"amount\":\"1234.567\",\"currency\":\"AUD\"}");
        assertThat(json.writeValueAsString(CurrencyCode.of("TWD"))).isEqualTo("\"TWD\"");
        assertThat(json.readValue("{\"amount\":\"1234.50\",\"currency\":\"AUD\"}", Money.class)).isEqualTo(Money.of("1234.50", "AUD"));
        assertThat(json.readValue("\"JPY\"", CurrencyCode.class)).isEqualTo(CurrencyCode.of("JPY"));
    }

    @Test
    void anApiAnswerWritesMoneyInOneShapeAndReadsItBack() throws Exception {
        echo("""
                {"label":"wine","price":{"amount":"1500","currency":"JPY"},"paidIn":"TWD",
                 "parts":[{"amount":"2600","currency":"TWD"},{"amount":"99.9","currency":"AUD"}]}""", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.price.amount").value("1500"))
                .andExpect(jsonPath("$.price.currency").value("JPY"))
                .andExpect(jsonPath("$.paidIn").value("TWD"))
                .andExpect(jsonPath("$.parts[0].amount").value("2600.00"))
                .andExpect(jsonPath("$.parts[0].currency").value("TWD"))
                .andExpect(jsonPath("$.parts[1].amount").value("99.90"))
                .andExpect(jsonPath("$.parts[1].currency").value("AUD"));
        // a number for the amount is read as exactly that decimal (no binary float on the way in)
        echo("{\"label\":\"x\",\"price\":{\"amount\":0.1,\"currency\":\"AUD\"},\"paidIn\":\"AUD\",\"parts\":[]}", "en")
                .andExpect(status().isOk()).andExpect(jsonPath("$.price.amount").value("0.10"));
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyHasIsRefusedNamingTheField() throws Exception {
        echo("{\"label\":\"x\",\"price\":{\"amount\":\"1500.5\",\"currency\":\"JPY\"},\"paidIn\":\"JPY\",\"parts\":[]}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.unreadable"))
                .andExpect(jsonPath("$.errors[0].field").value("price.amount"))
                .andExpect(jsonPath("$.errors[0].message").value("1500.5 JPY has no decimals."));
        echo("{\"label\":\"x\",\"price\":{\"amount\":\"1.00\",\"currency\":\"TWD\"},\"paidIn\":\"TWD\","
                + "\"parts\":[{\"amount\":\"12.345\",\"currency\":\"TWD\"}]}", "zh-TW")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parts[0].amount"))
                .andExpect(jsonPath("$.errors[0].message").value("12.345 TWD 最多 2 位小數。"));
        echo("{\"label\":\"x\",\"price\":{\"amount\":\"1.00\",\"currency\":\"XXQ\"},\"paidIn\":\"TWD\",\"parts\":[]}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("price.currency"));
        echo("{\"label\":\"x\",\"price\":{\"amount\":\"12,5\",\"currency\":\"AUD\"},\"paidIn\":\"AUD\",\"parts\":[]}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("price.amount"));
        echo("{\"label\":\"x\",\"price\":{\"currency\":\"AUD\"},\"paidIn\":\"AUD\",\"parts\":[]}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("price.amount"));
        echo("{\"label\":\"x\",\"price\":{\"amount\":\"1.00\",\"currency\":\"AUD\"},\"paidIn\":{\"value\":\"AUD\"},\"parts\":[]}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("paidIn"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentHasNoCurrencyObjectAnywhere() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        @SuppressWarnings("unchecked")
        Map<String, Object> api = json.readValue(doc, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) api.get("components")).get("schemas");
        List<String> found = new ArrayList<>();
        walk(api, "$", schemas, found);
        assertThat(found).as("currency objects {\"value\": …} in the OpenAPI document").isEmpty();
        assertThat(schemas).doesNotContainKey("CurrencyCode");
        // Money, used by this test's echo and by modules' answers, is {amount: decimal string, currency: ISO code}
        @SuppressWarnings("unchecked")
        Map<String, Object> money = (Map<String, Object>) schemas.get("Money");
        assertThat(money).as("Money schema").isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) money.get("properties");
        assertThat(properties).containsOnlyKeys("amount", "currency");
        assertThat(properties.get("amount")).containsEntry("type", "string").containsEntry("format", "decimal");
        assertThat(properties.get("currency")).containsEntry("type", "string").containsEntry("pattern", "^[A-Z]{3}$");
        assertThat((List<Object>) money.get("required")).containsExactlyInAnyOrder("amount", "currency");
    }

    /**
     * Every schema in the document (components, request bodies, answers, parameters), followed through {@code $ref}:
     * a property named like a currency must be a string, and no object anywhere is a lone {@code value} wrapper of a code.
     */
    @SuppressWarnings("unchecked")
    private static void walk(Object node, String at, Map<String, Object> schemas, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            if ("#/components/schemas/CurrencyCode".equals(map.get("$ref"))) {
                found.add(at);
            }
            Object properties = map.get("properties");
            if (properties instanceof Map<?, ?> props) {
                if (props.keySet().equals(java.util.Set.of("value")) && at.toLowerCase(Locale.ROOT).contains("currenc")) {
                    found.add(at);
                }
                props.forEach((name, property) -> {
                    if (String.valueOf(name).toLowerCase(Locale.ROOT).contains("currenc")) {
                        Map<String, Object> resolved = resolve((Map<String, Object>) property, schemas);
                        Object items = resolved.get("items");
                        if (items instanceof Map<?, ?> item) {
                            resolved = resolve((Map<String, Object>) item, schemas);
                        }
                        if (!"string".equals(resolved.get("type")) && !isMoney(resolved, schemas)) {
                            found.add(at + ".properties." + name + " = " + resolved);
                        }
                    }
                });
            }
            map.forEach((key, value) -> walk(value, at + "." + key, schemas, found));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), at + "[" + i + "]", schemas, found);
            }
        }
    }

    private static boolean isMoney(Map<String, Object> schema, Map<String, Object> schemas) {
        return schema == schemas.get("Money");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            ref = ((Map<String, Object>) all.get(0)).get("$ref");
        }
        if (ref instanceof String name && name.startsWith("#/components/schemas/")) {
            return (Map<String, Object>) schemas.get(name.substring("#/components/schemas/".length()));
        }
        return schema;
    }
}
