package org.backhabit.catalog.model;

import java.util.Map;
import java.util.Optional;

/** The image files the catalog accepts: names, their extensions and media types. */
public final class MediaFiles {

    public static final String NAME_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*\\.(svg|png|jpg|webp)$";
    public static final String URL_PATTERN = "^/media/[a-z0-9]+(-[a-z0-9]+)*\\.(svg|png|jpg|webp)$";
    public static final String TYPE_PATTERN = "^image/(svg\\+xml|png|jpeg|webp)$";
    public static final String SVG = "image/svg+xml";
    /** Larger files are refused (413): the drawings are a few kilobytes. */
    public static final int MAX_BYTES = 512 * 1024;

    private static final Map<String, String> TYPE_BY_EXTENSION = Map.of(
            "svg", SVG, "png", "image/png", "jpg", "image/jpeg", "webp", "image/webp");

    private MediaFiles() {
    }

    /** The media type a file name's extension stands for. */
    public static Optional<String> typeOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPE_BY_EXTENSION.get(name.substring(dot + 1)));
    }

    public static String url(String name) {
        return "/media/" + name;
    }

    public static String name(String url) {
        return url.substring("/media/".length());
    }
}
