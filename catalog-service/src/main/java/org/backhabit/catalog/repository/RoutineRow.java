package org.backhabit.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;

/** A routine as stored: its slug and the JSON document the API serves (items unresolved). */
@Entity
@Table(name = "routine")
public class RoutineRow {

    @Id
    public String slug;

    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String body;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
