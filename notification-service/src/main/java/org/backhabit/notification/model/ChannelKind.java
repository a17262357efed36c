package org.backhabit.notification.model;

public enum ChannelKind { EMAIL, WEBHOOK, PUSH }
