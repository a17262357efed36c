package org.backhabit.localstack.launch;

import org.backhabit.localstack.auth.DevTokens;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./stack [--demo]} starts everything and waits for Ctrl-C;
 * {@code ./stack token USER [--admin] [--clinician] [--service]} prints a dev token.
 */
public final class Launcher {

    private static final String DEV_USER = "dev-user";

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = Arrays.asList(args);
        if (!arguments.isEmpty() && arguments.get(0).equals("token")) {
            printToken(arguments);
            return;
        }
        Path root = Path.of(System.getProperty("backhabit.root", ".")).toAbsolutePath().normalize();
        StackStatusFile statusFile = new StackStatusFile(StackSettings.defaults(root).dataDirectory());
        if (!arguments.isEmpty() && arguments.get(0).equals("status")) {
            statusFile.print(System.out);
            return;
        }
        if (arguments.contains("--help") || arguments.contains("-h")) {
            usage();
            return;
        }
        LocalStack stack = new LocalStack(StackSettings.defaults(root), line -> System.out.println("[stack] " + line));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[stack] stopping services, Kafka and PostgreSQL ...");
            statusFile.delete();
            stack.close();
            System.out.println("[stack] stopped; data kept in " + root.resolve(".data"));
            stopped.countDown();
        }, "stack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("[stack] could not start: " + e.getMessage());
            System.exit(1);
        }
        if (arguments.contains("--demo")) {
            System.out.println("[stack] recording eight weeks of history for user '" + DemoHistory.USER + "' ...");
            int recorded = new DemoHistory(stack.sessionUrl(), stack.progressUrl()).record();
            System.out.println("[stack]   " + recorded + " sessions and check-ins recorded");
        }
        printBanner(stack, arguments.contains("--demo"));
        statusFile.keepWriting(stack::status);
        stopped.await();
    }

    private static void printBanner(LocalStack stack, boolean demo) {
        String user = demo ? DemoHistory.USER : DEV_USER;
        String token = DevTokens.forUser(user);
        System.out.println();
        System.out.println("Ready.");
        System.out.println("  web app   " + stack.webUrl() + "   (sign in with any name: dev sign-in, local only)");
        System.out.println("  catalog   " + stack.catalogUrl() + "   Swagger UI: " + stack.catalogUrl() + "/q/swagger-ui");
        System.out.println("  session   " + stack.sessionUrl() + "   Swagger UI: " + stack.sessionUrl() + "/q/swagger-ui");
        System.out.println("  progress  " + stack.progressUrl() + "   Swagger UI: " + stack.progressUrl() + "/q/swagger-ui");
        System.out.println("  notification " + stack.notificationUrl() + "   Swagger UI: " + stack.notificationUrl() + "/q/swagger-ui");
        System.out.println("  mail      SMTP localhost:" + stack.mail().smtpPort() + "   IMAP localhost:" + stack.mail().imapPort()
                + " (log in as the address, any password)");
        stack.services().forEach(service ->
                System.out.println("  " + service.name() + " metrics and health detail: " + service.managementUrl() + "/q/metrics"));
        System.out.println();
        System.out.println("Token for user '" + user + "' (12 h):");
        System.out.println(token);
        System.out.println();
        System.out.println("Try:");
        System.out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + stack.progressUrl() + "/progress/me/dashboard");
        System.out.println("Another user: ./stack token alice   Admin: ./stack token ops --admin");
        System.out.println("Ctrl-C stops everything.");
    }

    private static void printToken(List<String> arguments) {
        if (arguments.size() < 2 || arguments.get(1).startsWith("-")) {
            usage();
            System.exit(2);
        }
        String user = arguments.get(1);
        List<String> groups = new java.util.ArrayList<>();
        for (String group : List.of("admin", "clinician", "service")) {
            if (arguments.contains("--" + group)) {
                groups.add(group);
            }
        }
        System.out.println(DevTokens.withGroups(user, groups.toArray(String[]::new)));
    }

    private static void usage() {
        System.out.println("""
                usage:
                  ./stack [--demo]               build what is missing, start PostgreSQL, Kafka, mail and the four services
                                                 and the web app on port 8080
                                                 (--demo records eight weeks of history for user 'demo')
                  ./stack token USER [--admin] [--clinician] [--service]
                                                 print a 12-hour dev token for USER (with those groups)
                  ./stack status                 each part of a running stack, its pid and how often it was restarted""");
    }
}
