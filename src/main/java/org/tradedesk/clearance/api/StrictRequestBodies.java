package org.tradedesk.clearance.api;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.platform.StrictJsonBodies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON body of the clearance API holds only the keys its request names (acceptance review F13: {@code "arrival"} for
 * {@code arrivalDate} was dropped silently and the file created without its arrival date): an unknown key is refused
 * with a 400 naming it ({@link StrictJsonBodies}).
 */
@ControllerAdvice(basePackageClasses = StrictRequestBodies.class)
class StrictRequestBodies extends StrictJsonBodies {

    StrictRequestBodies(JsonMapper json) {
        super(json);
    }

    @Override
    protected RuntimeException unknownKey(String path, String clipped) {
        return new ClearanceInputInvalid(path, "clearance.request.unknown-property", "unknown key " + path, clipped);
    }
}
