package org.backhabit.catalog.service;

import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.catalog.model.MediaFiles;
import org.backhabit.catalog.repository.MediaFileRepository;
import org.backhabit.catalog.repository.MediaFileRow;
import org.backhabit.problem.Problem;
import org.backhabit.problem.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Illustration files: stored in the database, read through a small cache. Uploads are checked
 * for name, type (the extension must match the Content-Type), size and, for SVG, safety.
 */
@ApplicationScoped
public class MediaLibrary {

    static final String CACHE = "catalog-media";
    private static final Pattern NAME = Pattern.compile(MediaFiles.NAME_PATTERN);

    /** A file as served: its bytes, media type and entity tag. */
    public record MediaFile(String name, String type, byte[] body, String tag) {
    }

    @Inject
    MediaFileRepository files;
    @Inject
    Clock clock;

    @CacheResult(cacheName = CACHE)
    public Optional<MediaFile> find(String name) {
        return files.findByIdOptional(name).map(row -> new MediaFile(row.name, row.contentType, row.body, EntityTags.of(row.body)));
    }

    /** @return true if the file is new, false if it replaced one */
    @Transactional
    @CacheInvalidate(cacheName = CACHE)
    public boolean store(@CacheKey String name, String contentType, byte[] body) {
        check(name, contentType, body);
        Optional<MediaFileRow> existing = files.findByIdOptional(name);
        MediaFileRow row = existing.orElseGet(MediaFileRow::new);
        row.name = name;
        row.contentType = contentType;
        row.body = body;
        row.updatedAt = clock.instant();
        if (existing.isEmpty()) {
            files.persist(row);
        }
        return existing.isEmpty();
    }

    private static void check(String name, String contentType, byte[] body) {
        if (!NAME.matcher(name).matches()) {
            throw ProblemException.badRequest("name", "must be lower-case words joined by hyphens, ending in .svg, .png, .jpg or .webp");
        }
        String expected = MediaFiles.typeOf(name).orElseThrow();
        if (!expected.equals(contentType)) {
            throw ProblemException.badRequest("Content-Type", "a ." + name.substring(name.lastIndexOf('.') + 1) + " file must be sent as " + expected);
        }
        if (body.length == 0) {
            throw ProblemException.badRequest("body", "must not be empty");
        }
        if (body.length > MediaFiles.MAX_BYTES) {
            throw new ProblemException(Problem.validation("The file is too large.",
                    List.of(new Problem.Violation("body", "must be at most " + MediaFiles.MAX_BYTES + " bytes"))).withStatus(413, "Content Too Large"));
        }
        if (MediaFiles.SVG.equals(contentType)) {
            SvgSafety.problem(body).ifPresent(problem -> {
                throw ProblemException.unprocessable("body", "SVG " + problem);
            });
        }
    }
}
