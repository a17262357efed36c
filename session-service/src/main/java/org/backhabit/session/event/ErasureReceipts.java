package org.backhabit.session.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.ErasureConfirmedData;
import org.backhabit.events.EventJson;
import org.backhabit.events.MalformedEventException;
import org.backhabit.session.service.ErasureService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Collects the services' confirmations that they erased a user; the erasure is done once all expected ones are in. */
@ApplicationScoped
public class ErasureReceipts {

    private static final Logger LOG = Logger.getLogger(ErasureReceipts.class);

    @Inject
    ErasureService erasures;

    @Incoming("erasure-receipts")
    @Blocking
    public void receive(ConsumerRecord<String, String> record) {
        try {
            ErasureConfirmedData data = EventJson.read(record.value(), ErasureConfirmedData.class);
            if (data.erasureId() == null || data.service() == null || data.erasedAt() == null) {
                throw new MalformedEventException("receipt without erasureId, service or erasedAt");
            }
            erasures.confirm(data.erasureId(), data.service(), data.erasedAt().toInstant());
        } catch (MalformedEventException e) {
            LOG.warnf("ignoring an unreadable erasure receipt at offset %d: %s", record.offset(), e.getMessage());
        }
    }
}
