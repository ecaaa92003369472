package kz.gov.tsa.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * A request body refused by {@link StrictJsonParser} (duplicated key, NUL character, content after the value): names
 * the JSON path where it happened and the message key of its violation text.
 */
final class StrictJsonException extends JsonParseException {

    private final String field;
    private final String messageKey;

    StrictJsonException(JsonParser parser, String field, String messageKey, Throwable cause) {
        super(parser, messageKey + (field == null ? "" : " at " + field), cause);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** JSON path such as {@code members[0].iin}; {@code null} at the root. */
    String field() {
        return field;
    }

    /** Key of the violation text in the problem bundles. */
    String messageKey() {
        return messageKey;
    }
}
