package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message code this package produces has a text in both languages (a missing key would show as a raw code). */
class ClearanceMessageCodesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n/" + name))) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyCodeUsedHasEnglishAndChineseText() throws IOException {
        List<String> codes = new ArrayList<>();
        Pattern literal = Pattern.compile("MessageText\\.of\\(\"(clearance\\.[a-z.\\-]*[a-z])\"");
        Pattern rule = Pattern.compile("error\\(out, \"([a-z\\-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/tradedesk/clearance/messages"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher m = literal.matcher(src);
                while (m.find()) {
                    codes.add(m.group(1));
                }
                Matcher r = rule.matcher(src);
                while (r.find()) {
                    codes.add("clearance.declaration." + r.group(1));
                }
            }
        }
        codes.add("clearance.declaration.valuation-basis");
        assertThat(codes).hasSizeGreaterThan(50);
        Properties en = bundle("clearance_en.properties");
        Properties zh = bundle("clearance_zh_TW.properties");
        assertThat(codes).allSatisfy(code -> {
            assertThat(en.getProperty(code)).as("en text of %s", code).isNotBlank();
            assertThat(zh.getProperty(code)).as("zh-TW text of %s", code).isNotBlank();
        });
    }
}
