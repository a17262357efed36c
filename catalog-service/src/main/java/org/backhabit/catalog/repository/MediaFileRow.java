package org.backhabit.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An illustration file as stored. */
@Entity
@Table(name = "media_file")
public class MediaFileRow {

    @Id
    public String name;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public byte[] body;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
