package org.backhabit.progress.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Averages shown to users: one decimal, half up, and null rather than a made-up 0 when there is no data. */
final class Rounding {

    private Rounding() {
    }

    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The unrounded mean, or null for no values. */
    static Double mean(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Number v : values) {
            sum += v.doubleValue();
        }
        return sum / values.size();
    }

    /** The mean rounded to one decimal, or null for no values. */
    static Double meanOneDecimal(Collection<? extends Number> values) {
        Double mean = mean(values);
        return mean == null ? null : oneDecimal(mean);
    }
}
