package org.backhabit.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /** Where people reach this service from outside, for the one-click unsubscribe link in e-mails. */
    @WithDefault("http://localhost:8084")
    String publicUrl();

    Dispatch dispatch();

    Email email();

    Webhooks webhooks();

    Push push();

    interface Dispatch {
        /** Off on an instance that should only serve the API; another instance sends. */
        @WithDefault("true")
        boolean enabled();

        /** Safety-net poll for due deliveries and reminders; new deliveries wake the dispatcher at once. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("50")
        int batchSize();

        /** Wait after the first failed attempt; doubles per attempt up to {@link #maxBackoff()}. */
        @WithDefault("30s")
        Duration firstBackoff();

        @WithDefault("2h")
        Duration maxBackoff();

        /** A target failing this long is disabled, and the person sees why. */
        @WithDefault("24h")
        Duration giveUpAfter();

        /** A reminder whose time passed longer ago than this (the service was down) is skipped, not sent late. */
        @WithDefault("1h")
        Duration reminderGrace();
    }

    interface Email {
        @WithDefault("localhost")
        String smtpHost();

        @WithDefault("25")
        int smtpPort();

        Optional<String> username();

        Optional<String> password();

        /** Upgrade the connection with STARTTLS when the server offers it. */
        @WithDefault("false")
        boolean starttls();

        @WithDefault("backhabit <notifications@backhabit.local>")
        String from();

        @WithDefault("10s")
        Duration timeout();
    }

    interface Webhooks {
        /** Allow targets on loopback and private networks (local stack and tests only). */
        @WithDefault("false")
        boolean allowPrivateTargets();

        @WithDefault("10s")
        Duration timeout();
    }

    interface Push {
        /** VAPID key pair (base64url, uncompressed P-256 public key and raw private key); generated and kept in the database when absent. */
        Optional<String> vapidPublicKey();

        Optional<String> vapidPrivateKey();

        /** The VAPID subject push services may contact about this sender. */
        @WithDefault("mailto:notifications@backhabit.local")
        String subject();

        @WithDefault("10s")
        Duration timeout();
    }
}
