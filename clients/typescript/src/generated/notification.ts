// Generated from notification-service's OpenAPI document by scripts/generate.mjs (openapi-typescript). Do not edit.

export interface paths {
    "/notifications/me/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What was sent where
         * @description The caller's deliveries, newest first: channel, what, status, attempts, last error.
         */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The e-mail channel
         * @description With disabledReason when it stopped: unsubscribed, or failing for 24 h.
         */
        get: operations["getEmail"];
        /**
         * Set the e-mail address
         * @description Replaces the address and enables it again (also after an unsubscribe or a failure).
         */
        put: operations["setEmail"];
        post?: never;
        /** Remove the e-mail address */
        delete: operations["deleteEmail"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export everything held about the caller here
         * @description The notification part of the complete export: e-mail address, webhooks, push subscriptions, preferences, the weekly reminder and every delivery (webhook secrets and push keys are credentials, not data about the person, and stay out). format=json (default), or format=csv: the same as one table, a row per record told apart by the record column (EMAIL, WEBHOOK, PUSH_SUBSCRIPTION, PREFERENCES, REMINDER, DELIVERY), the other columns the union of their fields; text cells starting with =, +, -, @, tab or CR are prefixed with an apostrophe. Sessions and check-ins are exported by session-service (GET /me/export), goal, pauses, prompts and shares by progress-service (GET /progress/me/export).
         */
        get: operations["exportNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quiet hours and opt-outs */
        get: operations["getPreferences"];
        /**
         * Set quiet hours and opt-outs
         * @description During quiet hours only URGENT prompts go out; the rest waits for their end. Opted-out prompt types are not sent (RED_FLAG cannot be opted out of).
         */
        put: operations["setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/me/push-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's push subscriptions */
        get: operations["listPushSubscriptions"];
        put?: never;
        /**
         * Store a browser push subscription
         * @description The PushSubscription JSON a browser gives, subscribed with the key from /notifications/vapid-public-key. Storing the same endpoint again updates it.
         */
        post: operations["addPushSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/me/push-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a push subscription */
        delete: operations["deletePushSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/me/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The weekly reminder and its next occurrence */
        get: operations["getReminder"];
        /**
         * Set the weekly reminder
         * @description Sent at localTime on each chosen day in timeZone, unless the person already exercised that local day or is paused. A time the clocks skip moves to the next valid minute; a repeated one fires once.
         */
        put: operations["setReminder"];
        post?: never;
        /** Stop the weekly reminder */
        delete: operations["deleteReminder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/me/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's webhook endpoints
         * @description Without secrets; disabledReason says why an endpoint stopped.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Add a webhook endpoint
         * @description Requests are signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>). The secret is shown only in this answer. Loopback and private addresses are refused unless the deployment allows them.
         */
        post: operations["addWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/me/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook endpoint */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unsubscribe page
         * @description A button that POSTs to this same path; following the link alone changes nothing.
         */
        get: operations["getUnsubscribePage"];
        put?: never;
        /**
         * One-click unsubscribe (RFC 8058)
         * @description No token needed: the path carries the credential. Disables the e-mail channel the link came with.
         */
        post: operations["unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/vapid-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The VAPID public key
         * @description The applicationServerKey for PushManager.subscribe().
         */
        get: operations["getVapidPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        ChannelKind: "EMAIL" | "WEBHOOK" | "PUSH";
        /** @enum {string} */
        DayOfWeek: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
        DeliveryPage: {
            items: components["schemas"]["DeliveryView"][];
        };
        /** @enum {string} */
        DeliveryStatus: "PENDING" | "SENT" | "FAILED" | "DISABLED";
        /** @description One prompt or reminder to one channel. */
        DeliveryView: {
            /** Format: int32 */
            attempts: number;
            channel: components["schemas"]["ChannelKind"];
            createdAt: components["schemas"]["Instant"];
            id: components["schemas"]["UUID"];
            kind: components["schemas"]["NotificationKind"];
            /** @description The last failure, null when none */
            lastError?: string | null;
            /** @description When the next attempt is due while PENDING (a retry, or the end of quiet hours) */
            nextAttemptAt?: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            /** @description Null until sent */
            sentAt?: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            status: components["schemas"]["DeliveryStatus"];
            subject: string;
        };
        /** @description The address prompts and reminders are mailed to. */
        EmailRequest: {
            /** @example alex@example.org */
            address: string;
        };
        /** @description The e-mail channel; disabledReason says why it stopped (unsubscribed, or failing for 24 h). */
        EmailView: {
            address: string;
            /** @description Why the channel stopped (unsubscribed, gone, failing for 24 h); null while enabled */
            disabledReason?: string | null;
            enabled: boolean;
        };
        /**
         * Format: date-time
         * @example 2022-03-10T16:15:50Z
         */
        Instant: string;
        Keys: {
            /** @description The 16-byte authentication secret, base64url */
            auth: string;
            /** @description The subscription's P-256 public key, base64url */
            p256dh: string;
        };
        /**
         * Format: date
         * @example 2022-03-10
         */
        LocalDate: string;
        /** @description Everything this service holds about the caller: channels (webhook secrets and push keys left out: they are credentials, not data about the person), preferences, the weekly reminder and every delivery. */
        NotificationExport: {
            /** @description Newest first */
            deliveries: components["schemas"]["DeliveryView"][];
            /** @description Null when no address is set */
            email?: ((components["schemas"]["EmailView"] | null) | null) | components["schemas"]["EmailView"] | null;
            exportedAt: components["schemas"]["Instant"];
            preferences: components["schemas"]["Preferences"];
            pushSubscriptions: components["schemas"]["PushSubscriptionView"][];
            /** @description Null when no reminder is set */
            reminder: components["schemas"]["ReminderView"] | null;
            userId: string;
            webhooks: components["schemas"]["WebhookView"][];
        };
        /** @enum {string} */
        NotificationKind: "PROMPT" | "REMINDER";
        /**
         * Format: date-time
         * @example 2022-03-10T12:15:50-04:00
         */
        OffsetDateTime: string;
        /** @description Quiet hours (only URGENT prompts go out during them; the rest waits for their end) and prompt types not to send. */
        Preferences: {
            /**
             * @example [
             *       "ADD_STRENGTH"
             *     ]
             */
            optOut: string[];
            /** @description Null for none */
            quietHours?: ((components["schemas"]["QuietHoursView"] | null) | null) | components["schemas"]["QuietHoursView"] | null;
            /**
             * @description IANA zone of the quiet hours; the reminder's zone, else UTC, when absent
             * @example Europe/Berlin
             */
            timeZone?: string | null;
        };
        /** @description An RFC 9457 problem detail; every error of every service has this shape. */
        Problem: {
            /** @description What went wrong, for a person */
            detail?: string;
            /**
             * Format: uri
             * @description The request path
             */
            instance?: string;
            /**
             * Format: int32
             * @description The HTTP status
             */
            status: number;
            /** @description The status' reason phrase */
            title: string;
            /**
             * Format: uri
             * @description A stable URN per status, e.g. urn:problem-type:http-400
             */
            type: string;
            /** @description The fields or parameters at fault, when there are any */
            violations?: components["schemas"]["Violation"][];
        };
        /** @description A browser PushSubscription as its toJSON() gives it. */
        PushSubscriptionRequest: {
            /** @example https://fcm.googleapis.com/fcm/send/abc... */
            endpoint: string;
            /**
             * Format: int64
             * @description Milliseconds since the epoch, or null
             */
            expirationTime?: number;
            keys: components["schemas"]["Keys"];
        };
        /** @description A stored push subscription; one the push service answers 404 or 410 for is removed. */
        PushSubscriptionView: {
            /** @description Why the channel stopped (unsubscribed, gone, failing for 24 h); null while enabled */
            disabledReason?: string | null;
            enabled: boolean;
            endpoint: string;
            id: components["schemas"]["UUID"];
        };
        QuietHoursView: {
            /** @example 22:00 */
            from: string;
            /** @example 07:00 */
            to: string;
        };
        /** @description A weekly reminder at a local time, skipped on days the person already exercised or is paused. */
        ReminderRequest: {
            /**
             * @example [
             *       "MONDAY",
             *       "WEDNESDAY",
             *       "FRIDAY"
             *     ]
             */
            days: components["schemas"]["DayOfWeek"][];
            /** @example 18:30 */
            localTime: string;
            /** @example Europe/Berlin */
            timeZone: string;
        };
        /** @description The reminder and its next occurrence. */
        ReminderView: {
            days: components["schemas"]["DayOfWeek"][];
            localTime: string;
            /** @description When it is next due, in the reminder's zone */
            nextAt: components["schemas"]["OffsetDateTime"];
            /** @description The local day of the next occurrence */
            nextLocalDate: components["schemas"]["LocalDate"];
            timeZone: string;
        };
        /** Format: uuid */
        UUID: string;
        /** @description The applicationServerKey a browser subscribes with. */
        VapidKeyView: {
            /** @description Uncompressed P-256 public key, base64url */
            publicKey: string;
        };
        /** @description One field or parameter at fault and what is wrong with it. */
        Violation: {
            /** @description The field path or parameter name, e.g. painBefore or exercises[0].reps */
            field: string;
            /** @description What is wrong */
            message: string;
        };
        /** @description A new webhook endpoint. The secret is shown only in this answer. */
        WebhookCreated: {
            id: components["schemas"]["UUID"];
            /** @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw */
            secret: string;
            url: string;
        };
        /** @description A webhook endpoint. Requests to it are signed per Standard Webhooks. */
        WebhookRequest: {
            /** @description Optional own signing secret, whsec_ followed by base64 of 24 to 64 bytes; generated when absent */
            secret?: string;
            /** @example https://hooks.example.org/backhabit */
            url: string;
        };
        /** @description A webhook endpoint (never its secret); disabledReason says why it stopped. */
        WebhookView: {
            createdAt: components["schemas"]["Instant"];
            /** @description Why the channel stopped (unsubscribed, gone, failing for 24 h); null while enabled */
            disabledReason?: string | null;
            enabled: boolean;
            id: components["schemas"]["UUID"];
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listDeliveries: {
        parameters: {
            query?: {
                /** @description At most this many, 1 to 200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description limit out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailView"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No address set */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            /** @description Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailView"];
                };
            };
            /** @description Not a plain e-mail address */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; waiting deliveries to it end */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No address set */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportNotifications: {
        parameters: {
            query?: {
                /**
                 * @description json (default) or csv
                 * @example csv
                 */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationExport"];
                    "text/csv": string;
                };
            };
            /** @description format is neither json nor csv */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Preferences"];
            };
        };
        responses: {
            /** @description Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description Bad time, zone or prompt type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPushSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscriptionView"][];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addPushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushSubscriptionRequest"];
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    /** @description Where the created resource can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscriptionView"];
                };
            };
            /** @description Bad endpoint or keys */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Subscription id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReminder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reminder */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderView"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No reminder set */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setReminder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderRequest"];
            };
        };
        responses: {
            /** @description Set, with the next occurrence */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderView"];
                };
            };
            /** @description No days, bad time or unknown zone */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteReminder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No reminder set */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"][];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRequest"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description Where the created resource can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description Bad or refused URL, or malformed secret */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After and RateLimit */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnsubscribePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token from the e-mail's link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token from the e-mail's link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubscribed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Unknown link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVapidPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapidKeyView"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrong issuer or signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
