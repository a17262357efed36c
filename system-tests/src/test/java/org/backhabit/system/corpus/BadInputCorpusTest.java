package org.backhabit.system.corpus;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.backhabit.localstack.auth.DevTokens;
import org.backhabit.localstack.launch.LocalStack;
import org.backhabit.system.FreshStack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus against the whole system: the hand-written cases of the corpus files and
 * cases a jqwik generator makes from every field and query parameter ({@link Field}). Each is sent
 * as a new user; each answer must be a 4xx {@code application/problem+json} naming the field or
 * parameter, and nothing the user (for the catalog: anyone) can read may have changed. The control
 * case first shows every endpoint accepts its request unchanged.
 */
class BadInputCorpusTest {

    private static LocalStack stack;
    private static CaseRunner runner;
    private static final AtomicInteger GENERATED_SENT = new AtomicInteger();
    private static final Map<Endpoint.Service, AtomicInteger> BY_SERVICE = new EnumMap<>(Endpoint.Service.class);

    @BeforeContainer
    static void startTheSystem() {
        stack = FreshStack.start("corpus");
        runner = new CaseRunner(stack);
        Arrays.stream(Endpoint.Service.values()).forEach(s -> BY_SERVICE.put(s, new AtomicInteger()));
        // The catalog's targets of PUT cases.
        String admin = "Bearer " + DevTokens.forAdmin("corpus-admin");
        given().baseUri(stack.catalogUrl()).header("Authorization", admin).contentType("application/json")
                .body(Placeholders.EXERCISE.replace("${slug}", "corpus-target")).post("/exercises").then().statusCode(201);
        given().baseUri(stack.catalogUrl()).header("Authorization", admin).contentType("application/json")
                .body(Placeholders.fill(Endpoint.PUT_ROUTINE.body, null)).post("/routines").then().statusCode(201);
    }

    @AfterContainer
    static void stopTheSystem() {
        System.out.printf("[corpus] %d generated cases sent (by service, files and generated: %s)%n", GENERATED_SENT.get(), BY_SERVICE);
        if (stack != null) {
            stack.close();
        }
    }

    @Example
    void everyEndpointAcceptsItsRequestUnchanged() {
        List<String> refused = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            int status = runner.accepted(endpoint);
            if (status >= 300) {
                refused.add(endpoint + " answered " + status);
            }
        }
        assertEquals(List.of(), refused);
    }

    @Example
    void everyCaseOfTheCorpusFilesIsRefusedNamingItsFieldAndStoresNothing() {
        List<BadCase> cases = CorpusFiles.load();
        List<String> wrong = new ArrayList<>();
        for (BadCase bad : cases) {
            BY_SERVICE.get(bad.endpoint().service).incrementAndGet();
            List<String> problems = runner.judge(bad);
            if (!problems.isEmpty()) {
                wrong.add(bad + ": " + problems);
            }
        }
        System.out.printf("[corpus] %d cases from %s: %d refused as required%n", cases.size(), CorpusFiles.FILES, cases.size() - wrong.size());
        assertTrue(cases.size() >= 150, "the files hold " + cases.size() + " cases");
        assertEquals(List.of(), wrong);
    }

    @Property(tries = 250, afterFailure = net.jqwik.api.AfterFailureMode.RANDOM_SEED, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void aGeneratedBadValueIsRefusedNamingItsFieldAndStoresNothing(@ForAll("badCases") BadCase bad) {
        GENERATED_SENT.incrementAndGet();
        BY_SERVICE.get(bad.endpoint().service).incrementAndGet();
        assertEquals(List.of(), runner.judge(bad), bad.toString());
    }

    @Provide
    Arbitrary<BadCase> badCases() {
        return Arbitraries.of(Field.ALL).flatMap(Field::badCases);
    }
}
