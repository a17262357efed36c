package org.backhabit.progress.domain;

/**
 * A prompt the rules want shown. The rules are re-evaluated after every event and dashboard read;
 * the caller stores a candidate only if its {@link #dedupKey()} is new, so each prompt is raised
 * once per period.
 *
 * @param periodKey what the prompt is about in time: a week start ("2026-11-16"), a check-in date
 *                  with urgency ("2026-11-20:IMMEDIATE"), "streak-8:2026-11-16", ...
 */
public record PromptCandidate(PromptType type, Severity severity, String periodKey, String title, String message) {

    public PromptCandidate {
        if (type == null || severity == null || periodKey == null || title == null || message == null) {
            throw new IllegalArgumentException("every field of a prompt is required");
        }
    }

    /** Type and period together: the same key means the same prompt. */
    public String dedupKey() {
        return type + ":" + periodKey;
    }
}
