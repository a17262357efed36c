package org.backhabit.catalog.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How fast a person with a red flag should get care. */
@Schema(description = "How fast a person with a red flag should get care.")
public enum Urgency {
    IMMEDIATE, SOON
}
