package org.backhabit.progress.domain;

/** A goal field outside what {@link Goal} allows; names the field so an API can say which one. */
public class InvalidGoalException extends IllegalArgumentException {

    private final String field;

    public InvalidGoalException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    public String reason() {
        return getMessage().substring(field.length() + 1);
    }
}
