package org.backhabit.session.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "outbox.relay")
public interface RelayConfig {

    /** Off on an instance that should only accept writes; another instance relays. */
    @WithDefault("true")
    boolean enabled();

    /** Safety-net poll; commits wake the relay at once. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** How long the producer keeps retrying one record before the batch counts as failed. */
    @WithDefault("15s")
    Duration deliveryTimeout();

    @WithDefault("250ms")
    Duration minBackoff();

    @WithDefault("10s")
    Duration maxBackoff();
}
