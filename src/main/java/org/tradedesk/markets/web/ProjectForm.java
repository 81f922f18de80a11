package org.tradedesk.markets.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * The form that creates a research project: name, HS codes and candidate markets (ISO3) separated by commas or spaces,
 * one question a line, and the datasets (ids) it uses.
 */
record ProjectForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 500) @Pattern(regexp = "[0-9.,;\\s]*") String hsCodes,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "[A-Za-z,;\\s]*") String markets,
        @NotBlank @Size(max = 8000) String questions,
        @NotEmpty @Size(max = 20) List<Long> datasets) {

    static ProjectForm empty() {
        return new ProjectForm(null, null, null, null, List.of());
    }

    static List<String> split(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("[,;\\s]+")).filter(x -> !x.isBlank()).toList();
    }

    static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
