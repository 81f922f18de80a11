package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Finding 4 of t1fixE: the quotation form (and the batch file, read into it) takes the scheme names the API takes. */
class QuotationSchemeAliasTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private QuotationForm.LineForm line(String scheme) {
        return new QuotationForm.LineForm("tableware", "69111000003", "PA", BigDecimal.TEN, null, null, null, null, null, null, scheme,
                null, null, null, null, null);
    }

    @Test
    void columnTwoByItsNamesIsAccepted() {
        for (String scheme : java.util.List.of("第二欄", "Column II", "TW_COLUMN_II", "Schedule 5", "")) {
            assertThat(validator.validate(line(scheme))).as(scheme)
                    .noneMatch(v -> v.getPropertyPath().toString().equals("optionScheme"));
        }
        assertThat(validator.validate(line("<script>"))).anyMatch(v -> v.getPropertyPath().toString().equals("optionScheme"));
    }
}
