package org.tradedesk.markets.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Shares the analysis shown (its parameters come as hidden fields) on a research project, with a title and the finding. */
record ShareForm(@NotNull Long project, @NotBlank @Size(max = 200) String title, @Size(max = 2000) String finding) {
}
