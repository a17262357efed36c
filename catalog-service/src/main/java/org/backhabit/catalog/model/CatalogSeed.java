package org.backhabit.catalog.model;

import java.util.List;
import java.util.Map;

/**
 * The shape of {@code seed/catalog-v*.json}: each version adds to the library the catalog ships
 * with. Every part is optional: exercises, routines and red flags to add, illustrations to attach
 * to exercises (by slug; files under {@code seed/media/}) and translations by language.
 */
public record CatalogSeed(int version, List<Exercise> exercises, List<Routine> routines, List<RedFlag> redFlags,
                          Map<String, List<Media>> media, Map<String, Translations> translations) {

    public CatalogSeed {
        exercises = exercises == null ? List.of() : exercises;
        routines = routines == null ? List.of() : routines;
        redFlags = redFlags == null ? List.of() : redFlags;
        media = media == null ? Map.of() : media;
        translations = translations == null ? Map.of() : translations;
    }
}
