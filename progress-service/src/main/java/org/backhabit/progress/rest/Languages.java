package org.backhabit.progress.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.AcceptLanguage;
import org.backhabit.progress.domain.PromptWording;

/**
 * Prompts are worded in the language the request asks for; answers whose words depend on
 * Accept-Language say which language they are in and that they vary with it.
 */
public final class Languages {

    private Languages() {
    }

    /** One of the languages prompts are worded in, English when none fits. */
    public static String negotiate(String acceptLanguage) {
        return AcceptLanguage.negotiate(acceptLanguage, PromptWording.LANGUAGES, PromptWording.ENGLISH);
    }

    public static Response ok(Object body, String language) {
        return Response.ok(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
