package org.tradedesk.clearance.api;

import java.util.List;
import java.util.Map;
import org.tradedesk.clearance.ClearanceInputInvalid;

/**
 * A controller whose request bodies the service checks beyond their own constraints (a date after the file's today, a code
 * that is no currency): asked for those problems when the body also breaks a constraint or has a value not of its type,
 * so that the one 400 names every field at fault (t4fixU 1), not the constraints first and the service's checks next time.
 */
interface CheckedBodies {

    /**
     * The service's problems of {@code body} (as read, the values at fault left out) for the request's path variables;
     * empty when none or when the body is not one this controller checks.
     */
    List<ClearanceInputInvalid> problemsOf(Object body, Map<String, String> pathVariables);
}
