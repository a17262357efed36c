package org.backhabit.catalog.rest;

import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.Routine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The concrete shapes of {@link org.backhabit.catalog.model.Page} for the OpenAPI document: the
 * list reads answer a rendered {@code Response} (for the ETag), so the scanner cannot see the type.
 */
final class ApiPages {

    private ApiPages() {
    }

    @Schema(name = "ExercisePage", description = "One page of exercises and the total number of matches.")
    record ExercisePage(List<Exercise> items, int page, int size, long total) {
    }

    @Schema(name = "RoutinePage", description = "One page of routines (items without their exercises resolved) and the total number of matches.")
    record RoutinePage(List<Routine> items, int page, int size, long total) {
    }
}
