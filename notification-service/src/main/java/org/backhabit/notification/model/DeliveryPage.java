package org.backhabit.notification.model;

import java.util.List;

public record DeliveryPage(List<DeliveryView> items) {
}
