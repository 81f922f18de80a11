/**
 * Value types every module uses: money, currencies, countries, HS codes, Incoterms, quantities,
 * bilingual text, effective periods and regulation references. Plain Java, no framework: these
 * records validate themselves in their constructors so an invalid value never travels.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.tradedesk.shared;
