package org.tradedesk.markets.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Sends the report to one named recipient in their language (zh-TW or en). */
record ReportMailForm(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email,
                      @NotBlank @Pattern(regexp = "(zh-TW|en)?") String language) {
}
