package org.backhabit.progress.prompt;

import org.backhabit.progress.domain.PromptCandidate;

import java.time.Instant;
import java.util.UUID;

/**
 * A prompt stored for the first time, whether a rule raised it or a clinician's recommendation did;
 * published to progress-prompts once its transaction commits, in English (what prompt.raised.v1 carries).
 */
public record PromptRaised(UUID id, String userId, String type, String severity, String title, String message, Instant at) {

    public PromptRaised(UUID id, String userId, PromptCandidate candidate, Instant at) {
        this(id, userId, candidate.type().name(), candidate.severity().name(), candidate.title(), candidate.message(), at);
    }
}
