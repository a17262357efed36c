package org.backhabit.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "preference")
public class PreferenceEntity {

    @Id
    @Column(name = "user_id")
    public String userId;
    @Column(name = "quiet_from")
    public LocalTime quietFrom;
    @Column(name = "quiet_to")
    public LocalTime quietTo;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "opt_out")
    public String optOut = "";

    public Set<String> optOutTypes() {
        return Arrays.stream(optOut.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    public void optOutTypes(Set<String> types) {
        optOut = types.stream().sorted().collect(Collectors.joining(","));
    }
}
