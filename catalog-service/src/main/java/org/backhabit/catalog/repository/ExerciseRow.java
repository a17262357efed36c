package org.backhabit.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;

/** An exercise as stored: its slug and the JSON document the API serves. */
@Entity
@Table(name = "exercise")
public class ExerciseRow {

    @Id
    public String slug;

    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String body;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
