package org.backhabit.system.corpus;

import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** Values a case needs that must be fresh or current: an instant an hour ago, today, a new slug, a browser's push keys. */
final class Placeholders {

    static final String EXERCISE = """
            {"slug":"${slug}","name":"Corpus exercise","category":"STRENGTH","targetAreas":["RHOMBOIDS"],"equipment":["NONE"],\
            "positions":["STANDING"],"deskFriendly":true,"dosage":{"sets":2,"reps":10,"holdSeconds":null,"durationSeconds":null,"perSide":false},\
            "steps":["Stand tall."],"cues":["Breathe out."],"cautions":["Stop if it hurts."],"difficulty":1,"easierVariant":null,\
            "harderVariant":null,"estimatedMinutes":2,"media":[]}""";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Placeholders() {
    }

    /** Fills the placeholders of a path or body; {@code session} is an id of the case user's session (or null). */
    static String fill(String template, String session) {
        if (template == null) {
            return null;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> values = Map.of(
                "${recent}", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "${today}", today.toString(),
                "${inAWeek}", today.plusDays(6).toString(),
                "${newSlug}", "corpus-" + UUID.randomUUID().toString().substring(0, 8),
                "${session}", session == null ? "none" : session,
                "${p256dh}", PUSH_KEY,
                "${auth}", base64Url(randomBytes(16)));
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    /** A real P-256 public key in uncompressed form, as a browser's PushSubscription carries it. */
    private static final String PUSH_KEY = pushKey();

    private static String pushKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
            byte[] point = new byte[65];
            point[0] = 4;
            copyUnsigned(key.getW().getAffineX().toByteArray(), point, 1);
            copyUnsigned(key.getW().getAffineY().toByteArray(), point, 33);
            return base64Url(point);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyUnsigned(byte[] value, byte[] into, int offset) {
        int length = Math.min(32, value.length);
        System.arraycopy(value, value.length - length, into, offset + 32 - length, length);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
