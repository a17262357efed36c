package org.backhabit.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.backhabit.notification.model.ChannelKind;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<ChannelEntity, UUID> {

    public List<ChannelEntity> ofUser(String userId, ChannelKind kind) {
        return list("userId = ?1 and kind = ?2 order by createdAt", userId, kind);
    }

    public List<ChannelEntity> enabledOf(String userId) {
        return list("userId = ?1 and enabled = true order by createdAt", userId);
    }

    /** The caller's channel of that kind, or empty: another user's is as absent as a missing one. */
    public Optional<ChannelEntity> owned(String userId, ChannelKind kind, UUID id) {
        return find("id = ?1 and userId = ?2 and kind = ?3", id, userId, kind).firstResultOptional();
    }

    public Optional<ChannelEntity> email(String userId) {
        return find("userId = ?1 and kind = ?2", userId, ChannelKind.EMAIL).firstResultOptional();
    }

    public Optional<ChannelEntity> byUnsubscribeToken(String token) {
        return find("unsubscribeToken", token).firstResultOptional();
    }
}
