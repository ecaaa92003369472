package kz.gov.tsa.web;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;

/**
 * Refuses an explicit {@code null} for a primitive ({@code "size": null}) while an absent primitive keeps its default
 * ({@code 0}, {@code false}), as before. {@code FAIL_ON_NULL_FOR_PRIMITIVES} would refuse both, so it would make
 * every primitive of a record required and break clients that omit a {@code false}.
 */
final class PrimitiveNulls extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    private PrimitiveNulls(JsonDeserializer<?> primitive) {
        super(primitive);
    }

    /** A module installing this deserializer for every primitive type. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("tsa-web-primitive-nulls");
        module.setDeserializers(new SimpleDeserializers() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription description) {
                Class<?> raw = type.getRawClass();
                if (!raw.isPrimitive() || raw == void.class) {
                    return null;
                }
                JsonDeserializer<?> primitive = NumberDeserializers.find(raw, raw.getName());
                return primitive == null ? null : new PrimitiveNulls(primitive);
            }
        });
        return module;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new PrimitiveNulls(delegate);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        return ctxt.reportInputMismatch(this, "null is not a value of type %s", handledType().getName());
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
        return _delegatee.getNullValue(ctxt);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return AccessPattern.DYNAMIC;
    }
}
