package org.tradedesk.clearance.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tradedesk.clearance.domain.FindingDocument;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A finding's document where a finding is answered as it is (a declaration's {@code fileErrors[].documents}): written as it
 * was before findings carried typed ids ({@code "COMMERCIAL_INVOICE#14"}), so that answer keeps its shape. The findings
 * endpoint answers each document as {@code {id, kind, number, name}} ({@link ClearanceTransactionApiController}).
 */
@Configuration
class FindingDocumentJsonModule {

    @Bean
    SimpleModule findingDocumentModule() {
        SimpleModule module = new SimpleModule("tradedesk-finding-documents");
        module.addSerializer(FindingDocument.class, new ValueSerializer<FindingDocument>() {
            @Override
            public void serialize(FindingDocument value, JsonGenerator g, SerializationContext ctxt) {
                g.writeString(value.label());
            }
        });
        return module;
    }
}
