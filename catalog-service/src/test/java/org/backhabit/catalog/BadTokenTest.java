package org.backhabit.catalog;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.BadTokenContract;

/** Reads are public: the matrix runs on an admin write that changes nothing when accepted (404). */
@QuarkusTest
class BadTokenTest extends BadTokenContract {

    @Override
    protected String method() {
        return "DELETE";
    }

    @Override
    protected String path() {
        return "/exercises/no-such-exercise";
    }
}
