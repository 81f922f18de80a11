/**
 * Tariff catalogue (稅則): the nomenclature and national tariff schedules of each jurisdiction (AU,
 * TW), their effective-dated duty measures (general, preferential by scheme or partner, staged),
 * the importers of the official files, and bilingual search. Its public API is
 * {@link org.tradedesk.tariff.TariffCatalogue} and the records beside it; the tax engine calls
 * {@code lookup(jurisdiction, code, date)} and records the {@link org.tradedesk.tariff.DataVersion} it used.
 * It also owns the country lists that decide who may claim a preference (Schedule 1 lists, FTA
 * parties with their dates, Taiwan column II partners), effective-dated reference data behind
 * {@link org.tradedesk.tariff.EligibilityLists}.
 */

@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "identity", "reporting"})
package org.tradedesk.tariff;
