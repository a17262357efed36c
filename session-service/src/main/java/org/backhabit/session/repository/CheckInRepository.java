package org.backhabit.session.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<CheckInEntity, UUID> {

    public List<CheckInEntity> list(String userId, LocalDate from, LocalDate to, int limit) {
        StringBuilder query = new StringBuilder("userId = :user");
        Map<String, Object> params = new HashMap<>();
        params.put("user", userId);
        if (from != null) {
            query.append(" and localDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and localDate <= :to");
            params.put("to", to);
        }
        return find(query + " order by at desc, id desc", params).page(0, limit).list();
    }
}
