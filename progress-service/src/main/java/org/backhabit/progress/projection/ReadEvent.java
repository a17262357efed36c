package org.backhabit.progress.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record, the event read from it, and the key that sealed its data (null for plain data). */
record ReadEvent(ConsumerRecord<String, String> record, SessionEvent event, String keyId) {
}
