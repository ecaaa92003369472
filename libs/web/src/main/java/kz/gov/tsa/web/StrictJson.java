package kz.gov.tsa.web;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The Jackson settings for request bodies: a body means exactly what it says, or it is refused with a 400 naming the
 * field. Applied to a copy of the application's {@code ObjectMapper} (its modules and customizers are kept), never to
 * the shared one, which also reads Kafka envelopes and stored JSON that must stay tolerant.
 * <ul>
 * <li>no key twice in one object, no NUL character in any string, nothing after the root value;</li>
 * <li>no unknown property (unless the class says {@code @JsonIgnoreProperties(ignoreUnknown = true)});</li>
 * <li>no coercion between JSON types: no enum from a number, no boolean from a number or a string, no string from a
 * number or a boolean, no number from a string, no fraction for an integer, no {@code null} for a primitive
 * ({@link PrimitiveNulls}: an absent primitive keeps its default). An
 * integer for a decimal ({@code 100} for a {@code BigDecimal}) is not a coercion and stays accepted.</li>
 * </ul>
 */
final class StrictJson {

    private StrictJson() {
    }

    /** A strict copy of {@code base}; {@code base} is not changed. */
    @SuppressWarnings("deprecation") // MapperFeature on a built mapper: the copy is configured once, before any use
    static ObjectMapper strictCopy(ObjectMapper base) {
        ObjectMapper strict = base.copyWith(new StrictJsonFactory(base.getFactory()));
        strict.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        strict.registerModule(PrimitiveNulls.module());
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        refuse(strict, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(strict, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.EmptyString);
        refuse(strict, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(strict, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
        return strict;
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
