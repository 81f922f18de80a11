package org.tradedesk.clearance.lodgement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.tradedesk.clearance.domain.LodgementChannel;

/**
 * Lodges by an HTTP POST of the message to a configured endpoint (a gateway of the customs network, or in the
 * tests an in-process server). The message id goes in the {@code X-Message-Id} header so the endpoint can refuse
 * a repeat; a 2xx answer is a lodgement and its body, when there is one, the customs response to read back
 * (e.g. a CUSRES acknowledgement). Any other status, or no answer within the timeout, is {@link Unreachable}.
 */
final class HttpLodgementChannel implements LodgementChannel {

    /** A reply larger than this is not read. */
    static final int MAX_REPLY_BYTES = 2 * 1024 * 1024;

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient client;

    HttpLodgementChannel(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return "HTTP";
    }

    @Override
    public Receipt lodge(Outgoing message) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", message.format() != null && message.format().startsWith("TW_") ? "application/xml" : "application/EDIFACT")
                .header("X-Message-Id", message.messageId())
                .header("X-Jurisdiction", message.jurisdiction())
                .header("X-File-Name", message.fileName())
                .POST(HttpRequest.BodyPublishers.ofByteArray(message.content())).build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 409) {
                // the endpoint already has this message id: it was lodged before
                return new Receipt(name(), endpoint.toString(), new byte[0], true);
            }
            if (response.statusCode() / 100 != 2) {
                throw new Unreachable(endpoint.toString(), "the endpoint answered " + response.statusCode(), null);
            }
            byte[] body = response.body() == null ? new byte[0] : response.body();
            return new Receipt(name(), endpoint.toString(), body.length > MAX_REPLY_BYTES ? new byte[0] : body, false);
        } catch (IOException e) {
            throw new Unreachable(endpoint.toString(), "no answer from " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(endpoint.toString(), "interrupted", e);
        }
    }
}
