package org.backhabit.events;

import com.fasterxml.jackson.databind.JsonNode;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Crypto-shredding of event data: a person's event data travels sealed with that person's own
 * AES-256-GCM key, and the record value is then {@code {"keyId", "iv", "ciphertext"}} with the
 * content type {@link #CONTENT_TYPE}. The key lives only in session-service's database; deleting
 * it on erasure makes every copy of the data in the log, its replicas and backups unreadable at
 * once, with no rewrite of the log. The key id is bound to the ciphertext as associated data.
 */
public final class SealedPayload {

    public static final String CONTENT_TYPE = "application/vnd.backhabit.sealed+json";

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedPayload() {
    }

    /** @return a fresh random 256-bit key */
    public static byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /** @return the sealed record value for {@code json} */
    public static String seal(String keyId, byte[] key, String json) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv, keyId);
            byte[] sealed = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b64 = Base64.getEncoder();
            return EventJson.write(Map.of("keyId", keyId, "iv", b64.encodeToString(iv), "ciphertext", b64.encodeToString(sealed)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal event data", e);
        }
    }

    /** @return the key id a sealed value names, to look the key up before {@link #open} */
    public static String keyId(String sealedValue) {
        JsonNode id = envelope(sealedValue).get("keyId");
        if (id == null || !id.isTextual()) {
            throw new MalformedEventException("sealed event data without a keyId");
        }
        return id.asText();
    }

    /** @throws MalformedEventException when the value is not a sealed envelope or the key does not open it */
    public static String open(String sealedValue, byte[] key) {
        JsonNode envelope = envelope(sealedValue);
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, b64.decode(text(envelope, "iv")), text(envelope, "keyId"));
            return new String(cipher.doFinal(b64.decode(text(envelope, "ciphertext"))), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new MalformedEventException("sealed event data does not open with this key", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new MalformedEventException("sealed event data cannot be opened: " + e.getMessage(), e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, String keyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static JsonNode envelope(String value) {
        try {
            JsonNode node = EventJson.mapper().readTree(value);
            if (node == null || !node.isObject()) {
                throw new MalformedEventException("sealed event data is not a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedEventException("sealed event data is not JSON", e);
        }
    }

    private static String text(JsonNode envelope, String field) {
        JsonNode node = envelope.get(field);
        if (node == null || !node.isTextual()) {
            throw new MalformedEventException("sealed event data without " + field);
        }
        return node.asText();
    }
}
