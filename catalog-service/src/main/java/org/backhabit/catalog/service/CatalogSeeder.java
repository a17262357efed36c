package org.backhabit.catalog.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.catalog.model.CatalogSeed;
import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.Media;
import org.backhabit.catalog.model.MediaFiles;
import org.backhabit.catalog.model.Translations;
import org.backhabit.catalog.model.RedFlag;
import org.backhabit.catalog.model.Routine;
import org.backhabit.catalog.model.RoutineItem;
import org.backhabit.catalog.repository.ExerciseRepository;
import org.backhabit.catalog.repository.ExerciseRow;
import org.backhabit.catalog.repository.MediaFileRepository;
import org.backhabit.catalog.repository.MediaFileRow;
import org.backhabit.catalog.repository.TranslationRepository;
import org.backhabit.catalog.repository.RedFlagRepository;
import org.backhabit.catalog.repository.RedFlagRow;
import org.backhabit.catalog.repository.RoutineRepository;
import org.backhabit.catalog.repository.RoutineRow;
import org.backhabit.catalog.repository.SeedHistory;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Loads the shipped library once per database, one seed version after the other
 * ({@code seed/catalog-v1.json}: exercises, routines, red flags; {@code v2}: illustrations and
 * German). Each version is claimed in {@code seed_history} in the same transaction, so restarts
 * and parallel instances never load it twice or over an administrator's edits: a later version
 * only adds to documents that still exist and leaves media an administrator set alone.
 */
@ApplicationScoped
public class CatalogSeeder {

    static final List<String> SEEDS = List.of("seed/catalog-v1.json", "seed/catalog-v2.json");
    private static final String MEDIA_DIR = "seed/media/";
    private static final Logger LOG = Logger.getLogger(CatalogSeeder.class);

    @Inject
    SeedHistory history;
    @Inject
    ExerciseRepository exercises;
    @Inject
    RoutineRepository routines;
    @Inject
    RedFlagRepository redFlags;
    @Inject
    MediaFileRepository mediaFiles;
    @Inject
    TranslationRepository translations;
    @Inject
    ObjectMapper json;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        for (String seedFile : SEEDS) {
            CatalogSeed seed = readSeed(json, seedFile);
            if (history.claim(seed.version())) {
                load(seed);
            }
        }
    }

    private void load(CatalogSeed seed) {
        Instant now = Instant.now();
        for (Exercise exercise : seed.exercises()) {
            ExerciseRow row = new ExerciseRow();
            row.slug = exercise.slug();
            row.body = write(exercise);
            row.updatedAt = now;
            exercises.persist(row);
        }
        exercises.flush();
        for (Routine routine : seed.routines()) {
            RoutineRow row = new RoutineRow();
            row.slug = routine.slug();
            row.body = write(routine);
            row.updatedAt = now;
            routines.persist(row);
            routines.flush();
            routines.linkExercises(routine.slug(), routine.items().stream().map(RoutineItem::exerciseSlug).distinct().toList());
        }
        int position = (int) redFlags.count();
        for (RedFlag flag : seed.redFlags()) {
            RedFlagRow row = new RedFlagRow();
            row.code = flag.code();
            row.description = flag.description();
            row.urgency = flag.urgency().name();
            row.position = position++;
            redFlags.persist(row);
        }
        redFlags.flush();
        seed.media().forEach((slug, media) -> attachMedia(slug, media, now));
        seed.translations().forEach((language, texts) -> translate(language, texts, now));
        LOG.infof("loaded catalog seed v%d: %d exercises, %d routines, %d red flags, media for %d exercises, %d languages",
                seed.version(), seed.exercises().size(), seed.routines().size(), seed.redFlags().size(),
                seed.media().size(), seed.translations().size());
    }

    private void attachMedia(String slug, List<Media> media, Instant now) {
        for (Media item : media) {
            String name = MediaFiles.name(item.url());
            if (mediaFiles.findByIdOptional(name).isEmpty()) {
                MediaFileRow file = new MediaFileRow();
                file.name = name;
                file.contentType = item.type();
                file.body = resource(MEDIA_DIR + name);
                file.updatedAt = now;
                mediaFiles.persist(file);
            }
        }
        exercises.findByIdOptional(slug).ifPresent(row -> {
            Exercise exercise = read(row.body, Exercise.class);
            if (exercise.media().isEmpty()) {
                row.body = write(exercise.withMedia(media));
                row.updatedAt = now;
            }
        });
    }

    private void translate(String language, Translations texts, Instant now) {
        texts.exercises().forEach((slug, text) -> {
            if (exercises.findByIdOptional(slug).isPresent()) {
                translations.put(TranslationRepository.Kind.EXERCISE, slug, language, write(text), now);
            }
        });
        texts.routines().forEach((slug, text) -> {
            if (routines.findByIdOptional(slug).isPresent()) {
                translations.put(TranslationRepository.Kind.ROUTINE, slug, language, write(text), now);
            }
        });
        texts.redFlags().forEach((code, text) -> {
            if (redFlags.findByIdOptional(code).isPresent()) {
                translations.put(TranslationRepository.Kind.RED_FLAG, code, language, write(text), now);
            }
        });
    }

    /** Every shipped seed version, in order. */
    public static List<CatalogSeed> readSeeds(ObjectMapper json) {
        return SEEDS.stream().map(file -> readSeed(json, file)).toList();
    }

    static CatalogSeed readSeed(ObjectMapper json, String file) {
        try (InputStream in = CatalogSeeder.class.getClassLoader().getResourceAsStream(file)) {
            return json.readValue(in, CatalogSeed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A file shipped with the seeds, such as an illustration. */
    public static byte[] resource(String path) {
        try (InputStream in = CatalogSeeder.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing seed resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
