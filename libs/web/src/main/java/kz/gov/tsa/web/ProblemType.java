package kz.gov.tsa.web;

/**
 * Problem type slugs used by this library. The type URI is {@code urn:tsa:problem:<slug>}; the localized title is
 * looked up under the message key {@code title.<slug>}. Services may use their own slugs (and add the title key to
 * their {@code problems} bundle).
 */
public final class ProblemType {

    /** Prefix of every problem type URI. */
    public static final String URN_PREFIX = "urn:tsa:problem:";

    public static final String VALIDATION = "validation";
    public static final String MALFORMED_BODY = "malformed-body";
    public static final String BAD_REQUEST = "bad-request";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String CONFLICT = "conflict";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String URI_TOO_LONG = "uri-too-long";
    public static final String UNPROCESSABLE = "unprocessable";
    public static final String HEADERS_TOO_LARGE = "headers-too-large";
    public static final String INTERNAL = "internal";
    /** A dependency (the database) is unreachable for now: 503 with {@code Retry-After}. */
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";
    /** Any other HTTP error status. */
    public static final String HTTP_ERROR = "http-error";

    private ProblemType() {
    }

    /** {@code urn:tsa:problem:<slug>}. */
    public static String uri(String slug) {
        return URN_PREFIX + slug;
    }

    /** The library's default slug for an HTTP status. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 431 -> HEADERS_TOO_LARGE;
            case 500 -> INTERNAL;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> HTTP_ERROR;
        };
    }
}
