package org.backhabit.progress.projection;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.backhabit.events.EventTopics;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Creates the topics this service reads and writes at start, before the consumer subscribes, so
 * it never waits for a metadata refresh to discover a topic created later by a producer.
 */
@ApplicationScoped
public class TopicSetup {

    private static final Logger LOG = Logger.getLogger(TopicSetup.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        try {
            EventTopics.ensure(String.valueOf(kafka.get("bootstrap.servers")),
                    List.of(EventTopics.sessionEvents(), EventTopics.progressPrompts(), EventTopics.progressPauses(), EventTopics.deadLetters()));
        } catch (RuntimeException e) {
            LOG.warnf("could not make sure the topics exist (%s); the consumer finds them once they do", e.getMessage());
        }
    }
}
