package org.backhabit.session.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

@ConfigMapping(prefix = "erasure")
public interface ErasureConfig {

    /**
     * The services that must confirm an erasure (on {@code erasure-receipts}) before it counts as
     * done. Add every service that keeps data about people, e.g. notification-service.
     */
    @WithDefault("session-service,progress-service")
    List<String> confirmingServices();
}
