package org.backhabit.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErasureSplitTest {

    private static long offset;

    private static ConsumerRecord<String, String> record(String type, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(EventTypes.SESSION_EVENTS_TOPIC, 0, offset++, "user", value);
        CloudEventHeaders.of(UUID.randomUUID(), "/test", type, Instant.now(), "user").forEach(h -> record.headers().add(h));
        return record;
    }

    @Test
    void eachErasureComesAloneBetweenTheRunBeforeItAndTheRunAfterIt() {
        var records = List.of(record(EventTypes.SESSION_RECORDED, "a"), record(EventTypes.USER_ERASED, "e1"),
                record(EventTypes.USER_ERASED, "e2"), record(EventTypes.SESSION_RECORDED, "b"), record(EventTypes.CHECKIN_RECORDED, "c"));
        List<String> calls = new ArrayList<>();

        ErasureSplit.split(records, run -> calls.add("run " + run.stream().map(ConsumerRecord::value).toList()),
                erasure -> calls.add("erase " + erasure.value()));

        assertEquals(List.of("run [a]", "erase e1", "erase e2", "run [b, c]"), calls);
    }

    @Test
    void aBatchWithoutErasureIsOneRunAndAnEmptyOneNone() {
        List<String> calls = new ArrayList<>();
        ErasureSplit.split(List.of(record(EventTypes.SESSION_RECORDED, "a"), record(EventTypes.SESSION_DELETED, "b")),
                run -> calls.add("run " + run.size()), erasure -> calls.add("erase"));
        ErasureSplit.split(List.of(), run -> calls.add("run " + run.size()), erasure -> calls.add("erase"));

        assertEquals(List.of("run 2"), calls);
    }
}
