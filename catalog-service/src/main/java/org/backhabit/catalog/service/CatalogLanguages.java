package org.backhabit.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.backhabit.problem.AcceptLanguage;
import org.backhabit.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;

/**
 * The languages the catalog speaks. English is the language of the documents themselves; the
 * others come from translations, so adding one is a configuration change plus translations
 * written through the admin API, not a release.
 */
@ApplicationScoped
public class CatalogLanguages {

    public static final String ENGLISH = "en";

    private final List<String> supported;

    public CatalogLanguages(@ConfigProperty(name = "catalog.languages", defaultValue = "en,de") List<String> configured) {
        this.supported = configured.stream().map(tag -> tag.trim().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    public List<String> supported() {
        return supported;
    }

    /** The best supported language for an Accept-Language header; English when none fits or it is unreadable. */
    public String negotiate(String acceptLanguage) {
        return AcceptLanguage.negotiate(acceptLanguage, supported, ENGLISH);
    }

    /** A language an administrator may add translations in: supported, and not English (edit the document for that). */
    public String requireTranslatable(String language) {
        String tag = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (ENGLISH.equals(tag)) {
            throw ProblemException.badRequest("language", "English is the document itself; replace the document to change it");
        }
        if (!supported.contains(tag)) {
            throw ProblemException.badRequest("language", "must be one of " + supported.stream().filter(l -> !ENGLISH.equals(l)).toList());
        }
        return tag;
    }
}
