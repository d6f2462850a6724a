package vn.civic.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import vn.civic.platform.error.ErrorCode;

/**
 * Every text the user reads comes from a message bundle, in Vietnamese and in English: bundles of each module have
 * the same keys in both languages, templates hold no hard-coded text, and every key a template or an error code
 * names exists.
 */
class I18nBundlesTest {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)(?:\\(|})");
    /** Text that needs no translation: punctuation, digits, symbols. */
    static final Pattern LANGUAGE_NEUTRAL = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s]*");

    static final Set<String> TRANSLATED_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

    @Test
    void everyModuleBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        List<Path> modules;
        try (Stream<Path> dirs = Files.list(I18N)) {
            modules = dirs.filter(Files::isDirectory).toList();
        }
        assertThat(modules).isNotEmpty();
        for (Path module : modules) {
            Properties vi = load(module.resolve("messages.properties"));
            Properties en = load(module.resolve("messages_en.properties"));
            assertThat(en.stringPropertyNames())
                    .as("English keys of %s", module)
                    .containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
            vi.forEach((k, v) -> assertThat(v.toString())
                    .as("Vietnamese %s in %s", k, module)
                    .isNotBlank());
            en.forEach((k, v) ->
                    assertThat(v.toString()).as("English %s in %s", k, module).isNotBlank());
        }
    }

    @Test
    void noKeyIsDefinedByTwoModules() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(I18N)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("messages.properties"))
                    .toList()) {
                for (String key : load(file).stringPropertyNames()) {
                    if (!seen.add(key)) {
                        duplicates.add(key + " (again in " + file + ")");
                    }
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : doc.getAllElements()) {
                if (element.tagName().equals("script") || element.tagName().equals("style")) {
                    continue;
                }
                boolean replaced = element.hasAttr("th:text")
                        || element.hasAttr("th:utext")
                        || element.hasAttr("th:replace")
                        || element.hasAttr("th:insert");
                for (TextNode text : element.textNodes()) {
                    if (!replaced && !LANGUAGE_NEUTRAL.matcher(text.text()).matches()) {
                        problems.add(
                                template + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    if (TRANSLATED_ATTRIBUTES.contains(attribute.getKey())
                            && !attribute.getValue().isBlank()
                            && !LANGUAGE_NEUTRAL.matcher(attribute.getValue()).matches()
                            && !(attribute.getKey().equals("value") && !isButtonLike(element))) {
                        problems.add(template + ": attribute " + attribute.getKey() + "=\"" + attribute.getValue()
                                + "\" in <" + element.tagName() + ">");
                    }
                }
            }
        }
        assertThat(problems).as("hard-coded text (use th:text=\"#{key}\")").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExistsInBothLanguages() throws IOException {
        Properties vi = merged("messages.properties");
        Properties en = merged("messages_en.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = STATIC_KEY.matcher(Files.readString(template));
            while (m.find()) {
                String key = m.group(1);
                if (!vi.containsKey(key) || !en.containsKey(key)) {
                    missing.add(template + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyErrorCodeHasAMessageInBothLanguages() throws Exception {
        Properties vi = merged("messages.properties");
        Properties en = merged("messages_en.properties");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ErrorCode.class));
        List<String> missing = new ArrayList<>();
        int codes = 0;
        for (var candidate : scanner.findCandidateComponents("vn.civic")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                codes++;
                String key = ((ErrorCode) constant).messageKey();
                if (!vi.containsKey(key) || !en.containsKey(key)) {
                    missing.add(type.getSimpleName() + "." + constant + " → " + key);
                }
            }
        }
        assertThat(codes).isPositive();
        assertThat(missing).isEmpty();
    }

    private static boolean isButtonLike(Element element) {
        String type = element.attr("type");
        return element.tagName().equals("button")
                || (element.tagName().equals("input") && (type.equals("submit") || type.equals("button")));
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Properties merged(String fileName) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.walk(I18N)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals(fileName))
                    .toList()) {
                all.putAll(load(file));
            }
        }
        return all;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
