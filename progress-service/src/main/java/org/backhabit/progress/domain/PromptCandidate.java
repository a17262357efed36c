package org.backhabit.progress.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A prompt the rules want shown. The rules are re-evaluated after every event and dashboard read;
 * the caller stores a candidate only if its {@link #dedupKey()} is new, so each prompt is raised
 * once per period. What it says is a stable message key with parameters, worded per language by
 * {@link PromptWording}.
 *
 * @param periodKey  what the prompt is about in time: a week start ("2026-11-16"), a check-in date
 *                   with urgency ("2026-11-20:IMMEDIATE"), "streak-8:2026-11-16", ...
 * @param messageKey which wording, e.g. "red-flag.immediate"; stable, so front ends may word it themselves
 * @param params     the values the wording uses (numbers, red-flag codes), in a stable order
 */
public record PromptCandidate(PromptType type, Severity severity, String periodKey, String messageKey,
                              Map<String, Object> params) {

    public PromptCandidate {
        if (type == null || severity == null || periodKey == null || messageKey == null || params == null) {
            throw new IllegalArgumentException("every field of a prompt is required");
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Type and period together: the same key means the same prompt. */
    public String dedupKey() {
        return type + ":" + periodKey;
    }

    /** The English title (also what prompt.raised.v1 carries). */
    public String title() {
        return PromptWording.render(messageKey, params, PromptWording.ENGLISH).title();
    }

    /** The English message (also what prompt.raised.v1 carries). */
    public String message() {
        return PromptWording.render(messageKey, params, PromptWording.ENGLISH).message();
    }
}
