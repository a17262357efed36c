package org.backhabit.progress.domain;

/** The 0..10 pain scale every reading uses, checked in one place. */
final class PainLevels {

    static final int MIN = 0;
    static final int MAX = 10;

    private PainLevels() {
    }

    static void requireValid(Integer level, String name) {
        if (level != null && (level < MIN || level > MAX)) {
            throw new IllegalArgumentException(name + " must be between 0 and 10, was " + level);
        }
    }
}
