package org.backhabit.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;

/**
 * The headers a dead-lettered record carries besides its own: why it could not be applied and
 * where it came from, under the names SmallRye's dead-letter strategy uses, so every dead-letter
 * topic of the system reads the same whichever consumer wrote to it.
 */
public final class DeadLetterHeaders {

    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }

    /** The record's own headers followed by the reason and its origin. */
    public static Headers of(ConsumerRecord<?, ?> record, String reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(REASON, bytes(reason));
        headers.add(TOPIC, bytes(record.topic()));
        headers.add(PARTITION, bytes(String.valueOf(record.partition())));
        headers.add(OFFSET, bytes(String.valueOf(record.offset())));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
