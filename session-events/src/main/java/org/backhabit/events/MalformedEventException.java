package org.backhabit.events;

/** An event whose data cannot be read or does not match its schema; consumers dead-letter it. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
