package kz.gov.tsa.web;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * Parser of request bodies that refuses, naming the JSON path: a key given twice in one object (with
 * {@code STRICT_DUPLICATE_DETECTION} on), a NUL character (U+0000) in any key or string, and a second value after
 * the root value (with {@code FAIL_ON_TRAILING_TOKENS} on). Every {@code next*} method of {@link JsonParser} goes
 * through {@link #nextToken()}.
 */
final class StrictJsonParser extends JsonParserDelegate {

    static final String DUPLICATE_KEY = "violation.json.duplicate-key";
    static final String NUL = "violation.nul";
    static final String TRAILING = "violation.json.trailing";

    /** Jackson's text for {@code STRICT_DUPLICATE_DETECTION} (it has no dedicated exception type). */
    private static final String JACKSON_DUPLICATE = "Duplicate field '";

    StrictJsonParser(JsonParser delegate) {
        super(delegate);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token;
        try {
            token = delegate.nextToken();
        } catch (JsonParseException e) {
            throw translated(e);
        }
        check(token);
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        try {
            delegate.skipChildren();
        } catch (JsonParseException e) {
            throw translated(e);
        }
        return this;
    }

    private void check(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
            if (delegate.getText().indexOf('\0') >= 0) {
                throw new StrictJsonException(this, path(delegate.getParsingContext()), NUL, null);
            }
        } else if (token != null && isSecondRootValue(token)) {
            throw new StrictJsonException(this, null, TRAILING, null);
        }
    }

    private boolean isSecondRootValue(JsonToken token) {
        JsonStreamContext context = delegate.getParsingContext();
        if (token.isStructStart() && context != null) {
            context = context.getParent();
        }
        return context != null && context.inRoot() && context.getCurrentIndex() > 0;
    }

    private IOException translated(JsonParseException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith(JACKSON_DUPLICATE)) {
            return new StrictJsonException(this, path(delegate.getParsingContext()), DUPLICATE_KEY, e);
        }
        return e;
    }

    /** {@code members[0].iin} for the current position; {@code null} at the root. */
    static String path(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                segments.push(c.getCurrentName());
            } else if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (!path.isEmpty() && !segment.startsWith("[")) {
                path.append('.');
            }
            path.append(segment);
        }
        return path.isEmpty() ? null : path.toString().replace("\0", "\\u0000");
    }
}
