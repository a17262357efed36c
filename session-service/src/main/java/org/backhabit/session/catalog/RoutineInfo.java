package org.backhabit.session.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** What a session needs to know of a routine: its kind and its exercises. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoutineInfo(String slug, String kind, List<Item> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(int order, String exerciseSlug) {
    }

    public List<String> exerciseSlugs() {
        return items.stream().map(Item::exerciseSlug).toList();
    }
}
