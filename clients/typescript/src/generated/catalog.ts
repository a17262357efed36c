// Generated from catalog-service's OpenAPI document by scripts/generate.mjs (openapi-typescript). Do not edit.

export interface paths {
    "/exercises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List exercises
         * @description All filters combine (AND). Ordered by name, then slug. Answers carry an ETag; send it back in If-None-Match to get 304.
         */
        get: operations["listExercises"];
        put?: never;
        /**
         * Add an exercise (admin)
         * @description In English; add other languages with PUT /exercises/{slug}/translations/{language}. Media must be uploaded first (PUT /media/{name}).
         */
        post: operations["createExercise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exercises/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One exercise */
        get: operations["getExercise"];
        /**
         * Replace an exercise (admin)
         * @description The body's slug must equal the path's.
         */
        put: operations["replaceExercise"];
        post?: never;
        /** Delete an exercise (admin) */
        delete: operations["deleteExercise"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exercises/{slug}/translations/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add or replace an exercise's text in another language (admin)
         * @description Takes effect at once, without a release. Steps, cues and cautions must match the English ones in number; altTexts name the exercise's media by URL.
         */
        put: operations["translateExercise"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guidance/red-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Red flags
         * @description Warning signs for which a person should stop the routines and get medical care; IMMEDIATE means now (emergency services), SOON means within days.
         */
        get: operations["listRedFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guidance/red-flags/{code}/translations/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add or replace a red flag's guidance in another language (admin)
         * @description Takes effect at once, without a release.
         */
        put: operations["translateRedFlag"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One illustration file
         * @description Answers carry an ETag (If-None-Match gives 304), Cache-Control and a Content-Security-Policy that blocks scripts.
         */
        get: operations["getMedia"];
        /**
         * Add or replace an illustration file (admin)
         * @description The extension must match the Content-Type; at most 524288 bytes. SVG must be a plain drawing: no scripts, event handlers, embedded HTML, DOCTYPE or links outside the file. Then list it in an exercise's media (PUT /exercises/{slug}) with its alt text.
         */
        put: operations["storeMedia"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List routines
         * @description Ordered by name, then slug; items list exercise slugs and dosages (an item written without a dosage shows its exercise's).
         */
        get: operations["listRoutines"];
        put?: never;
        /** Add a routine (admin) */
        post: operations["createRoutine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routines/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One routine with its exercises resolved */
        get: operations["getRoutine"];
        /**
         * Replace a routine (admin)
         * @description The body's slug must equal the path's.
         */
        put: operations["replaceRoutine"];
        post?: never;
        /** Delete a routine (admin) */
        delete: operations["deleteRoutine"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routines/{slug}/translations/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add or replace a routine's name and purpose in another language (admin)
         * @description Takes effect at once, without a release.
         */
        put: operations["translateRoutine"];
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
        /**
         * @description What an exercise does for the upper back.
         * @enum {string}
         */
        Category: "WARM_UP" | "STRETCH" | "STRENGTH" | "MOBILITY" | "SELF_MASSAGE" | "HEAT_COLD" | "BREATHING" | "POSTURE";
        /** @description Sets of repetitions or holds, or a duration; at least one of reps, holdSeconds, durationSeconds. */
        Dosage: {
            /**
             * Format: int32
             * @example 900
             */
            durationSeconds?: number | null;
            /**
             * Format: int32
             * @example 30
             */
            holdSeconds?: number | null;
            /** @description Done on each side in turn */
            perSide: boolean;
            /**
             * Format: int32
             * @example 12
             */
            reps?: number | null;
            /**
             * Format: int32
             * @example 2
             */
            sets?: number | null;
        };
        /**
         * @description What a person needs at hand.
         * @enum {string}
         */
        Equipment: "NONE" | "WALL" | "CHAIR" | "DOORWAY" | "TENNIS_BALL" | "FOAM_ROLLER" | "STABILITY_BALL" | "RESISTANCE_BAND" | "DUMBBELL" | "HEAT_PACK" | "ICE_PACK" | "MAT";
        /** @description One exercise of the library. */
        Exercise: {
            category: components["schemas"]["Category"];
            cautions: string[];
            cues?: string[] | null;
            /** @description Can be done at or beside a desk, without getting on the floor */
            deskFriendly: boolean;
            /**
             * Format: int32
             * @example 1
             */
            difficulty: number;
            dosage: components["schemas"]["Dosage"];
            /** @example shoulder-blade-squeezes */
            easierVariant?: string | null;
            equipment: components["schemas"]["Equipment"][];
            /**
             * Format: int32
             * @example 2
             */
            estimatedMinutes: number;
            harderVariant?: string | null;
            /** @description Illustrations of the start and end position; alt texts in the answer's language */
            media: components["schemas"]["Media"][];
            /** @example Wall angels */
            name: string;
            positions: components["schemas"]["Position"][];
            /** @example wall-angels */
            slug: string;
            steps: string[];
            targetAreas: components["schemas"]["TargetArea"][];
        };
        /** @description One page of exercises and the total number of matches. */
        ExercisePage: {
            items: components["schemas"]["Exercise"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /** @description An exercise's text in one language: replaces name, steps, cues and cautions, and the alt text of each illustration named by its URL. Steps, cues and cautions keep the order of the English ones. */
        ExerciseText: {
            /**
             * @description Alt text by media URL
             * @example {
             *       "/media/wall-angels.svg": "Zwei Zeichnungen ..."
             *     }
             */
            altTexts: {
                [key: string]: string;
            };
            cautions: string[];
            cues: string[];
            /** @example Wandengel */
            name: string;
            steps: string[];
        };
        /** @description An illustration of an exercise (start and end position), served by GET /media/{name}. */
        Media: {
            /** @description What the image shows, for people who cannot see it; in the answer's language */
            altText: string;
            /**
             * Format: int32
             * @example 220
             */
            height: number;
            /**
             * @description Media type of the file
             * @example image/svg+xml
             */
            type: string;
            /** @example /media/wall-angels.svg */
            url: string;
            /**
             * Format: int32
             * @example 400
             */
            width: number;
        };
        /**
         * @description The body position an exercise is done in.
         * @enum {string}
         */
        Position: "SEATED" | "STANDING" | "FLOOR" | "ALL_FOURS" | "LYING";
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
        /** @description A warning sign for which a person should stop self-care and seek medical care. */
        RedFlag: {
            /** @example CHEST_PAIN */
            code: string;
            description: string;
            urgency: components["schemas"]["Urgency"];
        };
        /** @description A red flag's guidance in one language. */
        RedFlagText: {
            description: string;
        };
        /** @description A short sequence of exercises done as one session. */
        Routine: {
            /**
             * Format: int32
             * @example 15
             */
            estimatedMinutes: number;
            items: components["schemas"]["RoutineItem"][];
            kind: components["schemas"]["RoutineKind"];
            name: string;
            purpose: string;
            /**
             * Format: int32
             * @example 3
             */
            recommendedPerWeek: number;
            /** @example posture-strength */
            slug: string;
        };
        /** @description One step of a routine: an exercise and the dosage used in this routine. Written without a dosage, an item takes the exercise's own, and reads show that one. */
        RoutineItem: {
            /** @description Omit to use the exercise's own dosage */
            dosage?: ((components["schemas"]["Dosage"] | null) | null) | components["schemas"]["Dosage"] | null;
            /** @description The exercise itself; filled in by GET /routines/{slug} */
            exercise?: ((components["schemas"]["Exercise"] | null) | null) | components["schemas"]["Exercise"] | null;
            /** @example shoulder-rolls */
            exerciseSlug: string;
            /**
             * Format: int32
             * @example 1
             */
            order: number;
        };
        /** @enum {string} */
        RoutineKind: "STRENGTH" | "MOBILITY" | "RELIEF" | "DESK_BREAK" | "RECOVERY";
        /** @description One page of routines (items without their exercises resolved) and the total number of matches. */
        RoutinePage: {
            items: components["schemas"]["Routine"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /** @description A routine's name and purpose in one language. */
        RoutineText: {
            /** @example Kraft für eine gute Haltung */
            name: string;
            purpose: string;
        };
        /** @description A stored illustration file: where it is served, its type and size. */
        StoredMedia: {
            /** Format: int32 */
            bytes: number;
            /** @example image/svg+xml */
            type: string;
            /** @example /media/wall-angels.svg */
            url: string;
        };
        /**
         * @description Muscles and regions an exercise works (the muscle filter).
         * @enum {string}
         */
        TargetArea: "NECK" | "TRAPEZIUS" | "RHOMBOIDS" | "THORACIC_SPINE" | "SHOULDERS" | "CHEST" | "LATS" | "LOWER_BACK" | "CORE" | "ROTATOR_CUFF";
        /** @enum {string} */
        Urgency: "IMMEDIATE" | "SOON";
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
    listExercises: {
        parameters: {
            query?: {
                /** @description Category */
                category?: components["schemas"]["Category"];
                /**
                 * @description Only exercises that can (true) or cannot (false) be done at a desk
                 * @example true
                 */
                deskFriendly?: boolean;
                /** @description Equipment the exercise uses */
                equipment?: components["schemas"]["Equipment"];
                /**
                 * @description At most this many estimated minutes
                 * @example 5
                 */
                maxMinutes?: number;
                /** @description A target area (muscle or region) */
                muscle?: components["schemas"]["TargetArea"];
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /** @description Body position */
                position?: components["schemas"]["Position"];
                /**
                 * @description Free text, matched in the name and the steps (in the answer's language); at most 100 characters
                 * @example shoulder
                 */
                q?: string;
                /**
                 * @description Page size, 1 to 100
                 * @example 20
                 */
                size?: number;
            };
            header?: {
                /**
                 * @description Preferred languages; the answer is in the best supported one (en, de), English otherwise, and says which in Content-Language
                 * @example de
                 */
                "Accept-Language"?: string;
                /** @description The ETag of an earlier answer; 304 without a body when it is still current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of exercises with the total number of matches */
            200: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExercisePage"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match */
            304: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown filter value, or page/size out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExercise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Exercise"];
            };
        };
        responses: {
            /** @description Created; Location names it */
            201: {
                headers: {
                    /** @description Where the created resource can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            /** @description Invalid document; violations name each field */
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
            /** @description Token without the admin group */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The slug exists already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refers to exercises that do not exist */
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
    getExercise: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred languages; the answer is in the best supported one (en, de), English otherwise, and says which in Content-Language
                 * @example de
                 */
                "Accept-Language"?: string;
                /** @description The ETag of an earlier answer; 304 without a body when it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description Exercise slug
                 * @example wall-angels
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exercise */
            200: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match */
            304: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No exercise with this slug */
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
    replaceExercise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug
                 * @example wall-angels
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Exercise"];
            };
        };
        responses: {
            /** @description Replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            /** @description Invalid document */
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
            /** @description Token without the admin group */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such exercise */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refers to exercises that do not exist */
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
    deleteExercise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug
                 * @example wall-angels
                 */
                slug: string;
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
            /** @description No valid token */
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
            /** @description No such exercise */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Still used by a routine or as a variant */
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
    translateExercise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Language tag
                 * @example de
                 */
                language: string;
                /**
                 * @description Slug
                 * @example wall-angels
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExerciseText"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExerciseText"];
                };
            };
            /** @description Invalid text, or a language that is not supported or is English */
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
            /** @description Token without the admin group */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such exercise */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Counts differ from the exercise's, or an alt text names media the exercise does not have */
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
    listRedFlags: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred languages; the answer is in the best supported one (en, de), English otherwise, and says which in Content-Language
                 * @example de
                 */
                "Accept-Language"?: string;
                /** @description The ETag of an earlier answer; 304 without a body when it is still current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every red flag */
            200: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedFlag"][];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match */
            304: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
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
        };
    };
    translateRedFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Red flag code
                 * @example CHEST_PAIN
                 */
                code: string;
                /**
                 * @description Language tag
                 * @example de
                 */
                language: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedFlagText"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedFlagText"];
                };
            };
            /** @description Invalid text, or a language that is not supported or is English */
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
            /** @description Token without the admin group */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such red flag */
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
    getMedia: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of an earlier answer; 304 without a body when it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description File name
                 * @example wall-angels.svg
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match */
            304: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file */
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
    storeMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description File name
                 * @example wall-angels.svg
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/svg+xml": string;
            };
        };
        responses: {
            /** @description Replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredMedia"];
                };
            };
            /** @description Added; Location names it */
            201: {
                headers: {
                    /** @description Where the created resource can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredMedia"];
                };
            };
            /** @description Bad name, empty body, or extension and Content-Type disagree */
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
            /** @description Token without the admin group */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an accepted image type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An SVG that is not a plain drawing */
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
    listRoutines: {
        parameters: {
            query?: {
                /** @description Routine kind */
                kind?: components["schemas"]["RoutineKind"];
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Page size, 1 to 100
                 * @example 20
                 */
                size?: number;
            };
            header?: {
                /**
                 * @description Preferred languages; the answer is in the best supported one (en, de), English otherwise, and says which in Content-Language
                 * @example de
                 */
                "Accept-Language"?: string;
                /** @description The ETag of an earlier answer; 304 without a body when it is still current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of routines */
            200: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutinePage"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match */
            304: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown kind, or page/size out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRoutine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Routine"];
            };
        };
        responses: {
            /** @description Created; Location names it */
            201: {
                headers: {
                    /** @description Where the created resource can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Routine"];
                };
            };
            /** @description Invalid document; violations name each field */
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
            /** @description Token without the admin group */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The slug exists already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refers to exercises that do not exist */
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
    getRoutine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred languages; the answer is in the best supported one (en, de), English otherwise, and says which in Content-Language
                 * @example de
                 */
                "Accept-Language"?: string;
                /** @description The ETag of an earlier answer; 304 without a body when it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description Routine slug
                 * @example posture-strength
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The routine; each item carries its exercise */
            200: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Routine"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match */
            304: {
                headers: {
                    /** @description Tag of this answer's exact body, for If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No routine with this slug */
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
    replaceRoutine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug
                 * @example posture-strength
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Routine"];
            };
        };
        responses: {
            /** @description Replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Routine"];
                };
            };
            /** @description Invalid document */
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
            /** @description Token without the admin group */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such routine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refers to exercises that do not exist */
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
    deleteRoutine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Slug
                 * @example posture-strength
                 */
                slug: string;
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
            /** @description No valid token */
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
            /** @description No such routine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Still used by a routine or as a variant */
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
    translateRoutine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Language tag
                 * @example de
                 */
                language: string;
                /**
                 * @description Slug
                 * @example posture-strength
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutineText"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutineText"];
                };
            };
            /** @description Invalid text, or a language that is not supported or is English */
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
            /** @description Token without the admin group */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such routine */
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
}
