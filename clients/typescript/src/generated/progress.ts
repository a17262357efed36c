// Generated from progress-service's OpenAPI document by scripts/generate.mjs (openapi-typescript). Do not edit.

export interface paths {
    "/admin/projections/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State of the last or running rebuild */
        get: operations["getProjectionRebuild"];
        put?: never;
        /**
         * Rebuild every projection from the event log
         * @description Replays session-events from the start into fresh projections while the service keeps answering from the current ones, then switches. Poll GET for progress.
         */
        post: operations["startProjectionRebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything a dashboard shows, in one call
         * @description Current week, the last N weeks (oldest first, empty weeks included), streaks, habit score, pain trend and prompts, all in the goal's time zone. Goal progress counts active days (local days with at least one session). Prompts are worded in the language asked for (Content-Language says which).
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every week and every session fact
         * @description format=json (default) or csv. The CSV is one table: a row per week, then a row per session, told apart by the record column.
         */
        get: operations["exportProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/goal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The weekly goal
         * @description Until set: 3 a week, weeks from Monday, in the zone of the latest session (UTC before any).
         */
        get: operations["getGoal"];
        /**
         * Set the weekly goal
         * @description History is recomputed from the stored sessions: weeks, goalMet and streaks follow the new goal and week start, and prompts are re-evaluated.
         */
        put: operations["setGoal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/pauses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's pauses, earliest first */
        get: operations["listPauses"];
        put?: never;
        /**
         * Pause the goal
         * @description At most 14 days; must not overlap another pause. A week covered for 4 days or more counts neither for nor against the streak and raises no nudges.
         */
        post: operations["createPause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/pauses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End or cancel a pause */
        delete: operations["deletePause"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/prompts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every prompt raised for the caller, newest first
         * @description Dismissed ones carry dismissedAt. Titles and messages are in the language asked for (Content-Language says which); messageKey and params stay the same in every language.
         */
        get: operations["listPrompts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/prompts/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a prompt
         * @description It stops showing on the dashboard; the same prompt is not raised again for its period.
         */
        post: operations["dismissPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/weeks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weekly rows for a date range
         * @description Every week touching [from, to], oldest first, empty weeks included.
         */
        get: operations["listWeeks"];
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
        CheckInRow: {
            at: components["schemas"]["Instant"];
            checkInId: components["schemas"]["UUID"];
            localDate: components["schemas"]["LocalDate"];
            /** Format: int32 */
            painLevel: number;
            redFlags: string[];
            timeZone: string;
        };
        CurrentWeek: {
            /** Format: int32 */
            activeDays: number;
            /** Format: int32 */
            daysLeft: number;
            /** Format: int32 */
            goal: number;
            goalMet: boolean;
            /** Format: int32 */
            minutes: number;
            paused: boolean;
            /** Format: int32 */
            remaining: number;
            /** Format: int32 */
            sessions: number;
            /** Format: int32 */
            strengthSessions: number;
            weekStart: components["schemas"]["LocalDate"];
        };
        /** @description Everything a progress dashboard shows, in the user's goal time zone. */
        Dashboard: {
            asOf: components["schemas"]["OffsetDateTime"];
            /** @description The score at the end of each listed week (today for the current one), oldest first */
            consistencyHistory: components["schemas"]["ScorePoint"][];
            /**
             * Format: int32
             * @description 0-100, Loop Habit Tracker's habit score for the weekly goal
             */
            consistencyScore: number;
            currentWeek: components["schemas"]["CurrentWeek"];
            goal: components["schemas"]["GoalView"];
            /** @description Null before the first session */
            lastSessionAt?: ((string | components["schemas"]["OffsetDateTime"] | null) | null) | components["schemas"]["OffsetDateTime"] | null;
            pain: components["schemas"]["PainSummary"];
            prompts: components["schemas"]["PromptView"][];
            /**
             * Format: int32
             * @description Sessions in the last 7 local days, today included
             */
            rolling7Days: number;
            streak: components["schemas"]["Streak"];
            /** @description Oldest first, ending with the current week, empty weeks included */
            weeks: components["schemas"]["WeekSummary"][];
        };
        /** @description Everything progress holds about the user: goal, every week from the first session, every session fact, check-in readings and pauses. */
        ExportDocument: {
            checkIns: components["schemas"]["CheckInRow"][];
            exportedAt: components["schemas"]["Instant"];
            goal: components["schemas"]["GoalView"];
            pauses: components["schemas"]["PauseView"][];
            sessions: components["schemas"]["SessionRow"][];
            userId: string;
            weeks: components["schemas"]["WeekSummary"][];
        };
        /** @description The weekly goal: active days per week (1-7), counted in timeZone (an IANA region id or UTC), weeks starting on weekStartsOn (MONDAY or SUNDAY). */
        GoalView: {
            /**
             * Format: int32
             * @example 3
             */
            sessionsPerWeek: number;
            /** @example Europe/Berlin */
            timeZone: string;
            /**
             * @example MONDAY
             * @enum {string}
             */
            weekStartsOn: "MONDAY" | "SUNDAY";
        };
        /**
         * Format: date-time
         * @example 2022-03-10T16:15:50Z
         */
        Instant: string;
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
        PainSummary: {
            /** Format: double */
            avgReliefPerSession?: number | null;
            /** Format: double */
            last7DaysAvg?: number | null;
            /** Format: double */
            last28DaysAvg?: number | null;
            trend: components["schemas"]["PainTrend"];
        };
        /** @enum {string} */
        PainTrend: "IMPROVING" | "STEADY" | "WORSENING" | "NOT_ENOUGH_DATA";
        /** @description A break from the goal, at most 14 days; weeks it covers for 4 days or more count neither for nor against the streak. */
        PauseRequest: {
            /** @example 2026-11-23 */
            from: components["schemas"]["LocalDate"];
            /** @example TRAVEL */
            reason: components["schemas"]["Reason"];
            /** @example 2026-11-29 */
            to: components["schemas"]["LocalDate"];
        };
        /** @description A pause of the weekly goal (dates inclusive). */
        PauseView: {
            from: components["schemas"]["LocalDate"];
            id: components["schemas"]["UUID"];
            reason: string;
            to: components["schemas"]["LocalDate"];
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
        /** @description A prompt raised for the user: a nudge, a milestone or safety advice. Never a diagnosis. Title and message are in the language the request asked for (Accept-Language: en or de, English otherwise); messageKey and params let a front end word it itself. */
        PromptView: {
            createdAt: components["schemas"]["OffsetDateTime"];
            dismissedAt?: ((string | components["schemas"]["OffsetDateTime"] | null) | null) | components["schemas"]["OffsetDateTime"] | null;
            id: components["schemas"]["UUID"];
            message: string;
            /**
             * @description Stable key of the wording; null only for prompts stored before keys existed
             * @example weekly-goal-at-risk.within-reach
             */
            messageKey?: string | null;
            /**
             * @description Values the wording uses, e.g. remaining and daysLeft, averagePain and sessions, or the red-flag codes
             * @example {
             *       "remaining": 2,
             *       "daysLeft": 3
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            severity: string;
            title: string;
            type: string;
        };
        /** @enum {string} */
        Reason: "FLARE_UP" | "ILLNESS" | "TRAVEL" | "OTHER";
        /** @description State of the projection rebuild. */
        RebuildStatus: {
            /**
             * Format: int32
             * @description The generation reads use
             */
            activeGeneration: number;
            /**
             * Format: int64
             * @description Events replayed so far (RUNNING) or in the last rebuild
             */
            events: number;
            /**
             * Format: int64
             * @description Events applied per second in the last rebuild
             */
            eventsPerSecond?: number | null;
            finishedAt?: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            /**
             * Format: int32
             * @description The generation being rebuilt, while RUNNING
             */
            rebuildGeneration?: number | null;
            startedAt?: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            /** @enum {string} */
            state: "NEVER_RUN" | "RUNNING" | "IDLE";
        };
        ScorePoint: {
            date: components["schemas"]["LocalDate"];
            /** Format: int32 */
            score: number;
        };
        SessionRow: {
            completedAt: components["schemas"]["Instant"];
            /** Format: int32 */
            durationMinutes?: number | null;
            /** Format: int32 */
            effort?: number | null;
            exerciseSlugs: string[];
            kind: string;
            localDate: components["schemas"]["LocalDate"];
            /** Format: int32 */
            painAfter?: number | null;
            /** Format: int32 */
            painBefore?: number | null;
            /** Format: int32 */
            revision: number;
            routineSlug?: string | null;
            sessionId: components["schemas"]["UUID"];
            timeZone: string;
        };
        Streak: {
            /** Format: int32 */
            currentWeeks: number;
            /** Format: int32 */
            longestWeeks: number;
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
        WeekSummary: {
            /** Format: int32 */
            activeDays: number;
            /** Format: double */
            avgPainAfter?: number | null;
            /** Format: double */
            avgPainBefore?: number | null;
            goalMet: boolean;
            /** Format: int32 */
            minutes: number;
            paused: boolean;
            /** Format: int32 */
            sessions: number;
            /** Format: int32 */
            strengthSessions: number;
            weekStart: components["schemas"]["LocalDate"];
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
    getProjectionRebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildStatus"];
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
            /** @description Token without the admin group */
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
    startProjectionRebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildStatus"];
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
            /** @description Token without the admin group */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rebuild is already running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: {
                /**
                 * @description Weeks to list, 1 to 104
                 * @example 12
                 */
                weeks?: number;
            };
            header?: {
                /**
                 * @description Language of prompt titles and messages: en or de (English for any other)
                 * @example de
                 */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            /** @description weeks out of range */
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
        };
    };
    exportProgress: {
        parameters: {
            query?: {
                /**
                 * @description json or csv
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
                    "application/json": components["schemas"]["ExportDocument"];
                    "text/csv": string;
                };
            };
            /** @description Unknown format */
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
    getGoal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The goal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalView"];
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
    setGoal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalView"];
            };
        };
        responses: {
            /** @description The goal now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalView"];
                };
            };
            /** @description Out of range, unknown zone or week start */
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
            /** @description Too many writes by this user this minute; see Retry-After */
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
    listPauses: {
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
                    "application/json": components["schemas"]["PauseView"][];
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
    createPause: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PauseRequest"];
            };
        };
        responses: {
            /** @description Paused */
            201: {
                headers: {
                    /** @description Where the created resource can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PauseView"];
                };
            };
            /** @description Dates out of order, longer than 14 days, or unknown reason */
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
            /** @description Overlaps an existing pause */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After */
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
    deletePause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Pause id */
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
            /** @description No such pause for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After */
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
    listPrompts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of prompt titles and messages: en or de (English for any other)
                 * @example de
                 */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prompts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptView"][];
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
    dismissPrompt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prompt id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dismissed (also when it was already) */
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
            /** @description No such prompt for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this user this minute; see Retry-After */
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
    listWeeks: {
        parameters: {
            query: {
                /**
                 * @description First date
                 * @example 2026-09-01
                 */
                from: string;
                /**
                 * @description Last date
                 * @example 2026-11-30
                 */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The weeks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeekSummary"][];
                };
            };
            /** @description Missing or bad dates, or a range over 5 years */
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
}
