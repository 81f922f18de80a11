package org.tradedesk.tariff.domain;

/** Place of a line in the nomenclature (稅則架構): chapter 章, heading 節, subheading 目, tariff item 款/號列, statistical line. */
public enum NodeLevel {
    SECTION, CHAPTER, HEADING, SUBHEADING, ITEM, STATISTICAL;

    /** By the number of digits of the code: 2, 4, 5–6, 8, 10–11. */
    public static NodeLevel ofDigits(int digits) {
        if (digits <= 2) {
            return CHAPTER;
        }
        if (digits <= 4) {
            return HEADING;
        }
        if (digits <= 7) {
            return SUBHEADING;
        }
        if (digits <= 8) {
            return ITEM;
        }
        return STATISTICAL;
    }
}
