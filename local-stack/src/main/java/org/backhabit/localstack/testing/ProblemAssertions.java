package org.backhabit.localstack.testing;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.blankOrNullString;

/** The RFC 9457 body every error answer has, asserted member by member. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** {@code type}, {@code title}, {@code status}, a {@code detail} and the request path as {@code instance}. */
    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String title, String instance) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", is("urn:problem-type:http-" + status))
                .body("title", is(title))
                .body("status", is(status))
                .body("detail", not(blankOrNullString()))
                .body("instance", is(instance));
    }

    /** A 400 whose only violation is about {@code field}, with a message. */
    public static ValidatableResponse assertBadRequest(ValidatableResponse response, String instance, String field) {
        return assertProblem(response, 400, "Bad Request", instance)
                .body("violations.field", contains(field))
                .body("violations.message", everyItem(not(blankOrNullString())));
    }
}
