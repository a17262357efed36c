package org.backhabit.notification.model;

public enum NotificationKind { PROMPT, REMINDER }
