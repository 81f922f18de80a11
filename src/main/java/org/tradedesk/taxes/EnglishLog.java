package org.tradedesk.taxes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * The English of a message for the log and for an exception's {@link Throwable#getMessage()}: the reader never sees
 * it (pages, documents and problem details render the {@link MessageText} in the reader's language with
 * {@code platform.MessageTexts}), but a log line and a stack trace should say what went wrong in words. Reads the
 * English bundles directly, so the engine stays plain Java; arguments printed plainly (no grouping).
 */
final class EnglishLog {

    private static final List<String> BUNDLES = List.of("/i18n/taxes_en.properties", "/i18n/messages_en.properties");
    private static final Properties TEXTS = load();

    private EnglishLog() {
    }

    static String of(MessageText text) {
        String pattern = TEXTS.getProperty(text.code());
        Object[] args = text.args().stream().map(EnglishLog::arg).toArray();
        if (pattern == null) {
            return text.code() + (args.length == 0 ? "" : " " + List.of(args));
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    private static String arg(Arg a) {
        return switch (a.kind()) {
            case MESSAGE -> of(a.message());
            case CODE -> TEXTS.getProperty(a.value(), a.value());
            case MONEY -> a.unit() + " " + a.value();
            case PERCENT -> a.value() + "%";
            case COUNTRY -> java.util.Arrays.stream(a.value().split(",")).map(String::strip)
                    .map(c -> new Locale("", c).getDisplayCountry(Locale.ENGLISH)).collect(java.util.stream.Collectors.joining(", "));
            default -> a.value();
        };
    }

    private static Properties load() {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            try (InputStream in = EnglishLog.class.getResourceAsStream(bundle)) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    p.forEach(all::putIfAbsent);
                }
            } catch (IOException e) {
                // a log text without words is still a log text: the code and arguments are printed
            }
        }
        return all;
    }
}
