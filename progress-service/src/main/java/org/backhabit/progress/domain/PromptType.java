package org.backhabit.progress.domain;

/** The prompts progress can raise; see DESIGN.md's prompt table. */
public enum PromptType {
    RED_FLAG,
    SEE_A_CLINICIAN,
    PAIN_AFTER_SESSION,
    WEEKLY_GOAL_AT_RISK,
    COMEBACK,
    GOAL_MET,
    STREAK_MILESTONE,
    ADD_STRENGTH
}
