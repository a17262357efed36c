package org.backhabit.session.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.events.CheckInData;
import org.backhabit.events.EventTypes;
import org.backhabit.session.event.Outbox;
import org.backhabit.session.model.CheckInPage;
import org.backhabit.session.model.CheckInRequest;
import org.backhabit.session.model.CheckInView;
import org.backhabit.session.repository.JsonColumns;
import org.backhabit.session.repository.CheckInEntity;
import org.backhabit.session.repository.CheckInRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Pain check-ins, each announced as {@code checkin.recorded.v1} through the outbox. */
@ApplicationScoped
public class CheckInService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    CheckInRepository checkIns;
    @Inject
    Outbox outbox;
    @Inject
    IdempotencyService idempotency;
    @Inject
    JsonColumns json;
    @Inject
    Clock clock;

    @Transactional
    public CheckInView record(String userId, CheckInRequest request, IdempotencyService.Ticket ticket) {
        ZoneId zone = SessionRules.check("at", request.at(), request.timeZone(), clock);
        CheckInEntity c = new CheckInEntity();
        c.id = UUID.randomUUID();
        c.userId = userId;
        c.at = request.at().toInstant();
        c.timeZone = zone.getId();
        c.localDate = request.at().atZoneSameInstant(zone).toLocalDate();
        c.painLevel = request.painLevel();
        List<String> areas = names(request.areas());
        List<String> redFlags = names(request.redFlags());
        c.areas = json.write(areas);
        c.redFlags = json.write(redFlags);
        c.recordedAt = clock.instant();
        store(c, areas, redFlags);
        CheckInView view = view(c);
        idempotency.complete(ticket, 201, view, "/check-ins/" + c.id);
        return view;
    }

    /** Persists a new check-in and announces it, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(CheckInEntity c, List<String> areas, List<String> redFlags) {
        checkIns.persist(c);
        outbox.append(EventTypes.CHECKIN_RECORDED, c.userId, c.at, new CheckInData(CheckInData.SCHEMA_VERSION, c.id, c.userId,
                c.at.atZone(ZoneId.of(c.timeZone)).toOffsetDateTime(), c.timeZone, c.localDate, c.painLevel, areas, redFlags));
    }

    @Transactional
    public CheckInPage list(String userId, LocalDate from, LocalDate to, int limit) {
        return new CheckInPage(checkIns.list(userId, from, to, limit).stream().map(this::view).toList());
    }

    @Transactional
    public java.util.Optional<CheckInView> get(String userId, UUID id) {
        return checkIns.find("id = ?1 and userId = ?2", id, userId).firstResultOptional().map(this::view);
    }

    CheckInView view(CheckInEntity c) {
        ZoneId zone = ZoneId.of(c.timeZone);
        return new CheckInView(c.id, c.userId, c.at.atZone(zone).toOffsetDateTime(), c.timeZone, c.localDate, c.painLevel,
                json.read(c.areas, STRINGS), json.read(c.redFlags, STRINGS), c.recordedAt.atZone(zone).toOffsetDateTime());
    }

    static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).sorted().toList();
    }
}
