package org.tradedesk.taxes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.TariffMeasureSource;
import org.tradedesk.taxes.domain.TaxEngine;
import org.tradedesk.taxes.persistence.ExchangeRateStore;

/** Wires the plain-Java engine: chain definitions from the classpath, the rate table, the tariff catalogue when one is connected. */
@Configuration(proxyBeanMethods = false)
class TaxesConfig {

    @Bean
    ChainDefinitions chainDefinitions() {
        // the one loaded instance: the static readers (FieldLabel, LegalReferenceTexts, TaxDocuments.payable) read it too
        return ChainDefinitions.shipped();
    }

    @Bean
    TaxEngine taxEngine(ExchangeRateStore rates, ObjectProvider<TariffMeasureSource> tariff) {
        return new TaxEngine(rates, tariff.getIfAvailable());
    }
}
