package kz.gov.tsa.employment;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message code the service uses has a text in kk, ru and en, with the same placeholders. */
class ProblemMessagesTest {

    static Properties bundle(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getResourceAsStream("/problems_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void theThreeLanguagesHaveTheSameCodesAndPlaceholders() throws Exception {
        Properties en = bundle("en");
        Properties ru = bundle("ru");
        Properties kk = bundle("kk");
        assertThat(ru.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(kk.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(ru.getProperty(key))).as("ru " + key).isEqualTo(placeholders(en.getProperty(key)));
            assertThat(placeholders(kk.getProperty(key))).as("kk " + key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void everyCodeTheCodeUsesHasAText() throws Exception {
        Properties en = bundle("en");
        Set<String> used = new TreeSet<>();
        Pattern code = Pattern.compile("\"((?:registration|registry|offer|unemployed|check-in|deregistration|referral|"
                + "measure|subsidy|ref|reference|calendar)\\.[a-z0-9.-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.removeIf(c -> c.startsWith("ref.") && !c.startsWith("ref.mci") && !c.startsWith("ref.retirement"));
        assertThat(used).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsAll(used);
    }
}
