package org.backhabit.localstack.testing;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** What every service shows clients on its public port, and where its management port is. */
public final class PublicPort {

    private PublicPort() {
    }

    /** No metrics, no health detail: only a bare liveness and readiness status. */
    public static void showsOnlyBareHealth() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP")).body("checks", nullValue());
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP")).body("checks", nullValue());
    }

    /** The base URI of the management port, from a {@code @TestHTTPResource(value = "/", management = true)} URL. */
    public static String management(URL management) {
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
    }
}
