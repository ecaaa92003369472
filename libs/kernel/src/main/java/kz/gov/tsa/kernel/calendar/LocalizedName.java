package kz.gov.tsa.kernel.calendar;

import java.util.Locale;
import java.util.Objects;

/** A name in Kazakh (the state language), Russian and English; none blank. */
public record LocalizedName(String kk, String ru, String en) {

    public LocalizedName {
        kk = requireText(kk, "kk");
        ru = requireText(ru, "ru");
        en = requireText(en, "en");
    }

    /** The name in {@code locale}'s language when it is kk, ru or en; Kazakh otherwise. */
    public String in(Locale locale) {
        String language = locale == null ? "kk" : locale.getLanguage();
        return switch (language) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
    }

    static String requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text.strip();
    }
}
