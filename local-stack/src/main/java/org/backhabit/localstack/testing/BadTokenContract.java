package org.backhabit.localstack.testing;

import io.restassured.specification.RequestSpecification;
import org.backhabit.localstack.auth.BadToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * The bad-token matrix every service runs: each {@link BadToken} is a 401 problem with
 * {@code WWW-Authenticate: Bearer}. A service adopts it with
 * {@code @QuarkusTest class BadTokenTest extends BadTokenContract} and names one request that needs
 * a token; the control case proves that request accepts a valid one.
 */
public abstract class BadTokenContract {

    /** The HTTP method of a request that needs a token, e.g. {@code GET}. */
    protected abstract String method();

    /** Its path; it should change nothing when accepted (a read, or a delete of something missing). */
    protected abstract String path();

    private RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    @ParameterizedTest(name = "{0} is 401")
    @EnumSource(BadToken.class)
    void aBadTokenIs401Problem(BadToken token) {
        ProblemAssertions.assertProblem(withToken(token.forUser("bad-token-" + UUID.randomUUID())).request(method(), path()).then(),
                        401, "Unauthorized", path())
                .header("WWW-Authenticate", is("Bearer"));
    }

    @Test
    void noTokenIs401Problem() {
        ProblemAssertions.assertProblem(given().request(method(), path()).then(), 401, "Unauthorized", path());
    }

    @Test
    void theSameTokenUnchangedIsAccepted() {
        withToken(BadToken.valid("good-token-" + UUID.randomUUID())).request(method(), path()).then()
                .statusCode(not(is(401))).statusCode(not(is(403)));
    }
}
