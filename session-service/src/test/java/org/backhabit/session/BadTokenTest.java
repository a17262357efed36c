package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.BadTokenContract;

@QuarkusTest
class BadTokenTest extends BadTokenContract {

    @Override
    protected String method() {
        return "GET";
    }

    @Override
    protected String path() {
        return "/sessions";
    }
}
