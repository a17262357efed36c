package org.backhabit.catalog.model;

import java.util.Map;

/** The catalog's text in one language other than English, by slug (red flags by code). */
public record Translations(Map<String, ExerciseText> exercises, Map<String, RoutineText> routines,
                           Map<String, RedFlagText> redFlags) {

    public static final Translations NONE = new Translations(Map.of(), Map.of(), Map.of());

    public Translations {
        exercises = exercises == null ? Map.of() : exercises;
        routines = routines == null ? Map.of() : routines;
        redFlags = redFlags == null ? Map.of() : redFlags;
    }

    public Exercise apply(Exercise exercise) {
        ExerciseText text = exercises.get(exercise.slug());
        return text == null ? exercise : exercise.translated(text);
    }

    public Routine apply(Routine routine) {
        RoutineText text = routines.get(routine.slug());
        return text == null ? routine : routine.translated(text);
    }

    public RedFlag apply(RedFlag flag) {
        RedFlagText text = redFlags.get(flag.code());
        return text == null ? flag : new RedFlag(flag.code(), text.description(), flag.urgency());
    }
}
