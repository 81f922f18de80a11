package org.tradedesk.clearance;

import java.util.List;
import org.tradedesk.clearance.domain.CaptureProblem;
import org.tradedesk.shared.TradedeskException;

/** Captured invoice data with problems, every one named by its field; nothing was stored. */
public class CaptureInvalid extends TradedeskException {

    private final transient List<CaptureProblem> problems;

    public CaptureInvalid(List<CaptureProblem> problems) {
        super(Kind.INVALID, "clearance.capture.invalid", problems.size() + " problem(s) in the captured invoice: "
                + problems.stream().map(CaptureProblem::field).toList(), String.valueOf(problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<CaptureProblem> problems() {
        return problems;
    }
}
