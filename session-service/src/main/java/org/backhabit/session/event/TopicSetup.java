package org.backhabit.session.event;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.backhabit.events.EventTopics;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Creates {@code session-events} (retention off) at start if it is missing. A broker that is down
 * must not stop the service: sessions still go to the outbox, and the relay publishes later.
 */
@ApplicationScoped
public class TopicSetup {

    private static final Logger LOG = Logger.getLogger(TopicSetup.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    void onStart(@Observes StartupEvent event) {
        try {
            EventTopics.ensure(String.valueOf(kafka.get("bootstrap.servers")), List.of(EventTopics.sessionEvents(), EventTopics.erasureReceipts()));
        } catch (RuntimeException e) {
            LOG.warnf("could not make sure topic session-events exists (%s); the relay retries publishing", e.getMessage());
        }
    }
}
