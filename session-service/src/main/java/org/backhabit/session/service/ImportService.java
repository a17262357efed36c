package org.backhabit.session.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.backhabit.events.vocabulary.TimeZoneIds;
import org.backhabit.problem.ImportFile.Line;
import org.backhabit.problem.ImportProblems;
import org.backhabit.session.model.CheckInRequest;
import org.backhabit.session.model.ExerciseEntry;
import org.backhabit.session.model.ImportReport;
import org.backhabit.session.model.SessionRequest;
import org.backhabit.session.repository.CheckInEntity;
import org.backhabit.session.repository.CheckInRepository;
import org.backhabit.session.repository.JsonColumns;
import org.backhabit.session.repository.SessionEntity;
import org.backhabit.session.repository.SessionRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

/**
 * Imports the service's own JSON export and Loop Habit Tracker's checkmarks CSV. Records keep
 * their ids (Loop days get one derived from user and day), so a record already present is left
 * alone and importing twice adds nothing. The whole file is checked before anything is written,
 * and written in one transaction: a bad file changes nothing. Imported history is not bound by
 * the 90-day window of live recording, but nothing may lie in the future.
 */
@ApplicationScoped
public class ImportService {

    static final Set<String> KINDS = Set.of("STRENGTH", "MOBILITY", "RELIEF", "DESK_BREAK", "RECOVERY");
    /** Loop knows the day, not the hour: a checked day becomes a session at noon local time. */
    static final LocalTime LOOP_TIME = LocalTime.NOON;

    @Inject
    SessionRepository sessions;
    @Inject
    CheckInRepository checkIns;
    @Inject
    SessionService sessionWriter;
    @Inject
    CheckInService checkInWriter;
    @Inject
    SessionContentResolver resolver;
    @Inject
    JsonColumns json;
    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;
    @Inject
    Clock clock;

    /** Options of a Loop import: how each checked day is recorded. */
    public record LoopOptions(String timeZone, String habit, String routineSlug, int durationMinutes) {
    }

    @Transactional
    public ImportReport importExport(String userId, byte[] body) {
        ExportFile file = ExportFile.read(mapper, body);
        ImportProblems problems = new ImportProblems();
        file.sessions.forEach(s -> checkSession(s, problems));
        file.checkIns.forEach(c -> checkCheckIn(c, problems));
        problems.throwIfAny();
        int sessionsAdded = 0;
        int checkInsAdded = 0;
        Instant now = clock.instant();
        for (Line<ExportFile.ImportedSession> line : file.sessions) {
            if (isNew(sessions.findById(line.value().id()), line, userId, problems)) {
                sessionWriter.store(sessionEntity(userId, line.value(), now),
                        line.value().exercises() == null ? List.of() : line.value().exercises().stream().map(ExerciseEntry::exerciseSlug).distinct().toList());
                sessionsAdded++;
            }
        }
        for (Line<ExportFile.ImportedCheckIn> line : file.checkIns) {
            if (isNew(checkIns.findById(line.value().id()), line, userId, problems)) {
                storeCheckIn(userId, line.value(), now);
                checkInsAdded++;
            }
        }
        problems.throwIfAny();
        return new ImportReport(sessionsAdded, file.sessions.size() - sessionsAdded, checkInsAdded, file.checkIns.size() - checkInsAdded);
    }

    public ImportReport importLoop(String userId, byte[] body, LoopOptions options) {
        ZoneId zone = TimeZoneIds.region(options.timeZone()).orElse(null);
        if (zone == null) {
            throw org.backhabit.problem.ProblemException.badRequest("timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
        if (options.durationMinutes() < 1 || options.durationMinutes() > 240) {
            throw org.backhabit.problem.ProblemException.badRequest("durationMinutes", "must be between 1 and 240");
        }
        ResolvedContent content = options.routineSlug() == null ? new ResolvedContent("MOBILITY", List.of())
                : resolver.resolve(new SessionRequest(options.routineSlug(), null, null, null, null, null, null, null, null));
        SortedSet<LocalDate> days;
        try {
            days = LoopCheckmarks.checkedDays(new String(body, StandardCharsets.UTF_8), options.habit(), clock.instant().atZone(zone).toLocalDate());
        } catch (LoopCheckmarks.BadLine bad) {
            throw ImportProblems.atLine(bad.line, "body", bad.getMessage());
        }
        return storeLoopDays(userId, days, zone, options, content);
    }

    @Transactional
    ImportReport storeLoopDays(String userId, SortedSet<LocalDate> days, ZoneId zone, LoopOptions options, ResolvedContent content) {
        Instant now = clock.instant();
        int added = 0;
        for (LocalDate day : days) {
            UUID id = UUID.nameUUIDFromBytes(("loop-habit-tracker:" + userId + ":" + day).getBytes(StandardCharsets.UTF_8));
            if (sessions.findById(id) != null) {
                continue;
            }
            SessionEntity s = new SessionEntity();
            s.id = id;
            s.userId = userId;
            s.revision = 1;
            s.routineSlug = options.routineSlug();
            s.kind = content.kind();
            s.exercises = json.write(List.of());
            s.completedAt = day.atTime(LOOP_TIME).atZone(zone).toInstant();
            s.timeZone = zone.getId();
            s.localDate = day;
            s.durationMinutes = options.durationMinutes();
            s.notes = "Imported from Loop Habit Tracker";
            s.recordedAt = now;
            s.updatedAt = now;
            sessionWriter.store(s, content.exerciseSlugs());
            added++;
        }
        return new ImportReport(added, days.size() - added, 0, 0);
    }

    private void checkSession(Line<ExportFile.ImportedSession> line, ImportProblems problems) {
        ExportFile.ImportedSession s = line.value();
        String at = line.path() + ".";
        if (s.id() == null) {
            problems.add(line.line(), at + "id", "must be given");
        }
        if (s.revision() != null && s.revision() < 1) {
            problems.add(line.line(), at + "revision", "must be at least 1");
        }
        if (s.kind() == null || !KINDS.contains(s.kind())) {
            problems.add(line.line(), at + "kind", "must be one of " + KINDS);
        }
        SessionRequest request = new SessionRequest(s.routineSlug(), s.exercises(), s.completedAt(), s.timeZone(), s.durationMinutes(),
                s.painBefore(), s.painAfter(), s.effort(), s.notes());
        checkBean(request, line, problems);
        checkTime(line, "completedAt", s.completedAt(), s.timeZone(), problems);
    }

    private void checkCheckIn(Line<ExportFile.ImportedCheckIn> line, ImportProblems problems) {
        ExportFile.ImportedCheckIn c = line.value();
        if (c.id() == null) {
            problems.add(line.line(), line.path() + ".id", "must be given");
        }
        checkBean(new CheckInRequest(c.at(), c.timeZone(), c.painLevel(), c.areas(), c.redFlags()), line, problems);
        checkTime(line, "at", c.at(), c.timeZone(), problems);
    }

    private void checkBean(Object request, Line<?> line, ImportProblems problems) {
        for (ConstraintViolation<Object> v : validator.validate(request)) {
            problems.add(line.line(), line.path() + "." + v.getPropertyPath(), v.getMessage());
        }
    }

    private void checkTime(Line<?> line, String field, java.time.OffsetDateTime at, String timeZone, ImportProblems problems) {
        if (timeZone != null && TimeZoneIds.region(timeZone).isEmpty()) {
            problems.add(line.line(), line.path() + ".timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
        if (at != null && at.toInstant().isAfter(clock.instant().plus(SessionRules.MAX_FUTURE))) {
            problems.add(line.line(), line.path() + "." + field, "must not be in the future");
        }
    }

    /** A record already there for this user is skipped; an id taken by someone else's record rejects the file. */
    private static boolean isNew(Object existing, Line<?> line, String userId, ImportProblems problems) {
        if (existing == null) {
            return true;
        }
        String owner = existing instanceof SessionEntity s ? s.userId : ((CheckInEntity) existing).userId;
        if (!owner.equals(userId)) {
            problems.add(line.line(), line.path() + ".id", "this id is already taken by another record");
        }
        return false;
    }

    private SessionEntity sessionEntity(String userId, ExportFile.ImportedSession in, Instant now) {
        ZoneId zone = ZoneId.of(in.timeZone());
        SessionEntity s = new SessionEntity();
        s.id = in.id();
        s.userId = userId;
        s.revision = in.revision() == null ? 1 : in.revision();
        s.routineSlug = in.routineSlug();
        s.kind = in.kind();
        s.exercises = json.write(in.exercises() == null ? List.of() : in.exercises());
        s.completedAt = in.completedAt().toInstant();
        s.timeZone = zone.getId();
        s.localDate = in.completedAt().atZoneSameInstant(zone).toLocalDate();
        s.durationMinutes = in.durationMinutes();
        s.painBefore = in.painBefore();
        s.painAfter = in.painAfter();
        s.effort = in.effort();
        s.notes = in.notes();
        s.recordedAt = now;
        s.updatedAt = now;
        return s;
    }

    private void storeCheckIn(String userId, ExportFile.ImportedCheckIn in, Instant now) {
        ZoneId zone = ZoneId.of(in.timeZone());
        CheckInEntity c = new CheckInEntity();
        c.id = in.id();
        c.userId = userId;
        c.at = in.at().toInstant();
        c.timeZone = zone.getId();
        c.localDate = in.at().atZoneSameInstant(zone).toLocalDate();
        c.painLevel = in.painLevel();
        List<String> areas = CheckInService.names(in.areas());
        List<String> redFlags = CheckInService.names(in.redFlags());
        c.areas = json.write(areas);
        c.redFlags = json.write(redFlags);
        c.recordedAt = now;
        checkInWriter.store(c, areas, redFlags);
    }
}
