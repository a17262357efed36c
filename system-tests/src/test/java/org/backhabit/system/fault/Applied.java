package org.backhabit.system.fault;

import io.restassured.path.json.JsonPath;
import org.backhabit.localstack.auth.DevTokens;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/**
 * What progress-service applied of the acknowledged writes, read from each user's export (every
 * session fact and check-in reading it holds): each write found once is applied, not found is
 * lost, found more than once was applied twice.
 */
record Applied(int applied, int lost, int appliedTwice) {

    static Applied of(String progressUrl, List<String> users, List<WriteLoad.Write> acknowledged) {
        Map<String, Map<WriteLoad.Kind, Map<Instant, Long>>> held = new HashMap<>();
        for (String user : users) {
            held.put(user, heldBy(progressUrl, user));
        }
        int applied = 0;
        int lost = 0;
        int twice = 0;
        for (WriteLoad.Write write : acknowledged) {
            long times = held.get(write.user()).get(write.kind()).getOrDefault(write.at(), 0L);
            if (times == 0) {
                lost++;
            } else {
                applied++;
                twice += times > 1 ? 1 : 0;
            }
        }
        return new Applied(applied, lost, twice);
    }

    private static Map<WriteLoad.Kind, Map<Instant, Long>> heldBy(String progressUrl, String user) {
        JsonPath export = given().baseUri(progressUrl).header("Authorization", "Bearer " + DevTokens.forUser(user))
                .get("/progress/me/export?format=json").then().statusCode(200).extract().jsonPath();
        return Map.of(WriteLoad.Kind.SESSION, countByInstant(export.getList("sessions.completedAt", String.class)),
                WriteLoad.Kind.CHECK_IN, countByInstant(export.getList("checkIns.at", String.class)));
    }

    private static Map<Instant, Long> countByInstant(List<String> instants) {
        return instants.stream().map(Instant::parse).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
