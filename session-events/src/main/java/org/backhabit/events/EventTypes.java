package org.backhabit.events;

import java.util.List;

/** CloudEvents {@code type} values on the {@code session-events}, {@code progress-prompts} and {@code progress-pauses} topics. */
public final class EventTypes {

    public static final String SESSION_RECORDED = "session.recorded.v1";
    public static final String SESSION_CORRECTED = "session.corrected.v1";
    public static final String SESSION_DELETED = "session.deleted.v1";
    public static final String CHECKIN_RECORDED = "checkin.recorded.v1";
    public static final String PROMPT_RAISED = "prompt.raised.v1";
    public static final String PAUSE_RECORDED = "pause.recorded.v1";
    public static final String PAUSE_DELETED = "pause.deleted.v1";

    public static final String SESSION_EVENTS_TOPIC = "session-events";
    public static final String PROGRESS_PROMPTS_TOPIC = "progress-prompts";
    public static final String PROGRESS_PAUSES_TOPIC = "progress-pauses";

    /** Every type carried by {@code session-events}. */
    public static final List<String> SESSION_TOPIC_TYPES =
            List.of(SESSION_RECORDED, SESSION_CORRECTED, SESSION_DELETED, CHECKIN_RECORDED);

    private EventTypes() {
    }
}
