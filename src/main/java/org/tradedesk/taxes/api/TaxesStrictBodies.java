package org.tradedesk.taxes.api;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.tradedesk.platform.StrictJsonBodies;
import org.tradedesk.shared.MessageText;
import org.tradedesk.taxes.TaxInputInvalid;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON body of the taxes API holds only the keys its request names (acceptance review r-t1 F2: {@code "insurence"}
 * and {@code "fuelEfficent"} were dropped silently and the tax understated; {@code "bogus"} was accepted): an unknown
 * key is refused with the engine's 400 naming it, its label in the reader's language and its path in {@code field}
 * ({@link StrictJsonBodies}). Keys of a map (a line's measures, a penalty's multiples) are checked by the engine against
 * the chain's known set. A body as large as a request may be (16 MiB: 20,000 lines) is checked whole.
 */
@ControllerAdvice(basePackageClasses = TaxesStrictBodies.class)
class TaxesStrictBodies extends StrictJsonBodies {

    TaxesStrictBodies(JsonMapper json) {
        super(json, REQUEST_LIMIT);
    }

    @Override
    protected RuntimeException unknownKey(String path, String clipped) {
        return TaxInputInvalid.field(clipped, MessageText.of("taxes.reason.unknown-key"));
    }
}
