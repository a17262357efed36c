package org.backhabit.session.catalog;

/** The catalog could not be asked and the answer is not known from an earlier call. */
public class CatalogUnavailableException extends RuntimeException {

    public CatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
