package org.backhabit.problem;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConstraintViolationMapperTest {

    record Entry(@NotBlank String exerciseSlug) {
    }

    record Request(@Max(10) Integer painBefore, @NotNull List<@Valid Entry> exercises, List<@NotBlank String> tags) {
    }

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<String> fields(Request request) {
        return VALIDATOR.validate(request).stream().map(ConstraintViolationMapper::fieldOf).sorted().toList();
    }

    @Test
    void fieldsArePropertyPathsWithIndexes() {
        assertEquals(List.of("exercises[1].exerciseSlug", "painBefore", "tags[0]"),
                fields(new Request(11, List.of(new Entry("cat-cow"), new Entry(" ")), List.of(""))));
        assertEquals(List.of("exercises"), fields(new Request(3, null, List.of())));
    }
}
