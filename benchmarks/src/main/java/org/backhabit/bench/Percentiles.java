package org.backhabit.bench;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of a sample. */
final class Percentiles {

    private Percentiles() {
    }

    static double of(List<Double> sample, double percentile) {
        double[] sorted = sample.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String summary(List<Double> millis) {
        return "n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms".formatted(millis.size(), of(millis, 50), of(millis, 90),
                of(millis, 99), Arrays.stream(millis.stream().mapToDouble(Double::doubleValue).toArray()).max().orElse(Double.NaN));
    }
}
