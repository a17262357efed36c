// Generated from session-service's OpenAPI document by scripts/generate.mjs (openapi-typescript). Do not edit.

export interface paths {
    "/admin/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase everything held about a user, in every service
         * @description As DELETE /me, for any user id.
         */
        delete: operations["eraseUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The state of a user's latest erasure */
        get: operations["getUserErasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's check-ins, newest first
         * @description from/to filter on the local date, inclusive.
         */
        get: operations["listCheckIns"];
        put?: never;
        /**
         * Record a pain check-in
         * @description Emits checkin.recorded.v1. Any red flag makes progress raise an urgent prompt to seek care.
         */
        post: operations["recordCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/check-ins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller's check-ins */
        get: operations["getCheckIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/event-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The key a sealed event names
         * @description Needs the group service. 404 once the person was erased: their events can no longer be read by anyone.
         */
        get: operations["getEventKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/event-keys/by-user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The person's current key, created if they have none
         * @description Needs the group service. For a service that publishes data about a person before any event of theirs named a key.
         */
        put: operations["currentEventKey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/event-keys/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The keys a batch of sealed events names, in one call
         * @description Needs the group service. Answers the keys that exist; one left out was shredded by an erasure, so its events can no longer be read.
         */
        post: operations["lookUpEventKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase everything held about the caller, in every service
         * @description Deletes the caller's data here at once, shreds the key their events in Kafka are sealed with (so no copy can be read any more) and emits user.erased.v1, on which every other service deletes its data and confirms. Follow the state at GET /me/erasure. Asking again while nothing new was recorded returns the same erasure.
         */
        delete: operations["eraseMe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The state of the caller's latest erasure */
        get: operations["getMyErasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything this service holds about the caller
         * @description Every session with its exercises and notes, every check-in with areas and red flags. format=json (default) can be imported again; format=csv is one table (column record = SESSION or CHECK_IN, the other columns the union of their fields) whose text cells are safe to open in a spreadsheet: a cell starting with =, +, -, @, tab or CR is prefixed with an apostrophe.
         */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import this service's own JSON export
         * @description Records keep their ids: one already present is left alone, so importing twice adds nothing. The whole file is checked first; a bad file changes nothing and the problem names each bad line. Imported history may be older than the 90 days live recording accepts. Each imported record is announced like a new one, so progress counts it.
         */
        post: operations["importMyExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's sessions, newest first
         * @description from/to filter on localDate (inclusive). Pass nextCursor as cursor for the next page.
         */
        get: operations["listSessions"];
        put?: never;
        /**
         * Record a completed session
         * @description Stores the session and its session.recorded.v1 event in one transaction. With an Idempotency-Key, a retry returns the first response; the same key with another body is 422, while the first is in flight 409.
         */
        post: operations["recordSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller's sessions */
        get: operations["getSession"];
        /**
         * Correct a session
         * @description Replaces it with the body (same rules as POST) and emits session.corrected.v1.
         */
        put: operations["correctSession"];
        post?: never;
        /**
         * Delete a session
         * @description Emits session.deleted.v1; progress stops counting it.
         */
        delete: operations["deleteSession"];
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
        BodyArea: "BETWEEN_SHOULDER_BLADES" | "NECK" | "SHOULDERS" | "MID_BACK";
        /** @description Check-ins, newest first. */
        CheckInPage: {
            items: components["schemas"]["CheckInView"][];
        };
        /** @description A pain check-in. */
        CheckInRequest: {
            /** @description Where it hurts */
            areas?: components["schemas"]["BodyArea"][];
            /** @example 2026-11-20T21:00:00+01:00 */
            at: components["schemas"]["OffsetDateTime"];
            /**
             * Format: int32
             * @example 4
             */
            painLevel: number;
            /** @description Warning signs, the codes of the catalog's red-flag guidance; each raises an urgent prompt to seek care */
            redFlags?: components["schemas"]["RedFlag"][];
            /** @example Europe/Berlin */
            timeZone: string;
        };
        /** @description A recorded pain check-in; localDate is the day of at in timeZone. */
        CheckInView: {
            areas: string[];
            at: components["schemas"]["OffsetDateTime"];
            id: components["schemas"]["UUID"];
            localDate: components["schemas"]["LocalDate"];
            /** Format: int32 */
            painLevel: number;
            recordedAt: components["schemas"]["OffsetDateTime"];
            redFlags: string[];
            timeZone: string;
            userId: string;
        };
        Confirmation: {
            erasedAt: components["schemas"]["OffsetDateTime"];
            service: string;
        };
        /** @description The state of an erasure: DONE once every service that keeps data about people has confirmed it. */
        ErasureView: {
            /** @description Services still to confirm */
            awaiting: string[];
            /** @description Services that confirmed, with when */
            confirmed: components["schemas"]["Confirmation"][];
            id: components["schemas"]["UUID"];
            requestedAt: components["schemas"]["OffsetDateTime"];
            /** @description SELF for DELETE /me, ADMIN for the admin variant */
            requestedBy: string;
            /** @description IN_PROGRESS or DONE */
            state: string;
            userId: string;
        };
        /** @description The keys asked for that exist; a key left out was shredded by an erasure (or never existed) */
        EventKeyList: {
            keys: components["schemas"]["EventKeyView"][];
        };
        /** @description The key ids a consumer's batch of sealed events names */
        EventKeyLookup: {
            /** @description 1 to 500 key ids, as sealed event data names them */
            keyIds: string[];
        };
        /** @description A person's event key, for a trusted consumer to open sealed event data. Gone once the person is erased. */
        EventKeyView: {
            /** @description The AES-256 key, base64 */
            key: string;
            keyId: components["schemas"]["UUID"];
        };
        /** @description One exercise done in an ad-hoc session, with what was actually done. */
        ExerciseEntry: {
            /** @example wall-angels */
            exerciseSlug: string;
            /**
             * Format: int32
             * @example 30
             */
            holdSeconds?: number | null;
            /**
             * Format: int32
             * @example 10
             */
            reps?: number | null;
            /**
             * Format: int32
             * @example 2
             */
            sets?: number | null;
        };
        /** @description What an import added. Records already present (same id) are left as they are, so importing twice adds nothing. */
        ImportReport: {
            /** Format: int32 */
            checkInsAlreadyPresent: number;
            /** Format: int32 */
            checkInsImported: number;
            /** Format: int32 */
            sessionsAlreadyPresent: number;
            /** Format: int32 */
            sessionsImported: number;
        };
        /**
         * Format: date
         * @example 2022-03-10
         */
        LocalDate: string;
        /**
         * Format: date-time
         * @example 2022-03-10T12:15:50-04:00
         */
        OffsetDateTime: string;
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
        /** @enum {string} */
        RedFlag: "NUMBNESS_OR_TINGLING" | "ARM_WEAKNESS" | "CHEST_PAIN" | "SHORTNESS_OF_BREATH" | "DIZZINESS_OR_NAUSEA" | "FEVER_OR_CHILLS" | "RECENT_INJURY" | "NIGHT_PAIN" | "WORSENING" | "RADIATING_PAIN" | "PAIN_PERSISTS";
        /** @description Everything session-service holds about the caller: every session with its exercises and notes, every check-in with its areas and red flags. POST it back to /me/import to restore it. */
        SessionExport: {
            /** @description Oldest first */
            checkIns: components["schemas"]["CheckInView"][];
            exportedAt: components["schemas"]["OffsetDateTime"];
            /** @description Always backhabit.sessions */
            format: string;
            /** @description Oldest first */
            sessions: components["schemas"]["SessionView"][];
            userId: string;
            /**
             * Format: int32
             * @description Version of this document's shape
             */
            version: number;
        };
        /** @description Sessions newest first; pass nextCursor back as cursor for the next page (null on the last). */
        SessionPage: {
            items: components["schemas"]["SessionView"][];
            nextCursor?: string | null;
        };
        /** @description A completed routine (routineSlug) or an ad-hoc set of exercises (exercises), or both. */
        SessionRequest: {
            /**
             * @description At most 5 minutes in the future, at most 90 days ago
             * @example 2026-11-20T18:30:00+01:00
             */
            completedAt: components["schemas"]["OffsetDateTime"];
            /**
             * Format: int32
             * @example 14
             */
            durationMinutes: number;
            /**
             * Format: int32
             * @example 6
             */
            effort?: number;
            exercises?: components["schemas"]["ExerciseEntry"][] | null;
            /** @example Felt looser afterwards */
            notes?: string;
            /**
             * Format: int32
             * @example 3
             */
            painAfter?: number;
            /**
             * Format: int32
             * @example 5
             */
            painBefore?: number;
            /** @example posture-strength */
            routineSlug?: string | null;
            /**
             * @description IANA time zone the user was in
             * @example Europe/Berlin
             */
            timeZone: string;
        };
        /** @description A recorded session. */
        SessionView: {
            /** @description completedAt as sent, with the offset of timeZone at that instant */
            completedAt: components["schemas"]["OffsetDateTime"];
            /** Format: int32 */
            durationMinutes: number;
            /** Format: int32 */
            effort?: number | null;
            exercises: components["schemas"]["ExerciseEntry"][];
            id: components["schemas"]["UUID"];
            /** @description The routine's kind; for an ad-hoc session STRENGTH if any exercise is a strength exercise, else MOBILITY */
            kind: string;
            /** @description The calendar day of completedAt in timeZone */
            localDate: components["schemas"]["LocalDate"];
            notes?: string | null;
            /** Format: int32 */
            painAfter?: number | null;
            /** Format: int32 */
            painBefore?: number | null;
            recordedAt: components["schemas"]["OffsetDateTime"];
            /**
             * Format: int32
             * @description 1 when recorded, +1 per correction
             */
            revision: number;
            /** @description Null for an ad-hoc session */
            routineSlug?: string | null;
            timeZone: string;
            updatedAt: components["schemas"]["OffsetDateTime"];
            userId: string;
        };
        /** Format: uuid */
        UUID: string;
        /** @description One field or parameter at fault and what is wrong with it. */
        Violation: {
            /** @description The field path or parameter name, e.g. painBefore or exercises[0].reps */
            field: string;
            /** @description What is wrong */
            message: string;
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
    eraseUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (the sub of their tokens) */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erasure under way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureView"];
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
            /** @description Not in the admin group */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUserErasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description IN_PROGRESS or DONE */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureView"];
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
            /** @description The user was never erased */
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
    listCheckIns: {
        parameters: {
            query?: {
                /**
                 * @description First local date, inclusive
                 * @example 2026-11-01
                 */
                from?: string;
                /**
                 * @description At most this many, 1 to 500
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description Last local date, inclusive
                 * @example 2026-11-30
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check-ins */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInPage"];
                };
            };
            /** @description A parameter or field is invalid; violations name each */
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
    recordCheckIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen key making retries safe, per user, kept 24 h */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInRequest"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: boolean;
                    /** @description Where the created resource can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInView"];
                };
            };
            /** @description A field breaks a rule */
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
            /** @description Same Idempotency-Key still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with another body */
            422: {
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
    getCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Check-in id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check-in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInView"];
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
            /** @description No such check-in for this user */
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
    getEventKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description keyId from the sealed event data */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventKeyView"];
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
            /** @description The token lacks the group service */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such key (never existed, or shredded by an erasure) */
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
    currentEventKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The person's user id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventKeyView"];
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
            /** @description The token lacks the group service */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookUpEventKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventKeyLookup"];
            };
        };
        responses: {
            /** @description The keys that exist */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventKeyList"];
                };
            };
            /** @description keyIds missing, empty, over 500 or not UUIDs */
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
            /** @description The token lacks the group service */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erasure under way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureView"];
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
    getMyErasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description IN_PROGRESS or DONE, with the services that confirmed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureView"];
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
            /** @description The caller was never erased */
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
    exportMyData: {
        parameters: {
            query?: {
                /**
                 * @description json (default) or csv
                 * @example json
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
                    "application/json": components["schemas"]["SessionExport"];
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
    importMyExport: {
        parameters: {
            query?: {
                /**
                 * @description Minutes per session, 1 to 240
                 * @example 15
                 */
                durationMinutes?: string;
                /** @description The habit column of an overall Checkmarks.csv */
                habit?: string;
                /**
                 * @description Routine to record each day as (default: none, counted as MOBILITY)
                 * @example posture-strength
                 */
                routineSlug?: string;
                /**
                 * @description IANA zone the days are in
                 * @example Europe/Berlin
                 */
                timeZone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionExport"];
                /**
                 * @example Date,Value,Notes
                 *     2026-11-16,YES_MANUAL,
                 *     2026-11-17,NO,
                 */
                "text/csv": string;
            };
        };
        responses: {
            /** @description What was added */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description A line of the file is bad; violations name it */
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
            /** @description routineSlug is not in the catalog */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /**
                 * @description First local date, inclusive
                 * @example 2026-11-01
                 */
                from?: string;
                /**
                 * @description Page size, 1 to 200
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Last local date, inclusive
                 * @example 2026-11-30
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            /** @description Bad date, limit or cursor */
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
    recordSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key making retries safe, per user, kept 24 h
                 * @example 3f1c8a2e-5b7d-4f2a-9c1e-2d4b6a8c0e11
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRequest"];
            };
        };
        responses: {
            /** @description Recorded; Location names it */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: boolean;
                    /** @description Where the created resource can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description A field breaks a rule; violations name each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Same Idempotency-Key still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown routine or exercise slug, or Idempotency-Key reused with another body */
            422: {
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
            /** @description Catalog unreachable and slug not known; see Retry-After */
            503: {
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
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id
                 * @example 0b6f3c52-8d1e-4c7a-9f2b-1a2b3c4d5e6f
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
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
            /** @description No such session for this user */
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
    correctSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id
                 * @example 0b6f3c52-8d1e-4c7a-9f2b-1a2b3c4d5e6f
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRequest"];
            };
        };
        responses: {
            /** @description The corrected session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description A field breaks a rule */
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
            /** @description No such session for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown slug */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute */
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
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id
                 * @example 0b6f3c52-8d1e-4c7a-9f2b-1a2b3c4d5e6f
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
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
            /** @description No such session for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute */
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
}
