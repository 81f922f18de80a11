package org.tradedesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** tradedesk: the trade desk of an import/export customer-service coordinator (進出口客戶服務(協調)人員). */
@SpringBootApplication
@EnableAsync
public class TradedeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(TradedeskApplication.class, args);
    }
}
