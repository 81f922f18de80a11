package org.tradedesk.tariff.importing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** One import at a time: imports of the same jurisdiction must not race to switch the active version. */
@Configuration
class TariffImportConfig {

    @Bean(name = "tariffImportExecutor")
    ThreadPoolTaskExecutor tariffImportExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(50);
        executor.setThreadNamePrefix("tariff-import-");
        executor.setDaemon(true);
        return executor;
    }
}
