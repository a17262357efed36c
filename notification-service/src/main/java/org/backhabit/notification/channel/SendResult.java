package org.backhabit.notification.channel;

/**
 * What a target answered: delivered; failed and worth retrying; or gone for good (a push
 * subscription the push service no longer knows).
 */
public record SendResult(Outcome outcome, String error) {

    public enum Outcome { DELIVERED, RETRY, GONE }

    public static final SendResult DELIVERED = new SendResult(Outcome.DELIVERED, null);

    public static SendResult retry(String error) {
        return new SendResult(Outcome.RETRY, error);
    }

    public static SendResult gone(String error) {
        return new SendResult(Outcome.GONE, error);
    }
}
