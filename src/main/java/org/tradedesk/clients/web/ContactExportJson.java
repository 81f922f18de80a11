package org.tradedesk.clients.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.tradedesk.clients.ContactDataExport;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The personal-data export (個資法 art. 10) as a file the person can read: UTF-8 said in the
 * Content-Type (a browser or editor otherwise guesses), Chinese written as itself, indented.
 */
final class ContactExportJson {

    static final MediaType TYPE = new MediaType("application", "json", StandardCharsets.UTF_8);

    private ContactExportJson() {
    }

    static byte[] write(JsonMapper json, ContactDataExport export) {
        return json.writer().without(JsonWriteFeature.ESCAPE_NON_ASCII).withDefaultPrettyPrinter().writeValueAsBytes(export);
    }
}
