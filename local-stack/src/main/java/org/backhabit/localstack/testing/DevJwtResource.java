package org.backhabit.localstack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.backhabit.localstack.auth.DevKeys;

import java.util.Map;

/** Makes a Quarkus test verify tokens signed with the dev key pair (see {@link org.backhabit.localstack.auth.DevTokens}). */
public class DevJwtResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", DevKeys.publicKeyFile(TestInfrastructure.temporaryDirectory("dev-keys")).toString(),
                "mp.jwt.verify.issuer", DevKeys.ISSUER,
                "mp.jwt.verify.audiences", DevKeys.AUDIENCE);
    }

    @Override
    public void stop() {
    }
}
