package org.tradedesk.clearance.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tradedesk.clearance.domain.FindingDocument;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A finding's document wherever a finding is written as it is: typed, never the {@code COMMERCIAL_INVOICE#14} label the
 * finding's key uses (t4fixX 3) — one document as {@code {"id":14,"kind":"COMMERCIAL_INVOICE"}}, invoices compared together
 * as {@code {"documents":[{…},{…}]}}. The answers name them further: {@code findings[].documents} and a declaration's
 * {@code fileErrors[].documents} give {@code {id, kind, number, name}} ({@link org.tradedesk.clearance.FindingDocumentNames}).
 */
@Configuration
class FindingDocumentJsonModule {

    @Bean
    SimpleModule findingDocumentModule() {
        SimpleModule module = new SimpleModule("tradedesk-finding-documents");
        module.addSerializer(FindingDocument.class, new ValueSerializer<FindingDocument>() {
            @Override
            public void serialize(FindingDocument value, JsonGenerator g, SerializationContext ctxt) {
                if (value instanceof FindingDocument.DocumentRef ref) {
                    write(ref, g);
                    return;
                }
                g.writeStartObject();
                g.writeName("documents");
                g.writeStartArray();
                for (FindingDocument.DocumentRef ref : value.documents()) {
                    write(ref, g);
                }
                g.writeEndArray();
                g.writeEndObject();
            }

            private void write(FindingDocument.DocumentRef ref, JsonGenerator g) {
                g.writeStartObject();
                g.writeNumberProperty("id", ref.id().value());
                g.writeStringProperty("kind", ref.kind());
                g.writeEndObject();
            }
        });
        return module;
    }
}
