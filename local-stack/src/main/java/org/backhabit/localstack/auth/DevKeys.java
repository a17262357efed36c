package org.backhabit.localstack.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The dev RSA key pair shipped for local use only. Production configures its own issuer and
 * verification key (PEM or JWKS URL); nothing outside local-stack knows this pair.
 */
public final class DevKeys {

    public static final String ISSUER = "https://backhabit.local/dev";
    /** The audience the services expect by default ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "backhabit";

    private DevKeys() {
    }

    public static String publicKeyPem() {
        return resource("dev-keys/public.pem");
    }

    /** Writes the public key where a service process can read it and returns the file. */
    public static Path publicKeyFile(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("dev-public.pem");
            Files.writeString(file, publicKeyPem());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PrivateKey privateKey() {
        String base64 = resource("dev-keys/private.pem")
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("dev private key unreadable", e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = DevKeys.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
