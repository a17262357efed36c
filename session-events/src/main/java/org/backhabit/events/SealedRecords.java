package org.backhabit.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.LinkedHashSet;
import java.util.Set;

/** What a batch of records needs to be opened: the keys its sealed records name. */
public final class SealedRecords {

    private SealedRecords() {
    }

    /** The key ids the sealed records of the batch name; a record whose envelope cannot be read names none (it fails when opened). */
    public static Set<String> keyIds(Iterable<ConsumerRecord<String, String>> records) {
        Set<String> keyIds = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            if (record.value() != null && SealedPayload.CONTENT_TYPE.equals(CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE))) {
                try {
                    keyIds.add(SealedPayload.keyId(record.value()));
                } catch (MalformedEventException e) {
                    // left for opening, which dead-letters it with the reason
                }
            }
        }
        return keyIds;
    }
}
