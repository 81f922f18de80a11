package org.tradedesk.marketing;

/** An input that breaks a rule at one field: the field's name (as the form and the JSON body call it) travels with the code. */
public class MarketingFieldInvalid extends MarketingInputInvalid {

    private final String field;

    public MarketingFieldInvalid(String field, String code, String message, Object... args) {
        super(code, message, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
