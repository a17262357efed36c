package org.backhabit.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.backhabit.events.PromptTypes;
import org.backhabit.notification.domain.QuietHours;
import org.backhabit.notification.model.Preferences;
import org.backhabit.notification.repository.PreferenceEntity;
import org.backhabit.notification.repository.ReminderEntity;
import org.backhabit.problem.ProblemException;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Quiet hours and opted-out prompt types. Urgent safety prompts cannot be opted out of. */
@ApplicationScoped
public class PreferenceService {

    @Inject
    EntityManager em;

    @Transactional
    public Preferences get(String userId) {
        PreferenceEntity p = em.find(PreferenceEntity.class, userId);
        if (p == null) {
            return new Preferences(null, Set.of(), null);
        }
        Preferences.QuietHoursView quiet = p.quietFrom == null ? null
                : new Preferences.QuietHoursView(p.quietFrom.toString(), p.quietTo.toString());
        return new Preferences(quiet, new TreeSet<>(p.optOutTypes()), p.timeZone);
    }

    @Transactional
    public Preferences put(String userId, Preferences request) {
        Set<String> optOut = request.optOut() == null ? Set.of() : request.optOut();
        int i = 0;
        for (String type : new TreeSet<>(optOut)) {
            if (!PromptTypes.ALL.contains(type)) {
                throw ProblemException.badRequest("optOut[" + i + "]", "unknown prompt type '" + type + "'; one of " + PromptTypes.ALL);
            }
            if (PromptTypes.URGENT.contains(type)) {
                throw ProblemException.badRequest("optOut[" + i + "]", type + " is a safety prompt and always sent");
            }
            i++;
        }
        if (request.timeZone() != null) {
            Zones.zone("timeZone", request.timeZone());
        }
        PreferenceEntity p = em.find(PreferenceEntity.class, userId);
        if (p == null) {
            p = new PreferenceEntity();
            p.userId = userId;
            em.persist(p);
        }
        p.quietFrom = request.quietHours() == null ? null : Zones.time(request.quietHours().from());
        p.quietTo = request.quietHours() == null ? null : Zones.time(request.quietHours().to());
        p.timeZone = request.timeZone();
        p.optOutTypes(optOut);
        return get(userId);
    }

    public boolean optedOut(String userId, String promptType) {
        PreferenceEntity p = em.find(PreferenceEntity.class, userId);
        return p != null && p.optOutTypes().contains(promptType);
    }

    /** Quiet hours in the person's zone: the preference's, else the reminder's, else UTC. */
    public Optional<QuietHours> quietHours(String userId) {
        PreferenceEntity p = em.find(PreferenceEntity.class, userId);
        if (p == null || p.quietFrom == null) {
            return Optional.empty();
        }
        ZoneId zone = p.timeZone != null ? ZoneId.of(p.timeZone)
                : Optional.ofNullable(em.find(ReminderEntity.class, userId)).<ZoneId>map(r -> ZoneId.of(r.timeZone)).orElse(ZoneOffset.UTC);
        return Optional.of(new QuietHours(p.quietFrom, p.quietTo, zone));
    }
}
