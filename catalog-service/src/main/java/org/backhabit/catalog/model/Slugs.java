package org.backhabit.catalog.model;

/** Slugs are lower-case words joined by single hyphens: stable, URL-safe identifiers. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be lower-case words joined by hyphens";

    private Slugs() {
    }
}
