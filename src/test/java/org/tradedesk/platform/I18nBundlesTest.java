package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the two languages (after spring-petclinic's I18nPropertiesSyncTest): every bundle pair
 * {@code X_en} / {@code X_zh_TW} has the same keys and no empty value, and no template shows
 * hard-coded text that would stay in one language.
 */
class I18nBundlesTest {

    /** Overridable so the guard can be pointed at another checkout's resources before a merge. */
    private static final Path RESOURCES = Path.of(System.getProperty("tradedesk.resources", "src/main/resources"));
    private static final Path BUNDLES = RESOURCES.resolve("i18n");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");

    /**
     * Text that is the same in both languages: the brand, the names of the languages in their own
     * language (the switch must show them that way), and punctuation-only glue.
     */
    static final Set<String> ALLOWED = Set.of("tradedesk", "繁體中文", "English", "API");

    @Test
    void everyBundlePairHasTheSameKeysAndNoEmptyValue() throws IOException {
        List<Path> english;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            english = files.filter(p -> p.getFileName().toString().endsWith("_en.properties")).sorted().toList();
        }
        assertThat(english).extracting(p -> p.getFileName().toString()).contains("messages_en.properties", "identity_en.properties");
        List<String> problems = new ArrayList<>();
        for (Path en : english) {
            Path zh = en.resolveSibling(en.getFileName().toString().replace("_en.properties", "_zh_TW.properties"));
            if (!Files.exists(zh)) {
                problems.add(zh + " is missing");
                continue;
            }
            Properties e = load(en);
            Properties z = load(zh);
            Set<String> onlyEn = new TreeSet<>(e.stringPropertyNames());
            onlyEn.removeAll(z.stringPropertyNames());
            Set<String> onlyZh = new TreeSet<>(z.stringPropertyNames());
            onlyZh.removeAll(e.stringPropertyNames());
            onlyEn.forEach(k -> problems.add(zh.getFileName() + " lacks " + k));
            onlyZh.forEach(k -> problems.add(en.getFileName() + " lacks " + k));
            for (Properties p : List.of(e, z)) {
                p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank())
                        .forEach(k -> problems.add((p == e ? en : zh).getFileName() + " has an empty value for " + k));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A message with arguments is run through {@link java.text.MessageFormat}, where a single apostrophe opens a
     * quoted part: "the dispute's currency {0}" would print "{0}" literally. Such messages write it doubled ('').
     */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern singleQuote = Pattern.compile("(?<!')'(?!')");
        List<String> problems = new ArrayList<>();
        try (var files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                Properties p = load(bundle);
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    String value = p.getProperty(key);
                    if (argument.matcher(value).find() && singleQuote.matcher(value).find()) {
                        problems.add(bundle.getFileName() + " " + key + "=" + value);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A message without arguments is printed as written (Spring formats only messages given arguments), so a doubled
     * apostrophe shows doubled: "the market''s total trade" (T2 review r-t2b 7). Such a message has none doubled; the
     * sentences that had one were reworded without an apostrophe, which reads the same whichever way it is printed.
     */
    @Test
    void messagesWithoutArgumentsDoNotDoubleTheirApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        List<String> problems = new ArrayList<>();
        try (var files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                Properties p = load(bundle);
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    String value = p.getProperty(key);
                    if (!argument.matcher(value).find() && value.contains("''")) {
                        problems.add(bundle.getFileName() + " " + key + "=" + value);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A Chinese sentence uses full-width punctuation (臺灣：8 碼統一編號；澳洲：11 碼 ABN), as issue 6 asked. */
    @Test
    void chineseSentencesUseFullWidthPunctuation() throws IOException {
        List<String> halfWidth = new java.util.ArrayList<>();
        try (var files = Files.list(BUNDLES)) {
            for (Path zh : files.filter(f -> f.getFileName().toString().endsWith("_zh_TW.properties")).sorted().toList()) {
                Properties z = load(zh);
                for (String key : new java.util.TreeSet<>(z.stringPropertyNames())) {
                    if (HALF_WIDTH_NEXT_TO_CHINESE.matcher(z.getProperty(key).replaceAll("\\{[^}]*}", "")).find()) {
                        halfWidth.add(zh.getFileName() + " " + key + "=" + z.getProperty(key));
                    }
                }
            }
        }
        assertThat(halfWidth).isEmpty();
    }

    private static final java.util.regex.Pattern HALF_WIDTH_NEXT_TO_CHINESE =
            java.util.regex.Pattern.compile("[\\u3400-\\u9fff][,:;?()]|[,:;?(][\\u3400-\\u9fff]");

    @Test
    void templatesShowNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            problems.addAll(hardCodedText(TEMPLATES.relativize(template).toString(), Files.readString(template)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theScanCatchesTextAndAttributesButNotExpressions() {
        assertThat(hardCodedText("t", "<p>Hello</p>")).hasSize(1);
        assertThat(hardCodedText("t", "<p>你好</p>")).hasSize(1);
        assertThat(hardCodedText("t", "<input placeholder=\"Search\">")).hasSize(1);
        assertThat(hardCodedText("t", "<a title=\"說明\" href=\"#\"></a>")).hasSize(1);
        assertThat(hardCodedText("t", "<p th:text=\"#{x}\">Hello</p>")).isEmpty();
        assertThat(hardCodedText("t", "<input placeholder=\"Search\" th:placeholder=\"#{s}\">")).isEmpty();
        assertThat(hardCodedText("t", "<a>tradedesk</a> <span>(</span>")).isEmpty();
        assertThat(hardCodedText("t", "<p>[[#{x}]]</p>")).isEmpty();
        assertThat(hardCodedText("t", "<div th:errors=\"*{name}\">error</div>")).isEmpty();
        assertThat(hardCodedText("t", "<nav th:if=\"${a > 1}\">Pages</nav>")).hasSize(1);
    }

    /**
     * Visible text outside Thymeleaf: a text node with a letter or CJK character whose element has
     * no th:text/th:utext (which replace it at runtime), and placeholder/title/alt/aria-label
     * attributes without a th: counterpart.
     */
    static List<String> hardCodedText(String name, String html) {
        List<String> problems = new ArrayList<>();
        String body = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<style.*?</style>", "");
        Matcher element = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)").matcher(body);
        while (element.find()) {
            String tag = element.group(1);
            String attrs = element.group(2);
            String text = element.group(3).trim();
            boolean replaced = attrs.contains("th:text=") || attrs.contains("th:utext=") || attrs.contains("th:replace=")
                    || attrs.contains("th:insert=") || attrs.contains("sec:authentication=")
                    || attrs.contains("th:errors=") || attrs.contains("th:remove=")
                    || tag.equals("title");
            if (!text.isEmpty() && !replaced && isVisibleText(text)) {
                problems.add(name + ": text '" + text + "' in <" + tag + ">");
            }
            Matcher attr = Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)=\"([^\"]*)\"").matcher(attrs);
            while (attr.find()) {
                boolean localized = attrs.contains("th:" + attr.group(1) + "=") || attrs.contains("th:attr=");
                if (!localized && isVisibleText(attr.group(2))) {
                    problems.add(name + ": attribute " + attr.group(1) + "='" + attr.group(2) + "' in <" + tag + ">");
                }
            }
        }
        return problems;
    }

    private static boolean isVisibleText(String text) {
        String t = text.trim();
        if (t.isEmpty() || ALLOWED.contains(t) || t.matches("\\[\\[.*]]|\\[\\(.*\\)]")) {
            return false;
        }
        return t.codePoints().anyMatch(c -> Character.isLetter(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
