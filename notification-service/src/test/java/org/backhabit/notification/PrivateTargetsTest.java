package org.backhabit.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.backhabit.notification.Requests.as;
import static org.backhabit.notification.Requests.newUser;
import static org.hamcrest.Matchers.is;

/** With the production default: loopback, private and plain-http targets are refused. */
@QuarkusTest
@TestProfile(PrivateTargetsTest.ProductionTargets.class)
class PrivateTargetsTest {

    public static class ProductionTargets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.webhooks.allow-private-targets", "false");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/hook", "https://192.168.0.10/hook",
            "https://169.254.169.254/latest", "https://[::1]/hook", "https://[fd00::1]/hook", "http://example.org/hook",
            "https://no-such-host.invalid/hook"})
    void aWebhookTargetOutsideThePublicInternetIsRefused(String url) {
        as(newUser()).body("{\"url\":\"" + url + "\"}").post("/notifications/me/webhooks").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("url"));
    }
}
