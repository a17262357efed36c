package org.backhabit.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How a consumer cuts a polled batch at each {@code user.erased.v1}: what came before the erasure is
 * handled first, then the erasure on its own, then what came after. So a record after an erasure is
 * opened only once the person's keys are forgotten, and none of theirs slips through a cached key.
 */
public final class ErasureSplit {

    private ErasureSplit() {
    }

    /**
     * @param runs      gets each non-empty run of records between erasures, in order
     * @param erasures  gets each erasure, between the run before it and the run after it
     */
    public static void split(Iterable<ConsumerRecord<String, String>> records, Consumer<List<ConsumerRecord<String, String>>> runs,
                             Consumer<ConsumerRecord<String, String>> erasures) {
        List<ConsumerRecord<String, String>> run = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (EventTypes.USER_ERASED.equals(CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE))) {
                flush(run, runs);
                run = new ArrayList<>();
                erasures.accept(record);
            } else {
                run.add(record);
            }
        }
        flush(run, runs);
    }

    private static void flush(List<ConsumerRecord<String, String>> run, Consumer<List<ConsumerRecord<String, String>>> runs) {
        if (!run.isEmpty()) {
            runs.accept(run);
        }
    }
}
