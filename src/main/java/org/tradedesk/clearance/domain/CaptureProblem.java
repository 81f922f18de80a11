package org.tradedesk.clearance.domain;

import org.tradedesk.shared.MessageText;

/** One thing wrong with captured invoice data: the field (e.g. {@code lines[2].tariffCode}) and why. */
public record CaptureProblem(String field, MessageText reason) {
}
