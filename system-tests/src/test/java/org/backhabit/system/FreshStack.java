package org.backhabit.system;

import org.backhabit.localstack.infra.FreePorts;
import org.backhabit.localstack.launch.LocalStack;
import org.backhabit.localstack.launch.StackSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The whole system as {@code ./stack} starts it, on free ports and in a fresh data directory. */
public final class FreshStack {

    private FreshStack() {
    }

    public static LocalStack start(String label) {
        Path root = Path.of(System.getProperty("backhabit.root", "..")).toAbsolutePath().normalize();
        try {
            Path data = Files.createTempDirectory("backhabit-" + label);
            StackSettings settings = new StackSettings(root, data, FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                    FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next());
            return new LocalStack(settings, line -> System.out.println("[" + label + "] " + line)).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
