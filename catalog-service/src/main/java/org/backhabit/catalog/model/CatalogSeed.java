package org.backhabit.catalog.model;

import java.util.List;

/** The shape of {@code seed/catalog-v*.json}: the library the catalog ships with. */
public record CatalogSeed(int version, List<Exercise> exercises, List<Routine> routines, List<RedFlag> redFlags) {
}
