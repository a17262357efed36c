package org.backhabit.clients;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The generated types match the services' OpenAPI documents (regenerated from the documents the
 * services' builds stored in target/openapi/), and the example that calls every endpoint compiles
 * with tsc --strict. Skips, saying why, where node or npm are missing.
 */
class TypeScriptClientTest {

    private static final Path CLIENT = Path.of("").toAbsolutePath();

    @BeforeAll
    static void installTheToolchain() throws Exception {
        Assumptions.assumeTrue(onPath("node") && onPath("npm"),
                "node and npm are not on the PATH: the TypeScript client's drift check and tsc --strict compile were not run");
        Result install = run("npm", "ci", "--no-audit", "--no-fund");
        Assumptions.assumeTrue(install.exit() == 0,
                "npm ci could not install the client's tools (no registry access?); the TypeScript checks were not run:\n" + install.output());
    }

    @Test
    void generatedTypesMatchTheServicesOpenApiDocuments() throws Exception {
        Result check = run("node", "scripts/generate.mjs", "--check");
        assertEquals(0, check.exit(), check.output());
    }

    @Test
    void theExampleCallingEveryEndpointCompilesWithStrictTsc() throws Exception {
        Result compile = run("node", "node_modules/typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json");
        assertEquals(0, compile.exit(), "tsc --strict reported errors:\n" + compile.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("client-typescript", ".log");
        Process process = new ProcessBuilder(List.of(command)).directory(CLIENT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, String.join(" ", command) + " did not finish within 10 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, executable)));
    }
}
