package org.backhabit.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MediaFileRepository implements PanacheRepositoryBase<MediaFileRow, String> {
}
