package org.tradedesk.clients;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.shared.CountryCode;

/**
 * A few clients in Taiwan and Australia for the embedded demo, created on first start when absent
 * (looked up by tax id). The companies are invented; their tax ids are made up to pass the
 * check-digit rules and e-mail addresses use the reserved example domains.
 */
@Component
@ConditionalOnProperty(name = "tradedesk.demo.enabled", havingValue = "true")
@Order(20)
class ClientDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClientDemoData.class);

    private final ClientDirectory directory;

    ClientDemoData(ClientDirectory directory) {
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create(new ClientDetails("長青茶業股份有限公司 Evergreen Tea Co., Ltd.", ClientKind.EXPORTER, CountryCode.TW,
                        "24681358", PreferredLanguage.ZH_TW, "106 臺北市大安區復興南路一段 100 號 8 樓",
                        "330 桃園市大園區航勤北路 15 號(桃園機場貨運站)", "烏龍茶與包種茶出口澳洲;關注澳洲進口食品檢驗。"),
                List.of(new ContactDetails("林美玲", "meiling.lin@example.com.tw", "+886 2 2700 1234", "出口經理",
                        PreferredLanguage.ZH_TW)),
                "澳洲茶葉關稅與 GST 諮詢", "客戶詢問烏龍茶輸澳之關稅、GST 與檢疫要求。");
        create(new ClientDetails("福爾摩沙機械有限公司 Formosa Machinery Ltd.", ClientKind.IMPORTER_EXPORTER, CountryCode.TW,
                        "35792464", PreferredLanguage.ZH_TW, "407 臺中市西屯區工業區一路 50 號", null,
                        "CNC 工具機出口;自日本進口零組件。"),
                List.of(new ContactDetails("陳志豪", "chihhao.chen@example.com.tw", "+886 4 2359 0000", "採購主任",
                                PreferredLanguage.ZH_TW),
                        new ContactDetails("Grace Wang", "grace.wang@example.com.tw", null, "Export sales", PreferredLanguage.EN)),
                null, null);
        create(new ClientDetails("Southern Cross Wines Pty Ltd", ClientKind.EXPORTER, CountryCode.AU, "18123456789",
                        PreferredLanguage.EN, "12 Vine Street, Adelaide SA 5000", "Port Adelaide container terminal, SA 5015",
                        "Shiraz and Riesling exports to Taiwan; asks about Taiwan tobacco and alcohol tax."),
                List.of(new ContactDetails("Olivia Brown", "olivia.brown@example.com.au", "+61 8 8100 0000", "Export manager",
                        PreferredLanguage.EN)),
                "Taiwan import duty and alcohol tax on bottled wine", "Call about duty, alcohol tax and business tax on a 20 ft container.");
        create(new ClientDetails("Koala Kitchenware Pty Ltd", ClientKind.IMPORTER, CountryCode.AU, "80987654321",
                        PreferredLanguage.EN, "Level 3, 200 George Street, Sydney NSW 2000", null,
                        "Imports stainless kitchenware from Taiwan."),
                List.of(new ContactDetails("James Nguyen", "james.nguyen@example.com.au", "+61 2 9000 0000", "Logistics coordinator",
                        PreferredLanguage.EN)),
                null, null);
    }

    private void create(ClientDetails details, List<ContactDetails> people, String subject, String summary) {
        if (directory.existsWithTaxId(details.taxId())) {
            return;
        }
        ClientView client = directory.create(details);
        // the demo coordinator works every demo client's files (a manager sees them anyway)
        directory.assignQuietly(client.id(), "coordinator", "system");
        for (ContactDetails person : people) {
            ContactView contact = directory.addContact(client.clientId(), person);
            directory.recordConsent(client.clientId(), contact.id(),
                    new ConsentDecision(ConsentPurpose.SERVICE, true, LocalDate.of(2026, 1, 5), "signed service agreement"));
        }
        if (subject != null) {
            directory.logCommunication(client.clientId(), new NewCommunication(null,
                    LocalDateTime.of(2026, 11, 2, 10, 30).atZone(ZoneId.systemDefault()).toInstant(), Channel.PHONE,
                    subject, summary, List.of()));
        }
        log.info("Demo client '{}' created", details.name());
    }
}
