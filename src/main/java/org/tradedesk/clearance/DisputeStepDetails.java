package org.tradedesk.clearance;

import java.time.LocalDate;

/** A step taken on a dispute's review route: the route's step id, the day it was filed, the day its decision came (if yet), what was submitted or decided. */
public record DisputeStepDetails(String stepId, LocalDate filedOn, LocalDate decidedOn, String summary) {
}
