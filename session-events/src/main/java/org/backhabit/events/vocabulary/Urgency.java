package org.backhabit.events.vocabulary;

/** How fast a person who reports a red flag should get care. */
public enum Urgency {
    /** Emergency care now: stop and call for help. */
    IMMEDIATE,
    /** A doctor soon, before carrying on with self-care. */
    SOON
}
