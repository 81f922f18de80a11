package org.tradedesk.platform;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import org.tradedesk.shared.MessageText;

/**
 * A {@link MessageText} in JSON is its {@code code} and {@code args}, as a saved result keeps it; in an
 * API answer wrapped by {@link #rendered} it also carries {@code text}, rendered in the answer's language
 * while the answer is written. Rendering as the JSON is written costs one pass over the answer; turning
 * the answer into a tree first and walking it cost a third of the tax API's throughput.
 */
@Configuration(proxyBeanMethods = false)
public class MessageTextJson {

    private static final ThreadLocal<Rendering> RENDERING = new ThreadLocal<>();

    private record Rendering(MessageTexts texts, Locale locale) {
    }

    /** An answer whose messages are written with their text in {@code locale}. */
    public record Rendered(Object body, Locale locale, MessageTexts texts) {
    }

    /**
     * A field published as a plain string that words a message: in an answer it is the message rendered in the answer's
     * language, elsewhere (a stored copy, no message) the plain text given (acceptance review t1fixG 2: a tax result's
     * {@code sources[].version} was English prose in a zh-TW answer).
     */
    public record TextInAnswer(MessageText message, String plain) {
    }

    public static Rendered rendered(Object body, Locale locale, MessageTexts texts) {
        return new Rendered(body, locale, texts);
    }

    @Bean
    SimpleModule messageTextModule() {
        SimpleModule module = new SimpleModule("tradedesk-message-texts");
        module.addSerializer(MessageText.class, new ValueSerializer<MessageText>() {
            @Override
            public void serialize(MessageText message, JsonGenerator g, SerializationContext ctxt) {
                g.writeStartObject();
                g.writeStringProperty("code", message.code());
                g.writeName("args");
                ctxt.writeValue(g, message.args());
                Rendering rendering = RENDERING.get();
                if (rendering != null) {
                    g.writeStringProperty("text", rendering.texts().render(message, rendering.locale()));
                }
                g.writeEndObject();
            }
        });
        module.addSerializer(TextInAnswer.class, new ValueSerializer<TextInAnswer>() {
            @Override
            public void serialize(TextInAnswer text, JsonGenerator g, SerializationContext ctxt) {
                Rendering rendering = RENDERING.get();
                if (rendering != null && text.message() != null) {
                    g.writeString(rendering.texts().render(text.message(), rendering.locale()));
                } else if (text.plain() == null) {
                    g.writeNull();
                } else {
                    g.writeString(text.plain());
                }
            }
        });
        module.addSerializer(Rendered.class, new ValueSerializer<Rendered>() {
            @Override
            public void serialize(Rendered answer, JsonGenerator g, SerializationContext ctxt) {
                RENDERING.set(new Rendering(answer.texts(), answer.locale()));
                try {
                    ctxt.writeValue(g, answer.body());
                } finally {
                    RENDERING.remove();
                }
            }
        });
        return module;
    }
}
