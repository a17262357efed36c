package org.backhabit.progress.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.backhabit.events.EventTypes;
import org.backhabit.events.PromptData;
import org.backhabit.progress.erasure.SealedEvents;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.time.ZoneOffset;

/**
 * Announces each newly stored prompt on {@code progress-prompts}, after its transaction committed,
 * always sealed with the user's event key (so their erasure shreds it too).
 */
@ApplicationScoped
public class PromptPublisher {

    @Inject
    @Channel("progress-prompts")
    Emitter<String> emitter;
    @Inject
    SealedEvents sealed;

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) PromptRaised prompt) {
        PromptData data = new PromptData(PromptData.SCHEMA_VERSION, prompt.id(), prompt.userId(), prompt.type(), prompt.severity(),
                prompt.title(), prompt.message(), prompt.at().atOffset(ZoneOffset.UTC));
        sealed.send(emitter, prompt.id(), EventTypes.PROMPT_RAISED, prompt.userId(), prompt.at(), data);
    }
}
