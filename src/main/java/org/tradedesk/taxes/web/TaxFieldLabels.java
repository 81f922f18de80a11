package org.tradedesk.taxes.web;

import org.springframework.stereotype.Component;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.taxes.FieldLabel;

/**
 * A form or request field's label in the reader's language, for templates: {@code ${@taxFields.label(e.fieldName)}}
 * prints "第 2 項 單位" where the binding names {@code lines[1].unit}.
 */
@Component("taxFields")
public class TaxFieldLabels {

    private final MessageTexts messages;

    TaxFieldLabels(MessageTexts messages) {
        this.messages = messages;
    }

    public String label(String path) {
        return messages.render(FieldLabel.of(path));
    }
}
