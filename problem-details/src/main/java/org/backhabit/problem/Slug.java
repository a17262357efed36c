package org.backhabit.problem;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;

/**
 * A catalog identifier: lower-case words joined by single hyphens, at most {@value #MAX_LENGTH}
 * characters (so a lookup URL stays short). Null is valid; add {@code @NotBlank} where required.
 */
@Documented
@Pattern(regexp = Slug.PATTERN)
@Size(max = Slug.MAX_LENGTH)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {

    String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    int MAX_LENGTH = 60;

    String message() default "must be lower-case words joined by hyphens, at most 60 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
