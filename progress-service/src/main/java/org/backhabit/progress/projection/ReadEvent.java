package org.backhabit.progress.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record and the event read from it. */
record ReadEvent(ConsumerRecord<String, String> record, SessionEvent event) {
}
