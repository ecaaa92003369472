package kz.gov.tsa.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import kz.gov.tsa.kernel.Iin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 12-digit IIN with a valid birth date, century digit and check digit (see {@link Iin}), for request bodies,
 * path and query parameters. A violation is the usual 400 {@code validation} problem naming the field, with the text
 * {@code tsa.iin.invalid} of this library in kk/ru/en (a service may override it in its {@code problems_*}).
 */
@Documented
@Constraint(validatedBy = ValidIin.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIin {
    String message() default "{tsa.iin.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to {@code @NotNull}. */
    class Validator implements ConstraintValidator<ValidIin, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Iin.isValid(value);
        }
    }
}
