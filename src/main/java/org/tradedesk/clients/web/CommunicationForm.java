package org.tradedesk.clients.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.clients.Channel;
import org.tradedesk.clients.NewCommunication;
import org.tradedesk.platform.validation.DateWindow;

/**
 * An entry for the client's history. {@code attachmentNames} is one file name per line (a text area
 * on the page); {@code occurredAt} is local time of the desk ({@code zone}), null means now.
 */
record CommunicationForm(Long contactId,
        @DateWindow(notInFuture = true) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt, @NotNull Channel channel,
        @NotBlank @Size(max = 300) String subject, @Size(max = 4000) String summary,
        @Size(max = 2000) String attachmentNames) {

    NewCommunication toNew(ZoneId zone) {
        List<String> names = attachmentNames == null ? List.of() : Arrays.asList(attachmentNames.split("\\R"));
        return new NewCommunication(contactId,
                occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), channel, subject, summary, names);
    }
}
