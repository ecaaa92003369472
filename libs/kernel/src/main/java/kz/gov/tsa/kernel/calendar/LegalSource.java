package kz.gov.tsa.kernel.calendar;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where a calendar fact comes from: the legal act or publication, as text (e.g. "Law No. 267-II art. 5; egov
 * calendar 2026"), and the public pages that state it.
 *
 * @param citation the act or publication; never blank
 * @param urls     the pages read, in order of weight; may be empty when only the act is cited
 */
public record LegalSource(String citation, List<URI> urls) {

    public LegalSource {
        citation = LocalizedName.requireText(citation, "citation");
        urls = List.copyOf(Objects.requireNonNull(urls, "urls"));
    }

    /** A source from its citation and URL strings. */
    public static LegalSource of(String citation, String... urls) {
        return new LegalSource(citation, java.util.Arrays.stream(urls).map(URI::create).toList());
    }
}
