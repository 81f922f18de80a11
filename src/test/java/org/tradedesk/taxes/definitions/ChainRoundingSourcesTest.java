package org.tradedesk.taxes.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.InvalidValueException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rounding is a rule of the law or of the administration's practice: every chain step that rounds names where
 * the rule comes from (a published worked example, the Act) or says it is to be confirmed, and a rounding of the
 * litres of alcohol, which goes beyond the rate texts, cannot be loaded without its source.
 */
class ChainRoundingSourcesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyStepThatRoundsNamesTheSourceOfItsRule() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String name : read("taxes/chains/index.txt").split("\\R")) {
            if (name.isBlank() || name.startsWith("#")) {
                continue;
            }
            JsonNode chain = JSON.readTree(read("taxes/chains/" + name.strip()));
            for (JsonNode step : chain.path("steps")) {
                String rounding = step.path("rounding").asString("NONE");
                if (!rounding.equals("NONE") && step.path("roundingSource").asString("").isBlank()) {
                    missing.add(name + " " + step.path("code").asString());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void refusesALitresOfAlcoholRoundingWithoutItsSourceAndAChainWideStrengthDeduction() {
        String chain = """
                {"jurisdiction":"XX","version":"XX-1","from":"2000-01-01","currency":"AUD","valuationBasis":"FOB",
                 "alcohol":{"lalRounding":"TRUNCATE_1"},
                 "steps":[{"code":"DUTY","zhTw":"關稅","en":"Duty","base":["CUSTOMS_VALUE"],"measure":"duty"}]}""";
        assertThatThrownBy(() -> ChainDefinitions.parse("XX.json", chain)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("lalRounding TRUNCATE_1 needs its legalReference");
        String deduction = chain.replace("{\"lalRounding\":\"TRUNCATE_1\"}",
                "{\"lalRounding\":\"NONE\",\"thresholds\":[{\"hsPrefix\":\"2203\",\"percent\":\"1.15\"}]}");
        assertThatThrownBy(() -> ChainDefinitions.parse("XX.json", deduction)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ABOVE 1.15 %vol");
    }

    private static String read(String path) throws Exception {
        try (InputStream in = ChainRoundingSourcesTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
