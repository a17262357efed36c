package org.backhabit.session.service;

import java.util.List;

/** What the catalog says about a session's content: its kind and the exercises it covered. */
public record ResolvedContent(String kind, List<String> exerciseSlugs) {
}
