package org.backhabit.catalog.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a listing and the total number of matches. */
@Schema(description = "One page of a listing: the items, the zero-based page number, the page size and the total number of matches.")
public record Page<T>(List<T> items, int page, int size, long total) {
}
