/**
 * The HTTP API's types, generated from contract/openapi.json by openapi-typescript.
 * Do not edit: change the server's route schemas and run `npm run contract:generate`.
 */
export interface paths {
    "/api/v1/admin/quiz-questions/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a question is answered, per version: % right and how often each option is chosen (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Question id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: number;
                            correct: number;
                            /** @description null before any answer. */
                            percentCorrect: number | null;
                            question: string;
                            retired: boolean;
                            versions: {
                                answers: number;
                                correct: number;
                                /**
                                 * @description single, multiple, true-false, ordering, numeric, short or code-output.
                                 * @enum {unknown}
                                 */
                                kind: "single" | "multiple" | "true-false" | "ordering" | "numeric" | "short" | "code-output";
                                /** @description How many answers chose each option. */
                                options?: {
                                    chosen: number;
                                    correct: boolean;
                                    id: number;
                                    text: string;
                                }[];
                                percentCorrect: number | null;
                                /** @description The most frequent answers (other kinds), up to 20. */
                                responses?: {
                                    correct: boolean;
                                    count: number;
                                    response: string;
                                }[];
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/quizzes/topics/{slug}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers and % right for every question of a topic's quiz (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Topic slug. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            questions: {
                                answers: number;
                                correct: number;
                                percentCorrect: number | null;
                                question: string;
                                retired: boolean;
                            }[];
                            topic: string;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new token pair (the old one stops working)
         * @description Refresh tokens are single use. Presenting one that was already used signs out every session descended from it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Omit to use the HttpOnly refresh cookie. */
                        refreshToken?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @description Seconds until the access token expires. */
                            expiresIn: number;
                            /** @description Single use: each refresh returns a new one. */
                            refreshToken: string;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Case is ignored.
                         */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @description Seconds until the access token expires. */
                            expiresIn: number;
                            /** @description Single use: each refresh returns a new one. */
                            refreshToken: string;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the refresh token and every token rotated from it stop working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Omit to use the HttpOnly refresh cookie. */
                        refreshToken?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Shown to you, and in public lists unless you are anonymous; 1-80 characters. */
                        displayName: string;
                        /**
                         * Format: email
                         * @description Case is ignored.
                         */
                        email: string;
                        /** @description 10 to 256 characters, not a common or breached password, nor built on your email or name; a passphrase of a few unrelated words is best. */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @description Seconds until the access token expires. */
                            expiresIn: number;
                            /** @description Single use: each refresh returns a new one. */
                            refreshToken: string;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OAuth2 token endpoint (password and refresh_token grants, form-encoded)
         * @description RFC 6749 §4.3 and §6. `username` is the email. Errors carry the OAuth2 `error` code as well as the problem fields.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        client_id?: string;
                        client_secret?: string;
                        grant_type: "password" | "refresh_token";
                        password?: string;
                        refresh_token?: string;
                        scope?: string;
                        username?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            expires_in: number;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your status on each problem you have sent something for (solved or attempted) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Problems you have sent something for, latest first; any other problem is new. */
                            items: {
                                /**
                                 * Format: date-time
                                 * @description Your latest run or submission.
                                 */
                                lastSentAt: string;
                                slug: string;
                                status: "attempted" | "solved";
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/progress/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download all your progress, notes and quiz attempts as JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            exportedAt?: string;
                            /** @enum {string} */
                            format: "winterarc.progress/v1";
                            items: {
                                /** @description Markdown, up to 20,000 characters. */
                                note?: string;
                                /** @description todo, learning, done or skipped. */
                                status: "todo" | "learning" | "done" | "skipped";
                                topic: string;
                                /** Format: date-time */
                                updatedAt?: string;
                            }[];
                            /** @description Your quiz attempts with their answers (absent in exports made before quizzes). */
                            quizAttempts?: {
                                answers: {
                                    answeredAt: string | null;
                                    question: string;
                                    response: {
                                        /** @description single (one id), multiple (every id you choose), code-output with options (one id). */
                                        options?: number[];
                                        /** @description ordering: every item id, first to last. */
                                        order?: number[];
                                        /** @description short: your answer; code-output: what it prints. */
                                        text?: string;
                                        /** @description true-false: a boolean; numeric: a number. */
                                        value?: boolean | number;
                                    } | null;
                                    version: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                finishedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                topic?: string;
                                week?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/progress/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore progress and quiz attempts from an export (all items or none)
         * @description Quiz answers are graded again on this server (a file cannot set a score); an attempt already here (same id) is skipped, so importing a file twice adds nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        exportedAt?: string;
                        /** @enum {string} */
                        format: "winterarc.progress/v1";
                        items: {
                            /** @description Markdown, up to 20,000 characters. */
                            note?: string;
                            /** @description todo, learning, done or skipped. */
                            status: "todo" | "learning" | "done" | "skipped";
                            topic: string;
                            /** Format: date-time */
                            updatedAt?: string;
                        }[];
                        /** @description Your quiz attempts with their answers (absent in exports made before quizzes). */
                        quizAttempts?: {
                            answers: {
                                answeredAt: string | null;
                                question: string;
                                response: {
                                    /** @description single (one id), multiple (every id you choose), code-output with options (one id). */
                                    options?: number[];
                                    /** @description ordering: every item id, first to last. */
                                    order?: number[];
                                    /** @description short: your answer; code-output: what it prints. */
                                    text?: string;
                                    /** @description true-false: a boolean; numeric: a number. */
                                    value?: boolean | number;
                                } | null;
                                version: number;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            topic?: string;
                            week?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Topics whose progress was written. */
                            imported: number;
                            /** @description Quiz attempts added. */
                            quizAttempts: number;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/quiz-attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your quiz attempts, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page's `nextCursor`. */
                    cursor?: string;
                    /** @description Rows per page. */
                    limit?: number;
                    topic?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: date-time */
                                createdAt: string;
                                finishedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Right answers; null until finished. */
                                score: number | null;
                                topic: string | null;
                                /** @description Questions in the attempt. */
                                total: number;
                                week: string | null;
                            }[];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/quiz-misses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Questions you got wrong and have not answered right since (for practice) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Missed and not answered right since, most recent first. */
                            questions: {
                                /** Format: date-time */
                                lastMissedAt: string;
                                misses: number;
                                question: string;
                                topic: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/quiz-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your best finished quiz score per topic */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            topics: {
                                /** @description Finished attempts of this topic. */
                                attempts: number;
                                percent: number;
                                score: number;
                                topic: string;
                                total: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pattern vocabulary: every pattern a problem may carry, with its group and problem count */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description What a learner recognises the pattern by. */
                                about: string;
                                /** @description Where a filter shows it: data structures, graphs, techniques, Python, formats. */
                                group: "structure" | "graph" | "technique" | "python" | "format";
                                /** @description How many problems carry it. */
                                problems: number;
                                /** @description Filter with GET /problems?tag=<slug>. */
                                slug: string;
                            }[];
                        };
                    };
                };
                /** @description Not modified: your copy (the ETag you sent in If-None-Match) is current. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The problems, filtered and paged
         * @description Filters combine (AND). Send the ETag of a previous response in If-None-Match to get 304 when nothing changed. The status filter is yours, so it needs sign-in, and its answers are never shared through the cache.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page's `nextCursor`. */
                    cursor?: string;
                    /** @description 1 (easiest) to 5. */
                    difficulty?: number;
                    direction?: "asc" | "desc";
                    /** @description Rows per page. */
                    limit?: number;
                    /** @description Part of the title, any case. */
                    q?: string;
                    /** @description difficulty (then slug), title (then slug) or slug. */
                    sort?: "difficulty" | "title" | "slug";
                    /** @description Your status on the problem (needs sign-in): solved = an accepted submission; attempted = a run or submission, none accepted; new = nothing sent yet. */
                    status?: "new" | "attempted" | "solved";
                    /** @description stdio: a whole program reading standard input; function: one function, LeetCode-style. */
                    style?: "stdio" | "function";
                    /** @description A pattern slug (GET /patterns lists them), like `two-pointers`. */
                    tag?: string;
                    /** @description A roadmap topic slug (GET /roadmap): the problems that practise it. */
                    topic?: string;
                    /** @description A roadmap week slug (GET /roadmap): the problems of its topics. */
                    week?: string;
                };
                header?: {
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                difficulty: number;
                                slug: string;
                                /** @description stdio: a whole program reading standard input; function: one function, LeetCode-style. */
                                style: "stdio" | "function";
                                /** @description Its patterns (GET /patterns). */
                                tags: string[];
                                title: string;
                                /** @description The roadmap topics it practises, its main topic first. */
                                topics: string[];
                                /** @description The latest version of the problem (a changed package is a new one). */
                                version: number;
                            }[];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not modified: your copy (the ETag you sent in If-None-Match) is current. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One problem: statement, samples, limits, languages and starter code */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "if-none-match"?: string;
                };
                path: {
                    /** @description Problem slug. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The class to write (class problems, whose style is function): each test is a list of calls [name, ...args], the constructor first. */
                            class: {
                                constructorParams: {
                                    name: string;
                                    type: string;
                                }[];
                                methods: {
                                    name: string;
                                    params: {
                                        name: string;
                                        type: string;
                                    }[];
                                    /** @description null: returns nothing. */
                                    returns: string | null;
                                }[];
                                name: string;
                            } | null;
                            difficulty: number;
                            /** @description The function to write (function problems); types as in docs/problem-format.md. */
                            function: {
                                name: string;
                                params: {
                                    name: string;
                                    type: string;
                                }[];
                                returns: string;
                            } | null;
                            /** @description The program talks with an interactor instead of reading a file. */
                            interactive: boolean;
                            /** @description The languages this problem accepts. */
                            languages: {
                                /**
                                 * @description Send this as the language of a submission.
                                 * @enum {unknown}
                                 */
                                id: "python" | "javascript" | "typescript" | "c" | "cpp" | "java";
                                name: string;
                                /** @description What the editor opens with. */
                                starterCode: string;
                            }[];
                            limits: {
                                /** @description Memory, MiB. */
                                memoryMb: number;
                                /** @description CPU time per test, milliseconds. */
                                timeMs: number;
                            };
                            samples: {
                                /** @description The expected output (function problems: the JSON return value). */
                                answer: string;
                                /** @description Function problems: the arguments. */
                                args?: unknown[];
                                /** @description Function problems: the expected return value. */
                                expected?: unknown;
                                /** @description The input file as text (function problems: the JSON argument list). */
                                input: string;
                                name: string;
                            }[];
                            /** @description Accepted solutions get a score (test groups) instead of pass/fail. */
                            scoring: boolean;
                            slug: string;
                            /** @description The statement of the latest version, Markdown. */
                            statementMarkdown: string;
                            /** @description stdio: a whole program reading standard input; function: one function, LeetCode-style. */
                            style: "stdio" | "function";
                            /** @description Its patterns (GET /patterns). */
                            tags: string[];
                            title: string;
                            /** @description The roadmap topics it practises, its main topic first. */
                            topics: string[];
                            /** @description The latest version of the problem (a changed package is a new one). */
                            version: number;
                        };
                    };
                };
                /** @description Not modified: your copy (the ETag you sent in If-None-Match) is current. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{slug}/editorial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The problem's editorial; opening it before solving is recorded as help
         * @description Open it when stuck or after an accepted submission. The first opening is recorded: a problem accepted after reading the editorial counts as solved with help in your practice history.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Problem slug. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description When you first opened it.
                             */
                            firstViewedAt: string;
                            /** @description The editorial: a hint, the pattern, why it works, the complexity. */
                            markdown: string;
                            /** @description Whether you had an accepted submission before you first opened it (else it counts as help). */
                            solvedBefore: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{slug}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A problem's accepted full submissions, newest first (no source code)
         * @description Only submissions judged on every test (mode "submit") with verdict AC; runs on the samples are not listed. Learners who chose anonymity (PATCH /users/me) appear as "Anonymous".
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page's `nextCursor`. */
                    cursor?: string;
                    /** @description Created at or after. */
                    from?: string;
                    language?: "python" | "javascript" | "typescript" | "c" | "cpp" | "java";
                    /** @description Rows per page. */
                    limit?: number;
                    /** @description Created before. */
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                author: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                judgedAt: string | null;
                                language: string;
                                mode: string;
                                problem: string;
                                score: number | null;
                                status: string;
                                verdict: string | null;
                            }[];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quiz-attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a quiz attempt of a topic or a week
         * @description The questions are fixed when the attempt starts (an edit to the content later does not change them) and shown in an order shuffled for this attempt; options and ordering items are shuffled too, the same way every time the attempt is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description At most this many questions, drawn at random (week quizzes: 20 by default). */
                        limit?: number;
                        /** @description A quiz of one topic… */
                        topic?: string;
                        /** @description …or of a whole week (give one of the two). */
                        week?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @description In the order shown: shuffled per attempt, the same every time for this attempt. */
                            questions: {
                                position: number;
                                question: {
                                    /** @description code-output: the snippet. */
                                    code?: string;
                                    concept: string;
                                    difficulty: number;
                                    /** @description Stable question id. */
                                    id: string;
                                    /** @description ordering: the items, shuffled. */
                                    items?: {
                                        /** @description Send this id back in the answer. */
                                        id: number;
                                        text: string;
                                    }[];
                                    /**
                                     * @description single, multiple, true-false, ordering, numeric, short or code-output.
                                     * @enum {unknown}
                                     */
                                    kind: "single" | "multiple" | "true-false" | "ordering" | "numeric" | "short" | "code-output";
                                    /** @enum {unknown} */
                                    language?: "python" | "javascript";
                                    /** @description single, multiple, code-output with a choice: in the order to show. */
                                    options?: {
                                        /** @description Send this id back in the answer. */
                                        id: number;
                                        text: string;
                                    }[];
                                    /** @description Markdown. */
                                    prompt: string;
                                    topic: string;
                                    /** @description numeric: shown after the input. */
                                    unit?: string;
                                };
                                result?: {
                                    answer: {
                                        /** @description short: every accepted answer. */
                                        accepted?: string[];
                                        options?: number[];
                                        order?: number[];
                                        text?: string;
                                        unit?: string;
                                        value?: boolean | number;
                                    };
                                    correct: boolean;
                                    /** @description Markdown: why the right answer is right. */
                                    explanation: string;
                                    /** @description ordering: the items in the right order. */
                                    items?: {
                                        /** @description Send this id back in the answer. */
                                        id: number;
                                        text: string;
                                    }[];
                                    /** @description In the order they were shown. */
                                    options?: {
                                        correct: boolean;
                                        id: number;
                                        text: string;
                                        /** @description Why this option is right or wrong. */
                                        why?: string;
                                    }[];
                                    question: string;
                                    references: {
                                        title: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @description Exactly one field, the one the question kind takes. */
                                    response: {
                                        /** @description single (one id), multiple (every id you choose), code-output with options (one id). */
                                        options?: number[];
                                        /** @description ordering: every item id, first to last. */
                                        order?: number[];
                                        /** @description short: your answer; code-output: what it prints. */
                                        text?: string;
                                        /** @description true-false: a boolean; numeric: a number. */
                                        value?: boolean | number;
                                    };
                                };
                            }[];
                            /** @description Right answers; null until finished. */
                            score: number | null;
                            topic: string | null;
                            /** @description Questions in the attempt. */
                            total: number;
                            week: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quiz-attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your attempts: its questions, and the result of each one answered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @description In the order shown: shuffled per attempt, the same every time for this attempt. */
                            questions: {
                                position: number;
                                question: {
                                    /** @description code-output: the snippet. */
                                    code?: string;
                                    concept: string;
                                    difficulty: number;
                                    /** @description Stable question id. */
                                    id: string;
                                    /** @description ordering: the items, shuffled. */
                                    items?: {
                                        /** @description Send this id back in the answer. */
                                        id: number;
                                        text: string;
                                    }[];
                                    /**
                                     * @description single, multiple, true-false, ordering, numeric, short or code-output.
                                     * @enum {unknown}
                                     */
                                    kind: "single" | "multiple" | "true-false" | "ordering" | "numeric" | "short" | "code-output";
                                    /** @enum {unknown} */
                                    language?: "python" | "javascript";
                                    /** @description single, multiple, code-output with a choice: in the order to show. */
                                    options?: {
                                        /** @description Send this id back in the answer. */
                                        id: number;
                                        text: string;
                                    }[];
                                    /** @description Markdown. */
                                    prompt: string;
                                    topic: string;
                                    /** @description numeric: shown after the input. */
                                    unit?: string;
                                };
                                result?: {
                                    answer: {
                                        /** @description short: every accepted answer. */
                                        accepted?: string[];
                                        options?: number[];
                                        order?: number[];
                                        text?: string;
                                        unit?: string;
                                        value?: boolean | number;
                                    };
                                    correct: boolean;
                                    /** @description Markdown: why the right answer is right. */
                                    explanation: string;
                                    /** @description ordering: the items in the right order. */
                                    items?: {
                                        /** @description Send this id back in the answer. */
                                        id: number;
                                        text: string;
                                    }[];
                                    /** @description In the order they were shown. */
                                    options?: {
                                        correct: boolean;
                                        id: number;
                                        text: string;
                                        /** @description Why this option is right or wrong. */
                                        why?: string;
                                    }[];
                                    question: string;
                                    references: {
                                        title: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    /** @description Exactly one field, the one the question kind takes. */
                                    response: {
                                        /** @description single (one id), multiple (every id you choose), code-output with options (one id). */
                                        options?: number[];
                                        /** @description ordering: every item id, first to last. */
                                        order?: number[];
                                        /** @description short: your answer; code-output: what it prints. */
                                        text?: string;
                                        /** @description true-false: a boolean; numeric: a number. */
                                        value?: boolean | number;
                                    };
                                };
                            }[];
                            /** @description Right answers; null until finished. */
                            score: number | null;
                            topic: string | null;
                            /** @description Questions in the attempt. */
                            total: number;
                            week: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quiz-attempts/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer questions of an attempt: each is graded, with the explanation and why each option is right or wrong
         * @description Send one answer at a time for immediate feedback, or all of them with `finish: true` for feedback at the end. Answers are final: a question answered before keeps its first answer (a retried request gets the same result). The attempt finishes, and is scored, when every question is answered or on `finish`; a finished attempt takes no more answers (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            question: string;
                            /** @description Exactly one field, the one the question kind takes. */
                            response: {
                                /** @description single (one id), multiple (every id you choose), code-output with options (one id). */
                                options?: number[];
                                /** @description ordering: every item id, first to last. */
                                order?: number[];
                                /** @description short: your answer; code-output: what it prints. */
                                text?: string;
                                /** @description true-false: a boolean; numeric: a number. */
                                value?: boolean | number;
                            };
                        }[];
                        /** @description End the attempt now (unanswered questions count as wrong). */
                        finish?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempt: {
                                /** Format: date-time */
                                createdAt: string;
                                finishedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Right answers; null until finished. */
                                score: number | null;
                                topic: string | null;
                                /** @description Questions in the attempt. */
                                total: number;
                                week: string | null;
                            };
                            /** @description One per question sent; a question answered before keeps (and shows) its first answer. */
                            results: {
                                answer: {
                                    /** @description short: every accepted answer. */
                                    accepted?: string[];
                                    options?: number[];
                                    order?: number[];
                                    text?: string;
                                    unit?: string;
                                    value?: boolean | number;
                                };
                                correct: boolean;
                                /** @description Markdown: why the right answer is right. */
                                explanation: string;
                                /** @description ordering: the items in the right order. */
                                items?: {
                                    /** @description Send this id back in the answer. */
                                    id: number;
                                    text: string;
                                }[];
                                /** @description In the order they were shown. */
                                options?: {
                                    correct: boolean;
                                    id: number;
                                    text: string;
                                    /** @description Why this option is right or wrong. */
                                    why?: string;
                                }[];
                                question: string;
                                references: {
                                    title: string;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                /** @description Exactly one field, the one the question kind takes. */
                                response: {
                                    /** @description single (one id), multiple (every id you choose), code-output with options (one id). */
                                    options?: number[];
                                    /** @description ordering: every item id, first to last. */
                                    order?: number[];
                                    /** @description short: your answer; code-output: what it prints. */
                                    text?: string;
                                    /** @description true-false: a boolean; numeric: a number. */
                                    value?: boolean | number;
                                };
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quizzes/topics/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A topic's quiz, without answers (and your best score on it when signed in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Topic slug. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Your best finished attempt of this topic (signed in). */
                            best?: {
                                percent: number;
                                score: number;
                                total: number;
                            } | null;
                            /** @description Without answers; options and items in a fixed shuffled order. */
                            questions: {
                                /** @description code-output: the snippet. */
                                code?: string;
                                concept: string;
                                difficulty: number;
                                /** @description Stable question id. */
                                id: string;
                                /** @description ordering: the items, shuffled. */
                                items?: {
                                    /** @description Send this id back in the answer. */
                                    id: number;
                                    text: string;
                                }[];
                                /**
                                 * @description single, multiple, true-false, ordering, numeric, short or code-output.
                                 * @enum {unknown}
                                 */
                                kind: "single" | "multiple" | "true-false" | "ordering" | "numeric" | "short" | "code-output";
                                /** @enum {unknown} */
                                language?: "python" | "javascript";
                                /** @description single, multiple, code-output with a choice: in the order to show. */
                                options?: {
                                    /** @description Send this id back in the answer. */
                                    id: number;
                                    text: string;
                                }[];
                                /** @description Markdown. */
                                prompt: string;
                                topic: string;
                                /** @description numeric: shown after the input. */
                                unit?: string;
                            }[];
                            scope: "topic" | "week";
                            slug: string;
                            title: string;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quizzes/weeks/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A week's quiz (every question of its topics), without answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Week slug. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Your best finished attempt of this topic (signed in). */
                            best?: {
                                percent: number;
                                score: number;
                                total: number;
                            } | null;
                            /** @description Without answers; options and items in a fixed shuffled order. */
                            questions: {
                                /** @description code-output: the snippet. */
                                code?: string;
                                concept: string;
                                difficulty: number;
                                /** @description Stable question id. */
                                id: string;
                                /** @description ordering: the items, shuffled. */
                                items?: {
                                    /** @description Send this id back in the answer. */
                                    id: number;
                                    text: string;
                                }[];
                                /**
                                 * @description single, multiple, true-false, ordering, numeric, short or code-output.
                                 * @enum {unknown}
                                 */
                                kind: "single" | "multiple" | "true-false" | "ordering" | "numeric" | "short" | "code-output";
                                /** @enum {unknown} */
                                language?: "python" | "javascript";
                                /** @description single, multiple, code-output with a choice: in the order to show. */
                                options?: {
                                    /** @description Send this id back in the answer. */
                                    id: number;
                                    text: string;
                                }[];
                                /** @description Markdown. */
                                prompt: string;
                                topic: string;
                                /** @description numeric: shown after the input. */
                                unit?: string;
                            }[];
                            scope: "topic" | "week";
                            slug: string;
                            title: string;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roadmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole roadmap: sessions → weeks → bullets → topics, with your progress when signed in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completion: {
                                done: number;
                                learning: number;
                                /** @description done / (total − skipped), 0-100. */
                                percent: number;
                                skipped: number;
                                total: number;
                            };
                            sessions: {
                                completion: {
                                    done: number;
                                    learning: number;
                                    /** @description done / (total − skipped), 0-100. */
                                    percent: number;
                                    skipped: number;
                                    total: number;
                                };
                                label: string;
                                slug: string;
                                summary: string;
                                title: string;
                                weeks: {
                                    bullets: {
                                        /** @description The curriculum bullet as written. */
                                        text: string;
                                        topics: {
                                            /** @description A topic beyond the roadmap's bullets, added by Winter Arc. */
                                            extra: boolean;
                                            hasNote: boolean;
                                            slug: string;
                                            /** @description todo, learning, done or skipped. */
                                            status: "todo" | "learning" | "done" | "skipped";
                                            title: string;
                                            /** @description Your progress version (0 = untouched): send it as If-Match to change this topic. */
                                            version: number;
                                        }[];
                                    }[];
                                    completion: {
                                        done: number;
                                        learning: number;
                                        /** @description done / (total − skipped), 0-100. */
                                        percent: number;
                                        skipped: number;
                                        total: number;
                                    };
                                    label: string;
                                    slug: string;
                                    summary: string;
                                    title: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roadmap/topics/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One topic in full: explanation, objectives, tags, and your progress when signed in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Topic slug. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bulletText: string;
                            /** @description Markdown: paragraphs, lists, code blocks. */
                            explanation: string;
                            /** @description A topic beyond the roadmap's bullets, added by Winter Arc. */
                            extra: boolean;
                            objectives: string[];
                            progress?: {
                                note: string;
                                /** @description todo, learning, done or skipped. */
                                status: "todo" | "learning" | "done" | "skipped";
                                updatedAt: string | null;
                                /** @description Also sent as the ETag; 0 = never changed. */
                                version: number;
                            };
                            /** @description Primary sources, in reading order. */
                            references: {
                                /** @description What to read there: the section, or the question it answers. */
                                read: string;
                                title: string;
                                /**
                                 * Format: uri
                                 * @description Always https.
                                 */
                                url: string;
                            }[];
                            /** @description The day the text was last checked against its sources; null = not reviewed yet. */
                            reviewedOn: string | null;
                            slug: string;
                            tags: string[];
                            title: string;
                            /** @description The software versions the text was checked against, e.g. "PostgreSQL 18". */
                            versions: string[];
                            weekSlug: string;
                            weekTitle: string;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roadmap/topics/{slug}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your status and note on a topic; the ETag is the version to send in If-Match */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Topic slug. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: string;
                            /** @description todo, learning, done or skipped. */
                            status: "todo" | "learning" | "done" | "skipped";
                            updatedAt: string | null;
                            /** @description Also sent as the ETag; 0 = never changed. */
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your status and/or note on a topic
         * @description Send `If-Match` with the ETag you last read to make sure you do not overwrite a change made elsewhere (another tab or device): a stale ETag gets 412. Without If-Match the change is applied as is.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    /** @description Topic slug. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Markdown, up to 20,000 characters. */
                        note?: string;
                        /** @description todo, learning, done or skipped. */
                        status?: "todo" | "learning" | "done" | "skipped";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: string;
                            /** @description todo, learning, done or skipped. */
                            status: "todo" | "learning" | "done" | "skipped";
                            updatedAt: string | null;
                            /** @description Also sent as the ETag; 0 = never changed. */
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your submissions, newest first (admins: anyone’s, with `user`) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page's `nextCursor`. */
                    cursor?: string;
                    /** @description Created at or after. */
                    from?: string;
                    language?: "python" | "javascript" | "typescript" | "c" | "cpp" | "java";
                    /** @description Rows per page. */
                    limit?: number;
                    /** @description Problem slug. */
                    problem?: string;
                    /** @description Created before. */
                    to?: string;
                    /** @description Someone else's (admins only). */
                    user?: string;
                    verdict?: "AC" | "WA" | "TLE" | "MLE" | "RE" | "OLE" | "CE" | "IE";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                author: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                judgedAt: string | null;
                                language: string;
                                mode: string;
                                problem: string;
                                score: number | null;
                                status: string;
                                verdict: string | null;
                            }[];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit a program to be judged
         * @description Stores the submission and answers at once; follow `statusUrl` or the WebSocket at /api/v1/ws for the verdict.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique token per submission; a retry with the same key returns the first one. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Run mode on a stdio problem: your own standard input instead of the samples. */
                        input?: string;
                        /** @enum {unknown} */
                        language: "python" | "javascript" | "typescript" | "c" | "cpp" | "java";
                        /**
                         * @description `submit`: every test, the verdict counts. `run`: the samples only, or `input` if given.
                         * @default submit
                         */
                        mode?: "run" | "submit";
                        /** @description Problem slug. */
                        problem: string;
                        /** @description The program; at most 256 KiB. */
                        source: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            status: "queued" | "judging" | "done";
                            statusUrl: string;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One submission: its state, verdict and per-test results */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compileMs: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            delayed: {
                                reason: string;
                                /** Format: date-time */
                                since: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            judgedAt: string | null;
                            language: string;
                            maxScore: number | null;
                            message: string | null;
                            /** @enum {unknown} */
                            mode: "run" | "submit";
                            output: string | null;
                            problem: string;
                            queuePosition: number | null;
                            score: number | null;
                            /** @enum {unknown} */
                            status: "queued" | "judging" | "done";
                            tests: {
                                actual?: string;
                                expected?: string;
                                input?: string;
                                memoryKb: number;
                                message: string | null;
                                name: string;
                                sample: boolean;
                                timeMs: number;
                                /** @enum {unknown} */
                                verdict: "AC" | "WA" | "TLE" | "MLE" | "RE" | "OLE" | "CE" | "IE";
                            }[];
                            testsRun: number | null;
                            testsTotal: number | null;
                            verdict: ("AC" | "WA" | "TLE" | "MLE" | "RE" | "OLE" | "CE" | "IE") | null;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All accounts, paged (admin) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page's `nextCursor`. */
                    cursor?: string;
                    direction?: "asc" | "desc";
                    /** @description Part of the email, any case. */
                    email?: string;
                    /** @description Rows per page. */
                    limit?: number;
                    role?: "learner" | "admin";
                    sort?: "createdAt" | "email";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
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
         * Delete an account and all its data (admin)
         * @description Cannot be undone. The last enabled admin cannot be deleted (409).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change an account: role (promote, demote), disabled (admin)
         * @description Takes effect on the account's very next request: a demoted admin loses admin at once; disabling ends every session. The last enabled admin cannot be demoted or disabled (409).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true ends every session of the account and refuses its sign-ins. */
                        disabled?: boolean;
                        role?: "learner" | "admin";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete your account and all its data (progress, notes, submissions); needs your password
         * @description Cannot be undone. Every session of the account ends at once. An admin who is the last enabled admin gets 409.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Your current password: deleting the account cannot be undone. */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change your settings: display name, anonymity in public lists */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true: public lists show "Anonymous" instead of your name. */
                        anonymous?: boolean;
                        /** @description Shown to you, and in public lists unless you are anonymous; 1-80 characters. */
                        displayName?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password; every other session of your account ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        /** @description 10 to 256 characters, not common, breached or about you; a passphrase is best. */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text format) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database and other dependencies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                error?: string;
                                name: string;
                                ok: boolean;
                            }[];
                            status: "ready" | "degraded" | "unready";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                error?: string;
                                name: string;
                                ok: boolean;
                            }[];
                            status: "ready" | "degraded" | "unready";
                        };
                    };
                };
            };
        };
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
        /** @description RFC 9457 problem document. */
        Problem: {
            /** @description What went wrong and what to do, for a person. */
            detail: string;
            errors?: {
                field: string;
                in: string;
                message: string;
            }[];
            /** @description The request id; quote it when reporting a problem. */
            instance: string;
            retryAfterSeconds?: number;
            status: number;
            title: string;
            /** @description Stable URN naming the kind of problem; branch on this. */
            type: string;
        } & {
            [key: string]: unknown;
        };
        User: {
            /** @description Public lists (a problem's accepted submissions) show "Anonymous" instead of the name. */
            anonymous: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description An admin disabled the account: it cannot sign in. */
            disabled: boolean;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            role: "learner" | "admin";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
