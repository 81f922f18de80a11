package org.tradedesk.clearance.api;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * A figure of an invoice typed through the API, read as Jackson reads a decimal without the bounds of every body
 * ({@code platform.web.StrictJson}): its bounds are checked with every other field of the invoice
 * ({@link org.tradedesk.clearance.domain.CapturedInvoiceCheck}), so that {@code "grossMassKg":1e20} is named together
 * with the missing description and the bad tariff code, not alone before them (t4fixQ 4). The parser's own limit on a
 * number's length still holds.
 */
final class CapturedDecimal extends ValueDeserializer<BigDecimal> {

    private static final tools.jackson.databind.deser.jdk.NumberDeserializers.BigDecimalDeserializer PLAIN =
            tools.jackson.databind.deser.jdk.NumberDeserializers.BigDecimalDeserializer.instance;

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
        return PLAIN.deserialize(p, ctxt);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
        return PLAIN.getNullValue(ctxt);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Float;
    }
}
