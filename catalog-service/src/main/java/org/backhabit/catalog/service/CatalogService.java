package org.backhabit.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.ExerciseText;
import org.backhabit.catalog.model.RedFlagText;
import org.backhabit.catalog.model.RoutineText;
import org.backhabit.catalog.model.Translations;
import org.backhabit.catalog.repository.TranslationRepository;
import org.backhabit.catalog.model.Page;
import org.backhabit.catalog.model.RedFlag;
import org.backhabit.catalog.model.Routine;
import org.backhabit.events.vocabulary.RoutineKind;
import org.backhabit.events.vocabulary.Urgency;
import org.backhabit.catalog.repository.ExerciseRepository;
import org.backhabit.catalog.repository.RedFlagRepository;
import org.backhabit.catalog.repository.RoutineRepository;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the catalog from in-memory {@link CatalogSnapshot}s, one per language (English plus the
 * translations over it), loaded from the database on first use, reloaded after every write made through this instance and at least every 30 seconds (so
 * writes through another instance show up too).
 */
@ApplicationScoped
public class CatalogService {

    @Inject
    ExerciseRepository exercises;
    @Inject
    RoutineRepository routines;
    @Inject
    RedFlagRepository redFlags;
    @Inject
    TranslationRepository translations;
    @Inject
    CatalogLanguages languages;
    @Inject
    ObjectMapper json;

    /** Rendered read answers (see HttpCaching); emptied by every write. */
    public static final String RESPONSE_CACHE = "catalog-responses";

    /** Another instance's writes become visible here within this time. */
    static final Duration MAX_STALENESS = Duration.ofSeconds(30);

    private volatile Map<String, CatalogSnapshot> byLanguage;
    private volatile long loadedAtNanos;

    public Page<Exercise> exercises(String language, ExerciseFilter filter, int page, int size) {
        List<Exercise> matches = snapshot(language).exercises().values().stream().filter(filter).toList();
        return page(matches, page, size);
    }

    public Optional<Exercise> exercise(String language, String slug) {
        return snapshot(language).exercise(slug);
    }

    public Page<Routine> routines(String language, RoutineKind kind, int page, int size) {
        List<Routine> matches = snapshot(language).routines().values().stream()
                .filter(r -> kind == null || r.kind() == kind)
                .toList();
        return page(matches, page, size);
    }

    public Optional<Routine> routine(String language, String slug) {
        return snapshot(language).resolvedRoutine(slug);
    }

    public List<RedFlag> redFlags(String language) {
        return snapshot(language).redFlags();
    }

    /**
     * Drops the snapshot and the rendered answers once a write committed, so the next read sees it
     * (dropping them earlier would let a read in between cache the old state again).
     */
    @CacheInvalidateAll(cacheName = RESPONSE_CACHE)
    void afterWrite(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        byLanguage = null;
    }

    /** The routine with its items' exercises filled in from the current (English) snapshot. */
    public Routine resolve(Routine routine) {
        return snapshot().resolve(routine);
    }

    /** The catalog as stored: English. */
    CatalogSnapshot snapshot() {
        return snapshot(CatalogLanguages.ENGLISH);
    }

    CatalogSnapshot snapshot(String language) {
        Map<String, CatalogSnapshot> current = byLanguage;
        if (current == null || System.nanoTime() - loadedAtNanos > MAX_STALENESS.toNanos()) {
            synchronized (this) {
                current = byLanguage;
                if (current == null || System.nanoTime() - loadedAtNanos > MAX_STALENESS.toNanos()) {
                    current = load();
                    byLanguage = current;
                    loadedAtNanos = System.nanoTime();
                }
            }
        }
        return current.getOrDefault(language, current.get(CatalogLanguages.ENGLISH));
    }

    private Map<String, CatalogSnapshot> load() {
        CatalogSnapshot english = CatalogSnapshot.of(
                exercises.listAll().stream().map(row -> read(row.body, Exercise.class)).toList(),
                routines.listAll().stream().map(row -> read(row.body, Routine.class)).toList(),
                redFlags.listAll(io.quarkus.panache.common.Sort.by("position")).stream()
                        .map(row -> new RedFlag(row.code, row.description, Urgency.valueOf(row.urgency)))
                        .toList());
        Map<String, CatalogSnapshot> snapshots = new HashMap<>();
        for (String language : languages.supported()) {
            snapshots.put(language, CatalogLanguages.ENGLISH.equals(language) ? english
                    : english.translated(translationsIn(language)));
        }
        snapshots.putIfAbsent(CatalogLanguages.ENGLISH, english);
        return Map.copyOf(snapshots);
    }

    private Translations translationsIn(String language) {
        return new Translations(
                texts(TranslationRepository.Kind.EXERCISE, language, ExerciseText.class),
                texts(TranslationRepository.Kind.ROUTINE, language, RoutineText.class),
                texts(TranslationRepository.Kind.RED_FLAG, language, RedFlagText.class));
    }

    private <T> Map<String, T> texts(TranslationRepository.Kind kind, String language, Class<T> type) {
        return translations.all(kind).stream()
                .filter(row -> row.language().equals(language))
                .collect(Collectors.toMap(TranslationRepository.Row::subject, row -> read(row.body(), type)));
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }

    private static <T> Page<T> page(List<T> matches, int page, int size) {
        int from = (int) Math.min((long) page * size, matches.size());
        int to = Math.min(from + size, matches.size());
        return new Page<>(matches.subList(from, to), page, size, matches.size());
    }
}
