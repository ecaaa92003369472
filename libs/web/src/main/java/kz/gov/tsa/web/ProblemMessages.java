package kz.gov.tsa.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Localized problem texts in Kazakh (default), Russian and English.
 * <p>
 * A key is looked up first in the service bundle {@value #SERVICE_BUNDLE} ({@code problems_kk.properties},
 * {@code problems_ru.properties}, {@code problems_en.properties} at the service's classpath root), then in the
 * library bundle {@value #LIBRARY_BUNDLE}; if the requested language has no text, English is tried, and finally the
 * key itself is returned. Lookups never throw. Bundles are UTF-8 properties; texts are {@link MessageFormat}
 * patterns (write {@code ''} for a literal apostrophe, pass ids as strings to avoid digit grouping).
 */
public final class ProblemMessages {

    /** Base name of the bundle a service contributes. */
    public static final String SERVICE_BUNDLE = "problems";
    /** Base name of this library's bundle. */
    public static final String LIBRARY_BUNDLE = "kz.gov.tsa.web.tsa-web-problems";

    public static final Locale KAZAKH = Locale.of("kk");
    public static final Locale RUSSIAN = Locale.of("ru");
    public static final Locale ENGLISH = Locale.of("en");
    /** Supported languages; the first is the default. */
    public static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, ENGLISH);

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemMessages() {
    }

    /**
     * Picks the language for a response from the client's acceptable languages (best first, as JAX-RS
     * {@code HttpHeaders#getAcceptableLanguages()} returns them): the first supported one, else Kazakh.
     */
    public static Locale resolve(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale wanted : acceptable) {
                for (Locale supported : SUPPORTED) {
                    if (wanted != null && supported.getLanguage().equalsIgnoreCase(wanted.getLanguage())) {
                        return supported;
                    }
                }
            }
        }
        return KAZAKH;
    }

    /** The text for {@code key} formatted with {@code args}, falling back to English and then to the key. */
    public static String text(Locale locale, String key, Object... args) {
        return find(locale, key, args).or(() -> find(ENGLISH, key, args)).orElse(key);
    }

    /** The text for {@code key} in exactly this language (service bundle first), formatted with {@code args}. */
    public static Optional<String> find(Locale locale, String key, Object... args) {
        return pattern(locale, key).map(p -> format(p, locale, args));
    }

    /** The raw, unformatted text for {@code key} in exactly this language (service bundle first). */
    public static Optional<String> pattern(Locale locale, String key) {
        if (key == null) {
            return Optional.empty();
        }
        Locale language = resolve(List.of(locale == null ? KAZAKH : locale));
        return lookup(SERVICE_BUNDLE, language, key).or(() -> lookup(LIBRARY_BUNDLE, language, key));
    }

    private static Optional<String> lookup(String baseName, Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, classLoader(), CONTROL);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static String format(String pattern, Locale locale, Object... args) {
        try {
            return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : args);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        return tccl != null ? tccl : ProblemMessages.class.getClassLoader();
    }
}
