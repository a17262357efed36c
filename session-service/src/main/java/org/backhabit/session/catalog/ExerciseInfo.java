package org.backhabit.session.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a session needs to know of an exercise: its category decides an ad-hoc session's kind. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExerciseInfo(String slug, String category) {

    public boolean isStrength() {
        return "STRENGTH".equals(category);
    }
}
