package org.tradedesk.marketing.api;

import java.math.BigDecimal;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.tradedesk.shared.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Money in every answer of the marketing REST as the rest of the API writes it: {@code {"amount": "123.45",
 * "currency": "TWD"}} — the amount a decimal string (exact, never a binary float), with at least the currency's minor
 * units (ISO 4217: TWD 2, JPY 0) and no more digits than it has, the currency its ISO code (not {@code {"value": …}}).
 */
@ControllerAdvice(basePackages = "org.tradedesk.marketing.api")
class MoneyJson implements ResponseBodyAdvice<Object> {

    private final JsonMapper mapper;

    MoneyJson(JsonMapper json) {
        SimpleModule module = new SimpleModule("tradedesk-marketing-money");
        module.addSerializer(Money.class, new ValueSerializer<Money>() {
            @Override
            public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeStartObject();
                gen.writeStringProperty("amount", amount(value));
                gen.writeStringProperty("currency", value.currency().value());
                gen.writeEndObject();
            }
        });
        this.mapper = json.rebuild().addModule(module).build();
    }

    /** {@code 2600.0000} TWD → {@code "2600.00"}; {@code 1234.567} AUD → {@code "1234.567"}; {@code 5} JPY → {@code "5"}. */
    static String amount(Money m) {
        // a CurrencyCode is a valid ISO 4217 code by construction: its minor units are known
        int minor = Math.max(0, m.currency().isoFractionDigits());
        BigDecimal stripped = m.amount().stripTrailingZeros();
        return (stripped.scale() < minor ? stripped.setScale(minor) : stripped).toPlainString();
    }

    /** The OpenAPI document says the same: {@code Money} is {@code {amount: string (decimal), currency: string (ISO 4217)}}. */
    @org.springframework.context.annotation.Bean
    static org.springdoc.core.customizers.OpenApiCustomizer marketingMoneySchema() {
        return api -> {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null
                    || !api.getComponents().getSchemas().containsKey("Money")) {
                return;
            }
            @SuppressWarnings("rawtypes")
            io.swagger.v3.oas.models.media.Schema money = new io.swagger.v3.oas.models.media.ObjectSchema()
                    .description("An amount of money: the amount as a decimal string (exact; at least the currency's minor units) "
                            + "and its ISO 4217 currency code")
                    .addProperty("amount", new io.swagger.v3.oas.models.media.StringSchema().format("decimal").example("123.45"))
                    .addProperty("currency", new io.swagger.v3.oas.models.media.StringSchema().pattern("[A-Z]{3}").example("TWD"))
                    .required(java.util.List.of("amount", "currency"));
            api.getComponents().getSchemas().put("Money", money);
        };
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body == null || body instanceof String || body instanceof byte[] || body instanceof org.springframework.http.ProblemDetail
                || contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            return body;
        }
        return mapper.valueToTree(body);
    }
}
