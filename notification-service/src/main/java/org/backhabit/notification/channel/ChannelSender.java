package org.backhabit.notification.channel;

import org.backhabit.notification.model.ChannelKind;
import org.backhabit.notification.repository.ChannelEntity;
import org.backhabit.notification.repository.DeliveryEntity;

/** Sends one delivery over one kind of channel. Never throws for a failing target: it says so in the result. */
public interface ChannelSender {

    ChannelKind kind();

    SendResult send(DeliveryEntity delivery, ChannelEntity channel);
}
