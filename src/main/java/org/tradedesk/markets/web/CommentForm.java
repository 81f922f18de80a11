package org.tradedesk.markets.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A colleague's comment on a shared analysis. */
record CommentForm(@NotBlank @Size(max = 2000) String body) {
}
