package kz.gov.tsa.testing.persons;

import kz.gov.tsa.kernel.Iin;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, valid IINs for tests: one person per call, so that tests sharing a database never meet the same person
 * twice (ELIG-01: a person belongs to one family at a time). Digits 1–6 the birth date (YYMMDD), 7 the century and
 * sex, 8–11 a serial unique in this JVM for the birth date and sex (a test that needs more than 10 000 persons of
 * one birth date and sex is told so rather than given a person twice), 12 the check digit of the kernel's {@link Iin#checkDigit} (a serial
 * without one is skipped, as the registry does).
 */
public final class TestIins {

    /** One serial per birth date and sex (the IIN's first seven digits): 10 000 persons each, never repeated. */
    private static final Map<String, AtomicInteger> SERIALS = new ConcurrentHashMap<>();

    private TestIins() {
    }

    /** A new woman born on {@code birthDate} (ISO text). */
    public static String woman(String birthDate) {
        return next(LocalDate.parse(birthDate), false);
    }

    /** A new man born on {@code birthDate} (ISO text). */
    public static String man(String birthDate) {
        return next(LocalDate.parse(birthDate), true);
    }

    /** A new person of the given sex born on {@code birthDate}. */
    public static String next(LocalDate birthDate, boolean male) {
        int century = birthDate.getYear() / 100;
        int digit = switch (century) {
            case 18 -> male ? 1 : 2;
            case 19 -> male ? 3 : 4;
            case 20 -> male ? 5 : 6;
            default -> throw new IllegalArgumentException("no IIN century digit for " + birthDate.getYear());
        };
        String prefix = "%02d%02d%02d%d".formatted(birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), digit);
        AtomicInteger serials = SERIALS.computeIfAbsent(prefix, p -> new AtomicInteger());
        while (true) {
            int serial = serials.getAndIncrement();
            if (serial >= 10_000) {
                // a repeated IIN would be the same person twice (ELIG-01 refuses the second family): say so instead
                throw new IllegalStateException("all 10 000 test IINs born on " + birthDate + " of this sex are used "
                        + "in this JVM: spread the test's birth dates");
            }
            String first11 = prefix + "%04d".formatted(serial);
            int check = Iin.checkDigit(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }
}
