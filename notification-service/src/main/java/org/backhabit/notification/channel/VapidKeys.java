package org.backhabit.notification.channel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.martijndwars.webpush.Utils;
import org.backhabit.notification.config.NotificationConfig;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Security;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;

/**
 * The VAPID key pair that identifies this sender to push services. From configuration when set;
 * otherwise generated once and kept in the database, so every instance and every restart uses the
 * key browsers subscribed with.
 */
@ApplicationScoped
public class VapidKeys {

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    @Inject
    NotificationConfig config;
    @Inject
    EntityManager em;

    private volatile KeyPair keyPair;

    public KeyPair keyPair() {
        if (keyPair == null) {
            synchronized (this) {
                if (keyPair == null) {
                    keyPair = load();
                }
            }
        }
        return keyPair;
    }

    /** The applicationServerKey: the uncompressed public point, base64url without padding. */
    public String publicKey() {
        return base64Url(Utils.encode((ECPublicKey) keyPair().getPublic()));
    }

    private KeyPair load() {
        try {
            if (config.push().vapidPublicKey().isPresent() && config.push().vapidPrivateKey().isPresent()) {
                return new KeyPair(Utils.loadPublicKey(config.push().vapidPublicKey().get()),
                        Utils.loadPrivateKey(config.push().vapidPrivateKey().get()));
            }
            List<?> stored = QuarkusTransaction.requiringNew().call(() -> {
                KeyPair generated = generate();
                em.createNativeQuery("INSERT INTO vapid_key (id, public_key, private_key) VALUES (1, ?1, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, base64Url(Utils.encode((ECPublicKey) generated.getPublic())))
                        .setParameter(2, base64Url(Utils.encode((ECPrivateKey) generated.getPrivate())))
                        .executeUpdate();
                return em.createNativeQuery("SELECT public_key, private_key FROM vapid_key WHERE id = 1").getResultList();
            });
            Object[] row = (Object[]) stored.get(0);
            return new KeyPair(Utils.loadPublicKey((String) row[0]), Utils.loadPrivateKey((String) row[1]));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("VAPID keys unusable: " + e.getMessage(), e);
        }
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastleProvider.PROVIDER_NAME);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
