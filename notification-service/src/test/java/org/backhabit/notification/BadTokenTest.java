package org.backhabit.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.BadTokenContract;

/** The tokens every service refuses, on notification-service. */
@QuarkusTest
class BadTokenTest extends BadTokenContract {

    @Override
    protected String method() {
        return "GET";
    }

    @Override
    protected String path() {
        return "/notifications/me/deliveries";
    }
}
