package org.backhabit.progress.prompt;

import org.backhabit.progress.domain.PromptCandidate;

import java.time.Instant;
import java.util.UUID;

/** A prompt stored for the first time; published to progress-prompts once its transaction commits. */
public record PromptRaised(UUID id, String userId, PromptCandidate candidate, Instant at) {
}
