package org.backhabit.progress.domain;

/** How much a prompt matters, least to most; front ends order and style prompts by it. */
public enum Severity {
    INFO,
    NUDGE,
    WARNING,
    URGENT
}
