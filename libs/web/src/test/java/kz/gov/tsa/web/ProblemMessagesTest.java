package kz.gov.tsa.web;

import static kz.gov.tsa.web.ProblemMessages.ENGLISH;
import static kz.gov.tsa.web.ProblemMessages.KAZAKH;
import static kz.gov.tsa.web.ProblemMessages.RUSSIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

    @Test
    void kazakhIsTheDefaultLanguage() {
        assertThat(ProblemMessages.resolve(null)).isEqualTo(KAZAKH);
        assertThat(ProblemMessages.resolve(List.of())).isEqualTo(KAZAKH);
        assertThat(ProblemMessages.resolve(List.of(new Locale("*")))).isEqualTo(KAZAKH);
        assertThat(ProblemMessages.resolve(List.of(Locale.GERMAN, Locale.FRENCH))).isEqualTo(KAZAKH);
    }

    @Test
    void firstSupportedAcceptableLanguageWins() {
        assertThat(ProblemMessages.resolve(List.of(Locale.of("ru", "RU"), ENGLISH))).isEqualTo(RUSSIAN);
        assertThat(ProblemMessages.resolve(List.of(Locale.GERMAN, Locale.US, RUSSIAN))).isEqualTo(ENGLISH);
        assertThat(ProblemMessages.resolve(List.of(Locale.of("kk", "KZ")))).isEqualTo(KAZAKH);
    }

    @Test
    void libraryTextsInAllThreeLanguages() {
        assertThat(ProblemMessages.text(KAZAKH, "title.not-found")).isEqualTo("Ресурс табылмады");
        assertThat(ProblemMessages.text(RUSSIAN, "title.not-found")).isEqualTo("Ресурс не найден");
        assertThat(ProblemMessages.text(ENGLISH, "title.not-found")).isEqualTo("Resource not found");
        assertThat(ProblemMessages.text(Locale.GERMAN, "title.not-found")).isEqualTo("Ресурс табылмады");
        assertThat(ProblemMessages.text(ENGLISH, "detail.internal", "e-1"))
                .isEqualTo("An unexpected error occurred; quote error id e-1 to support.");
        assertThat(ProblemMessages.text(RUSSIAN, "detail.internal", "e-1")).contains("e-1");
        assertThat(ProblemMessages.text(KAZAKH, "detail.internal", "e-1")).contains("e-1");
    }

    @Test
    void serviceBundleAddsAndOverridesKeys() {
        assertThat(ProblemMessages.text(RUSSIAN, "test.application-missing", "A-1"))
                .isEqualTo("Заявление A-1 не найдено.");
        assertThat(ProblemMessages.text(KAZAKH, "title.conflict")).isEqualTo("Өтініш күйіне қайшылық");
        // not overridden in the service's Russian bundle: the library text is used
        assertThat(ProblemMessages.text(RUSSIAN, "title.conflict")).isEqualTo("Конфликт с текущим состоянием");
    }

    @Test
    void missingTextFallsBackToEnglishThenToTheKey() {
        assertThat(ProblemMessages.text(KAZAKH, "test.only-english", "x")).isEqualTo("Only in English: x.");
        assertThat(ProblemMessages.find(KAZAKH, "test.only-english")).isEmpty();
        assertThat(ProblemMessages.text(RUSSIAN, "no.such.key", 1)).isEqualTo("no.such.key");
        assertThat(ProblemMessages.text(null, null)).isNull();
    }

    @Test
    void brokenPatternNeverFails() {
        assertThat(ProblemMessages.text(ENGLISH, "test.broken-pattern", "x")).isEqualTo("Broken {0 pattern");
    }

    @Test
    void everyLanguageHasTheSameKeys() throws Exception {
        Properties kk = load("kk");
        Properties ru = load("ru");
        Properties en = load("en");
        assertThat(kk.keySet()).isEqualTo(en.keySet()).isEqualTo(ru.keySet());
        assertThat(en.stringPropertyNames()).contains("title.validation", "title.malformed-body", "title.not-found",
                "title.method-not-allowed", "title.unsupported-media-type", "title.not-acceptable",
                "title.unauthorized", "title.forbidden", "title.conflict", "title.unprocessable", "title.internal");
        assertThat(kk.getProperty("title.internal")).isEqualTo("Сервердің ішкі қатесі");
    }

    private static Properties load(String language) throws Exception {
        Properties p = new Properties();
        try (var in = ProblemMessages.class.getResourceAsStream("tsa-web-problems_" + language + ".properties");
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
