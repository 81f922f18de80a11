package org.tradedesk.platform;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Money in every JSON the API writes and reads, one shape: {@code {"amount": "123.45", "currency": "TWD"}}. The amount
 * is a decimal string (exact, never a binary float) with the currency's ISO 4217 minor units
 * ({@link CurrencyCode#isoFractionDigits()}: JPY 0, TWD and AUD 2, BHD 3); a {@link CurrencyCode} is its code string,
 * never {@code {"value": …}}. The module is a bean, so Spring Boot registers it in the application's one
 * {@code JsonMapper}; the OpenAPI document describes the same shape ({@link #moneySchemas()}).
 * <p>
 * Writing never rounds: an amount is padded to the minor units and a finer figure keeps its digits, because rounding
 * happens only at the step where the law rounds ({@link Money#round}), not in a serializer. Reading refuses an amount
 * with more decimals than the currency has, naming the field ({@code price.amount}) in a 400 problem detail.
 */
@Configuration(proxyBeanMethods = false)
public class MoneyJson {

    /** NUMERIC(24,6) columns hold 18 digits before the point (as {@code platform.web.StrictJson} bounds every number). */
    private static final int MAX_INTEGER_DIGITS = 18;

    @Bean
    SimpleModule moneyModule() {
        SimpleModule module = new SimpleModule("tradedesk-money");
        module.addSerializer(Money.class, new ValueSerializer<Money>() {
            @Override
            public void serialize(Money value, JsonGenerator g, SerializationContext ctxt) {
                g.writeStartObject();
                g.writeStringProperty("amount", amount(value));
                g.writeStringProperty("currency", value.currency().value());
                g.writeEndObject();
            }
        });
        module.addSerializer(CurrencyCode.class, new ValueSerializer<CurrencyCode>() {
            @Override
            public void serialize(CurrencyCode value, JsonGenerator g, SerializationContext ctxt) {
                g.writeString(value.value());
            }
        });
        module.addDeserializer(Money.class, new ValueDeserializer<Money>() {
            @Override
            public Money deserialize(JsonParser p, DeserializationContext ctxt) {
                JsonNode node = ctxt.readTree(p);
                if (!node.isObject()) {
                    return ctxt.reportInputMismatch(Money.class, "money is an object {\"amount\": \"123.45\", \"currency\": \"TWD\"}");
                }
                CurrencyCode currency;
                try {
                    currency = currency(node.get("currency"));
                } catch (InvalidValueException e) {
                    throw DatabindException.wrapWithPath(e, Money.class, "currency");
                }
                try {
                    return new Money(amount(node.get("amount"), currency), currency);
                } catch (InvalidValueException e) {
                    throw DatabindException.wrapWithPath(e, Money.class, "amount");
                }
            }
        });
        module.addDeserializer(CurrencyCode.class, new ValueDeserializer<CurrencyCode>() {
            @Override
            public CurrencyCode deserialize(JsonParser p, DeserializationContext ctxt) {
                JsonNode node = ctxt.readTree(p);
                if (!node.isString()) {
                    return ctxt.reportInputMismatch(CurrencyCode.class, "a currency is its ISO 4217 code, e.g. \"TWD\"");
                }
                return CurrencyCode.of(node.asString());
            }
        });
        return module;
    }

    /** {@code 2600.0000} TWD → {@code "2600.00"}; {@code 1234.567} AUD → {@code "1234.567"}; {@code 5} JPY → {@code "5"}. */
    public static String amount(Money m) {
        int minor = Math.max(0, m.currency().isoFractionDigits());
        BigDecimal stripped = m.amount().stripTrailingZeros();
        return (stripped.scale() < minor ? stripped.setScale(minor) : stripped).toPlainString();
    }

    private static CurrencyCode currency(JsonNode node) {
        if (node == null || node.isNull() || !node.isString()) {
            throw new InvalidValueException("shared.currency.invalid", MessageText.of("shared.money.currency-required"),
                    "money needs its ISO 4217 currency code as a string");
        }
        return CurrencyCode.of(node.asString());
    }

    /** The amount as given (a decimal string, or a JSON number read as its exact decimal), within the currency's minor units. */
    private static BigDecimal amount(JsonNode node, CurrencyCode currency) {
        BigDecimal amount = null;
        if (node != null && node.isString()) {
            try {
                amount = new BigDecimal(node.asString().strip());
            } catch (NumberFormatException e) {
                amount = null;
            }
        } else if (node != null && node.isNumber()) {
            amount = node.decimalValue();
        }
        String given = node == null || node.isNull() ? "" : node.isString() ? node.asString() : node.toString();
        if (amount == null) {
            throw new InvalidValueException("shared.money.amount-invalid", MessageText.of("shared.money.amount-invalid",
                    MessageText.Arg.literal(given)), "the amount is a decimal number such as \"123.45\", not " + given);
        }
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException("shared.money.amount-too-large", MessageText.of("shared.money.amount-too-large",
                    MessageText.Arg.literal(given), MessageText.Arg.literal(MAX_INTEGER_DIGITS)),
                    "an amount has at most " + MAX_INTEGER_DIGITS + " digits before the point: " + given);
        }
        int minor = Math.max(0, currency.isoFractionDigits());
        if (amount.stripTrailingZeros().scale() > minor) {
            MessageText text = minor == 0
                    ? MessageText.of("shared.money.no-decimals", MessageText.Arg.literal(given), MessageText.Arg.literal(currency.value()))
                    : MessageText.of("shared.money.too-precise", MessageText.Arg.literal(given), MessageText.Arg.literal(currency.value()),
                            MessageText.Arg.literal(minor));
            throw new InvalidValueException("shared.money.too-precise", text,
                    given + " " + currency + ": the currency has " + minor + " decimals (ISO 4217)");
        }
        return amount;
    }

    /**
     * The OpenAPI document says what the API writes: {@code Money} is the component {@code {amount: string (decimal),
     * currency: string (ISO 4217)}} and a {@code CurrencyCode} anywhere is a string of three capital letters.
     * springdoc takes every {@link ModelConverter} bean into its schema resolution.
     */
    @Bean
    ModelConverter moneySchemas() {
        return new ModelConverter() {
            @Override
            @SuppressWarnings("rawtypes")
            public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                Class<?> raw = io.swagger.v3.core.util.Json.mapper().constructType(type.getType()).getRawClass();
                if (raw == CurrencyCode.class) {
                    return currencySchema();
                }
                if (raw == Money.class) {
                    Schema<?> money = new ObjectSchema().name("Money")
                            .description("An amount of money: the amount as a decimal string (exact; at least the currency's "
                                    + "minor units, ISO 4217) and its ISO 4217 currency code")
                            .addProperty("amount", new StringSchema().format("decimal").example("123.45"))
                            .addProperty("currency", currencySchema())
                            .required(List.of("amount", "currency"));
                    context.defineModel("Money", money);
                    return new Schema<>().$ref("#/components/schemas/Money");
                }
                return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            }
        };
    }

    private static Schema<?> currencySchema() {
        return new StringSchema().pattern("^[A-Z]{3}$").example("TWD").description("ISO 4217 currency code");
    }
}
