package org.backhabit.progress.pause;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.backhabit.events.EventTypes;
import org.backhabit.events.PauseData;
import org.backhabit.events.PauseDeletedData;
import org.backhabit.progress.erasure.SealedEvents;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.time.ZoneOffset;
import java.util.UUID;

/** Announces each stored or removed pause on {@code progress-pauses}, sealed with the person's key, after its transaction committed, for other services. */
@ApplicationScoped
public class PausePublisher {

    @Inject
    @Channel("progress-pauses")
    Emitter<String> emitter;
    @Inject
    SealedEvents sealed;

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) PauseChanged pause) {
        Object data = pause.removed()
                ? new PauseDeletedData(PauseDeletedData.SCHEMA_VERSION, pause.pauseId(), pause.userId(), pause.at().atOffset(ZoneOffset.UTC))
                : new PauseData(PauseData.SCHEMA_VERSION, pause.pauseId(), pause.userId(), pause.from(), pause.to(), pause.reason(),
                        pause.at().atOffset(ZoneOffset.UTC));
        String type = pause.removed() ? EventTypes.PAUSE_DELETED : EventTypes.PAUSE_RECORDED;
        sealed.send(emitter, UUID.randomUUID(), type, pause.userId(), pause.at(), data);
    }
}
