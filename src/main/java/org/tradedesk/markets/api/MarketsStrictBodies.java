package org.tradedesk.markets.api;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.tradedesk.markets.ParameterInvalid;
import org.tradedesk.platform.StrictJsonBodies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON body of the markets API holds only the keys its request names (acceptance review F5: {@code "apiKey"} on a
 * Comtrade fetch, {@code "bogus"} on a project were ignored and the request answered 201; {@code "format"} on a report
 * mail was ignored and the recipients blamed): an unknown key is refused with the module's 400 naming it
 * ({@link StrictJsonBodies}).
 */
@ControllerAdvice(basePackageClasses = MarketsStrictBodies.class)
class MarketsStrictBodies extends StrictJsonBodies {

    MarketsStrictBodies(JsonMapper json) {
        super(json);
    }

    @Override
    protected RuntimeException unknownKey(String path, String clipped) {
        return new ParameterInvalid(path, "", "markets.query.reason.unknown-key");
    }
}
