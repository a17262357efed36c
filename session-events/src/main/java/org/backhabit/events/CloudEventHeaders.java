package org.backhabit.events;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding in binary mode: the attributes
 * travel as {@code ce_}-prefixed headers and the record value is the bare JSON data. Producers
 * build them with {@link #of}, consumers read them with {@link #value}.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /**
     * The headers of one event.
     *
     * @param source  URI reference of the producer, e.g. {@code /session-service}
     * @param time    when the fact happened; written as RFC 3339 with seconds
     * @param subject the user id, also the record key so a user's events stay in order
     */
    public static Headers of(UUID id, String source, String type, Instant time, String subject) {
        return of(id, source, type, time, subject, JSON);
    }

    /** The headers of one event whose data has the given content type (e.g. {@link SealedPayload#CONTENT_TYPE}). */
    public static Headers of(UUID id, String source, String type, Instant time, String subject, String contentType) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, ID, id.toString());
        add(headers, SOURCE, source);
        add(headers, TYPE, type);
        add(headers, TIME, DateTimeFormatter.ISO_INSTANT.format(time));
        add(headers, SUBJECT, subject);
        add(headers, SPEC_VERSION, SPEC_VERSION_1_0);
        add(headers, CONTENT_TYPE, contentType);
        return headers;
    }

    /** @return the last value of the header, or null when it is absent */
    public static String value(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
