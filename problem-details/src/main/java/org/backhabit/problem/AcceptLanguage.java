package org.backhabit.problem;

import java.util.List;
import java.util.Locale;

/** Accept-Language negotiation, the same in every service: the best supported language, else a fallback. */
public final class AcceptLanguage {

    private AcceptLanguage() {
    }

    /**
     * @param header    the request's Accept-Language (may be null, empty or malformed)
     * @param supported lower-case language tags, such as "en" and "de"
     * @param fallback  the answer when nothing fits or the header cannot be read (never a 4xx)
     */
    public static String negotiate(String header, List<String> supported, String fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        try {
            String match = Locale.lookupTag(Locale.LanguageRange.parse(header), supported);
            return match == null ? fallback : match;
        } catch (IllegalArgumentException unreadable) {
            return fallback;
        }
    }
}
