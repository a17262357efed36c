package org.backhabit.localstack.testing;

/** Strict-input tests start from a valid body and change one thing in it. */
public final class OneChange {

    private OneChange() {
    }

    /** {@code valid} with its only occurrence of {@code from} replaced by {@code to}. */
    public static String of(String valid, String from, String to) {
        int at = valid.indexOf(from);
        if (at < 0 || valid.indexOf(from, at + 1) >= 0) {
            throw new AssertionError("the valid body must hold " + from + " exactly once: " + valid);
        }
        return valid.substring(0, at) + to + valid.substring(at + from.length());
    }
}
