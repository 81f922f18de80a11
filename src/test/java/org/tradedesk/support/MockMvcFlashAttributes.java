package org.tradedesk.support;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * MockMvc's {@code flashAttr(...)} puts the flash map into the mock request's own session, but the
 * application's sessions are Spring Session's (in the database, issue 12), which wrap the request, so
 * the page never saw it. This hands such a flash map to the dispatcher directly, as the input flash
 * map, for every auto-configured MockMvc. Real flash attributes (a redirect after a POST, then a GET
 * with the session cookie) go through Spring Session and need none of this.
 */
@Configuration(proxyBeanMethods = false)
class MockMvcFlashAttributes {

    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    @Bean
    MockMvcBuilderCustomizer flashAttributesBesideSpringSession() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
            HttpSession session = request.getSession(false);
            Object maps = session == null ? null : session.getAttribute(FLASH_MAPS);
            if (maps instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof FlashMap flash) {
                request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
            }
            return request;
        }));
    }
}
