package org.backhabit.catalog.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "red_flag")
public class RedFlagRow {

    @Id
    public String code;
    public String description;
    public String urgency;
    public int position;
}
