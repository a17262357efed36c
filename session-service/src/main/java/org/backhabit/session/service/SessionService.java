package org.backhabit.session.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SessionData;
import org.backhabit.events.SessionDeletedData;
import org.backhabit.problem.ProblemException;
import org.backhabit.session.event.Outbox;
import org.backhabit.session.model.ExerciseEntry;
import org.backhabit.session.model.SessionPage;
import org.backhabit.session.model.SessionRequest;
import org.backhabit.session.model.SessionView;
import org.backhabit.session.repository.JsonColumns;
import org.backhabit.session.repository.SessionEntity;
import org.backhabit.session.repository.SessionRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Records, corrects and deletes sessions. Every change writes its event to the outbox in the
 * same transaction. Catalog lookups happen before the transaction opens, so no database
 * connection waits on HTTP.
 */
@ApplicationScoped
public class SessionService {

    private static final TypeReference<List<ExerciseEntry>> ENTRIES = new TypeReference<>() {
    };

    @Inject
    SessionRepository sessions;
    @Inject
    SessionContentResolver resolver;
    @Inject
    Outbox outbox;
    @Inject
    IdempotencyService idempotency;
    @Inject
    JsonColumns json;
    @Inject
    Clock clock;

    public SessionView record(String userId, SessionRequest request, IdempotencyService.Ticket ticket) {
        ZoneId zone = SessionRules.check("completedAt", request.completedAt(), request.timeZone(), clock);
        ResolvedContent content = resolver.resolve(request);
        return insert(userId, request, zone, content, ticket);
    }

    public SessionView correct(String userId, UUID id, SessionRequest request) {
        ZoneId zone = SessionRules.check("completedAt", request.completedAt(), request.timeZone(), clock);
        ResolvedContent content = resolver.resolve(request);
        return update(userId, id, request, zone, content);
    }

    @Transactional
    public void delete(String userId, UUID id) {
        SessionEntity session = sessions.findOwnForUpdate(userId, id).orElseThrow(() -> notFound(id));
        sessions.delete(session);
        Instant now = clock.instant();
        outbox.append(EventTypes.SESSION_DELETED, userId, now,
                new SessionDeletedData(SessionDeletedData.SCHEMA_VERSION, id, userId, now.atOffset(ZoneOffset.UTC)));
    }

    @Transactional
    public SessionView get(String userId, UUID id) {
        return view(sessions.findOwn(userId, id).orElseThrow(() -> notFound(id)));
    }

    @Transactional
    public SessionPage list(String userId, LocalDate from, LocalDate to, int limit, String cursor) {
        SessionCursor after = cursor == null ? null : SessionCursor.decode(cursor);
        List<SessionEntity> rows = sessions.page(userId, from, to,
                after == null ? null : after.completedAt(), after == null ? null : after.id(), limit + 1);
        List<SessionView> items = rows.stream().limit(limit).map(this::view).toList();
        String next = rows.size() > limit ? new SessionCursor(rows.get(limit - 1).completedAt, rows.get(limit - 1).id).encode() : null;
        return new SessionPage(items, next);
    }

    @Transactional
    SessionView insert(String userId, SessionRequest request, ZoneId zone, ResolvedContent content, IdempotencyService.Ticket ticket) {
        Instant now = clock.instant();
        SessionEntity session = new SessionEntity();
        session.id = UUID.randomUUID();
        session.userId = userId;
        session.revision = 1;
        session.recordedAt = now;
        apply(session, request, zone, content, now);
        store(session, content.exerciseSlugs());
        SessionView view = view(session);
        idempotency.complete(ticket, 201, view, "/sessions/" + session.id);
        return view;
    }

    @Transactional
    SessionView update(String userId, UUID id, SessionRequest request, ZoneId zone, ResolvedContent content) {
        SessionEntity session = sessions.findOwnForUpdate(userId, id).orElseThrow(() -> notFound(id));
        Instant now = clock.instant();
        session.revision++;
        apply(session, request, zone, content, now);
        outbox.append(EventTypes.SESSION_CORRECTED, userId, now, eventData(session, content.exerciseSlugs()));
        return view(session);
    }

    private void apply(SessionEntity session, SessionRequest request, ZoneId zone, ResolvedContent content, Instant now) {
        session.routineSlug = request.routineSlug();
        session.kind = content.kind();
        session.exercises = json.write(request.exercisesOrEmpty());
        session.completedAt = request.completedAt().toInstant();
        session.timeZone = zone.getId();
        session.localDate = request.completedAt().atZoneSameInstant(zone).toLocalDate();
        session.durationMinutes = request.durationMinutes();
        session.painBefore = request.painBefore();
        session.painAfter = request.painAfter();
        session.effort = request.effort();
        session.notes = request.notes();
        session.updatedAt = now;
    }

    /** Persists a new session and announces it, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(SessionEntity session, List<String> exerciseSlugs) {
        sessions.persist(session);
        outbox.append(EventTypes.SESSION_RECORDED, session.userId, session.completedAt, eventData(session, exerciseSlugs));
    }

    private SessionData eventData(SessionEntity s, List<String> exerciseSlugs) {
        return new SessionData(SessionData.SCHEMA_VERSION, s.id, s.userId, s.revision, s.routineSlug, s.kind,
                exerciseSlugs, s.completedAt.atZone(ZoneId.of(s.timeZone)).toOffsetDateTime(), s.timeZone,
                s.localDate, s.durationMinutes, s.painBefore, s.painAfter, s.effort);
    }

    SessionView view(SessionEntity s) {
        ZoneId zone = ZoneId.of(s.timeZone);
        return new SessionView(s.id, s.userId, s.revision, s.routineSlug, json.read(s.exercises, ENTRIES),
                s.completedAt.atZone(zone).toOffsetDateTime(), s.timeZone, s.localDate, s.kind, s.durationMinutes,
                s.painBefore, s.painAfter, s.effort, s.notes,
                s.recordedAt.atZone(zone).toOffsetDateTime(), s.updatedAt.atZone(zone).toOffsetDateTime());
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No session " + id + ".");
    }
}
