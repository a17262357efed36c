package org.backhabit.catalog.model;

/** How fast a person with a red flag should get care. */
public enum Urgency {
    IMMEDIATE, SOON
}
