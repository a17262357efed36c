package org.backhabit.events;

import java.util.List;

/** The values of {@code type} in {@code prompt.raised.v1}, for readers that let people choose among them. */
public final class PromptTypes {

    public static final List<String> ALL = List.of("RED_FLAG", "SEE_A_CLINICIAN", "PAIN_AFTER_SESSION", "WEEKLY_GOAL_AT_RISK",
            "COMEBACK", "GOAL_MET", "STREAK_MILESTONE", "ADD_STRENGTH");

    /** Safety prompts: always delivered, whatever the person's opt-outs and quiet hours. */
    public static final List<String> URGENT = List.of("RED_FLAG");

    private PromptTypes() {
    }
}
