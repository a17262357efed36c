package org.backhabit.catalog.service;

/** Fired by a write inside its transaction; read caches are dropped once it commits. */
public record CatalogChanged() {
}
