package org.backhabit.catalog.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.catalog.model.CatalogSeed;
import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.RedFlag;
import org.backhabit.catalog.model.Routine;
import org.backhabit.catalog.model.RoutineItem;
import org.backhabit.catalog.repository.ExerciseRepository;
import org.backhabit.catalog.repository.ExerciseRow;
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

/**
 * Loads the shipped library ({@code seed/catalog-v1.json}) once per database: the version is
 * claimed in {@code seed_history} in the same transaction, so restarts and parallel instances
 * never load it twice or over an administrator's edits.
 */
@ApplicationScoped
public class CatalogSeeder {

    static final String SEED = "seed/catalog-v1.json";
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
    ObjectMapper json;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        CatalogSeed seed = readSeed(json);
        if (!history.claim(seed.version())) {
            return;
        }
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
        int position = 0;
        for (RedFlag flag : seed.redFlags()) {
            RedFlagRow row = new RedFlagRow();
            row.code = flag.code();
            row.description = flag.description();
            row.urgency = flag.urgency().name();
            row.position = position++;
            redFlags.persist(row);
        }
        LOG.infof("loaded catalog seed v%d: %d exercises, %d routines, %d red flags",
                seed.version(), seed.exercises().size(), seed.routines().size(), seed.redFlags().size());
    }

    public static CatalogSeed readSeed(ObjectMapper json) {
        try (InputStream in = CatalogSeeder.class.getClassLoader().getResourceAsStream(SEED)) {
            return json.readValue(in, CatalogSeed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SEED, e);
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
