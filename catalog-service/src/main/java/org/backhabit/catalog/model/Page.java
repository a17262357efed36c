package org.backhabit.catalog.model;

import java.util.List;

/**
 * One page of a listing and the total number of matches. The OpenAPI document shows its concrete
 * shapes (ExercisePage, RoutinePage).
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
