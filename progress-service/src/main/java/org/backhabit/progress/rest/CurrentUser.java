package org.backhabit.progress.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller, always from the token's {@code sub}. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    public String id() {
        return token.getSubject();
    }
}
