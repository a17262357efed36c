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
    "/clinician/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem a person's one-time invite code
         * @description The share then names the caller; the code cannot be used again.
         */
        post: operations["redeemInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clinician/patients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people with a valid share naming the caller
         * @description With each share's scope and expiry.
         */
        get: operations["listPatients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clinician/patients/{userId}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A patient's check-ins (scope CHECK_INS)
         * @description Pain level and red flags per check-in.
         */
        get: operations["listPatientCheckIns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clinician/patients/{userId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A patient's dashboard (scope DASHBOARD)
         * @description Prompts are worded in English.
         */
        get: operations["getPatientDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clinician/patients/{userId}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recommend a routine and/or a weekly goal
         * @description Needs any valid share. The patient sees it as a prompt and accepts or ignores it; nothing of theirs changes until they accept.
         */
        post: operations["recommend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clinician/patients/{userId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A patient's sessions (scope SESSIONS)
         * @description Day, kind, minutes, pain before and after, effort; never notes.
         */
        get: operations["listPatientSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clinician/patients/{userId}/weeks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient's weekly rows for a date range (scope DASHBOARD) */
        get: operations["listPatientWeeks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who read the caller's data, what and when
         * @description Every clinician read, newest first.
         */
        get: operations["listAccessLog"];
        put?: never;
        post?: never;
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
         * Export everything progress holds about the caller
         * @description format=json (default): goal, weeks, session facts, check-ins, pauses, prompts, shares, recommendations and the access log. format=csv: the same as one table, a row per record told apart by the record column (GOAL, PAUSE, WEEK, SESSION, CHECK_IN, PROMPT, SHARE, RECOMMENDATION, ACCESS), the other columns the union of their fields; text cells starting with =, +, -, @, tab or CR are prefixed with an apostrophe so a spreadsheet does not run them.
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
    "/progress/me/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import progress's own JSON export
         * @description Brings back the goal and the pauses (each under its own id: one already present is left alone, so importing twice adds nothing). Sessions and check-ins come back through session-service's POST /me/import. A bad file changes nothing and the problem names the line.
         */
        post: operations["importProgress"];
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
    "/progress/me/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recommendations from the caller's clinicians, newest first */
        get: operations["listRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/recommendations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a recommendation
         * @description Sets the weekly goal to the recommended one, if any, and dismisses its prompt.
         */
        post: operations["acceptRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/recommendations/{id}/ignore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ignore a recommendation
         * @description Changes nothing but dismisses its prompt.
         */
        post: operations["ignoreRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's shares, newest first, with their state */
        get: operations["listShares"];
        put?: never;
        /**
         * Share with a clinician
         * @description Names the clinician's user id, or, without it, issues a one-time invite code the clinician redeems at POST /clinician/invites. Read-only, within the scope, until expiresAt (at most a year) or revocation.
         */
        post: operations["createShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress/me/shares/{id}": {
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
         * Revoke a share
         * @description Takes effect at once; the clinician then gets 404 for this person.
         */
        delete: operations["revokeShare"];
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
        /** @description One read of the person's data by a clinician: who, what (PATIENT_LIST, DASHBOARD, WEEKS, SESSIONS, CHECK_INS), when. */
        AccessLogEntry: {
            at: components["schemas"]["OffsetDateTime"];
            clinicianId: string;
            what: string;
        };
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
        /** @description Everything progress holds about the user: goal, every week from the first session, every session fact, check-in readings, pauses, prompts, shares with clinicians, their recommendations and every clinician read (access log). POST /progress/me/import takes this document back (goal and pauses; sessions and check-ins come back through session-service's import). */
        ExportDocument: {
            accessLog: components["schemas"]["AccessLogEntry"][];
            checkIns: components["schemas"]["CheckInRow"][];
            exportedAt: components["schemas"]["Instant"];
            goal: components["schemas"]["GoalView"];
            pauses: components["schemas"]["PauseView"][];
            prompts: components["schemas"]["PromptView"][];
            recommendations: components["schemas"]["RecommendationView"][];
            sessions: components["schemas"]["SessionRow"][];
            shares: components["schemas"]["ShareView"][];
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
        /** @description What an import of progress's own export added; importing the same file again adds nothing. */
        ImportReport: {
            /** @description Whether the weekly goal changed to the file's */
            goalImported: boolean;
            /** Format: int32 */
            pausesAlreadyPresent: number;
            /** Format: int32 */
            pausesImported: number;
        };
        /**
         * Format: date-time
         * @example 2022-03-10T16:15:50Z
         */
        Instant: string;
        /** @description An invite code a person handed to the clinician. */
        InviteRedemption: {
            /** @example K7QX2M9PLT4W */
            code: string;
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
        /** @description A clinician's advice: a routine, a weekly goal, or both, with a note. */
        RecommendationRequest: {
            /** @example Three short strength sessions a week, warm up first. */
            message?: string;
            /** @example posture-strength */
            routineSlug?: string | null;
            /**
             * Format: int32
             * @example 3
             */
            sessionsPerWeek?: number | null;
        };
        /** @description A clinician's recommendation. state: PENDING, ACCEPTED (the goal was set to sessionsPerWeek) or IGNORED. */
        RecommendationView: {
            clinicianId: string;
            createdAt: components["schemas"]["OffsetDateTime"];
            decidedAt: components["schemas"]["OffsetDateTime"];
            id: components["schemas"]["UUID"];
            message: string;
            routineSlug: string;
            /** Format: int32 */
            sessionsPerWeek: number;
            state: string;
        };
        /** @enum {string} */
        Scope: "DASHBOARD" | "SESSIONS" | "CHECK_INS";
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
        /** @description A share with a clinician: name the clinician's user id, or leave it out to get a one-time invite code to hand over. */
        ShareRequest: {
            /**
             * @description The clinician's user id (sub); absent: an invite code is issued
             * @example dr-meier
             */
            clinicianId?: string | null;
            /**
             * @description When the share ends; at most one year ahead
             * @example 2027-02-20T00:00:00+01:00
             */
            expiresAt: components["schemas"]["OffsetDateTime"];
            /** @description What the clinician may see */
            scope: components["schemas"]["Scope"][];
        };
        /** @description A share. state: PENDING (invite not redeemed yet), ACTIVE, EXPIRED or REVOKED. */
        ShareView: {
            clinicianId: string;
            createdAt: components["schemas"]["OffsetDateTime"];
            expiresAt: components["schemas"]["OffsetDateTime"];
            id: components["schemas"]["UUID"];
            /** @description Only while the invite is unredeemed */
            inviteCode: string;
            patientId: string;
            revokedAt: components["schemas"]["OffsetDateTime"];
            scope: components["schemas"]["Scope"][];
            state: string;
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
    redeemInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteRedemption"];
            };
        };
        responses: {
            /** @description The share now naming the caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareView"];
                };
            };
            /** @description Bad Request */
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
            /** @description No open invite with this code */
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
    listPatients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The patients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: components["schemas"]["ShareView"][];
                    };
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
            /** @description Not in the group clinician */
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
    listPatientCheckIns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The patient's user id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check-ins, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: components["schemas"]["CheckInRow"][];
                    };
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
            /** @description No valid share of this person covers it (none, expired, revoked or outside its scope) */
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
    getPatientDashboard: {
        parameters: {
            query?: {
                /**
                 * @description Weeks to list, 1 to 104
                 * @example 12
                 */
                weeks?: number;
            };
            header?: never;
            path: {
                /** @description The patient's user id */
                userId: string;
            };
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
            /** @description No valid share of this person covers it (none, expired, revoked or outside its scope) */
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
    recommend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The patient's user id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationRequest"];
            };
        };
        responses: {
            /** @description Recommended */
            201: {
                headers: {
                    /** @description Where the created resource can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationView"];
                };
            };
            /** @description Neither routine nor goal, or a bad field */
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
            /** @description No valid share of this person covers it (none, expired, revoked or outside its scope) */
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
    listPatientSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The patient's user id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: components["schemas"]["SessionRow"][];
                    };
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
            /** @description No valid share of this person covers it (none, expired, revoked or outside its scope) */
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
    listPatientWeeks: {
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
            path: {
                /** @description The patient's user id */
                userId: string;
            };
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
            /** @description Missing or bad dates */
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
            /** @description No valid share of this person covers it (none, expired, revoked or outside its scope) */
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
    listAccessLog: {
        parameters: {
            query?: {
                /**
                 * @description At most this many, 1 to 1000
                 * @example 100
                 */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: components["schemas"]["AccessLogEntry"][];
                    };
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
    importProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportDocument"];
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
    listRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recommendations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: components["schemas"]["RecommendationView"][];
                    };
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
    acceptRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Recommendation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationView"];
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
            /** @description No such recommendation for the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Decided already */
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
    ignoreRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Recommendation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ignored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationView"];
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
            /** @description No such recommendation for the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Decided already */
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
    listShares: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shares */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: components["schemas"]["ShareView"][];
                    };
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
    createShare: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareRequest"];
            };
        };
        responses: {
            /** @description The share */
            201: {
                headers: {
                    /** @description Where the created resource can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareView"];
                };
            };
            /** @description Bad scope, expiry or clinician */
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
    revokeShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Share id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
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
            /** @description No such share of the caller */
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
