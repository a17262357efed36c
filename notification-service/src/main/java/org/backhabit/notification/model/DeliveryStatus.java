package org.backhabit.notification.model;

/** PENDING until sent; FAILED when its channel failed for too long; DISABLED when the channel was disabled or removed first. */
public enum DeliveryStatus { PENDING, SENT, FAILED, DISABLED }
