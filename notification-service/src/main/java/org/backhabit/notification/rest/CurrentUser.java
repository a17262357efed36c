package org.backhabit.notification.rest;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller, always from the token's {@code sub}: user ids never come from a path or a body. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    /** @throws UnauthorizedException for a verified token that names no subject */
    public String id() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new UnauthorizedException("token without sub");
        }
        return subject;
    }
}
