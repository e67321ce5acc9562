/**
 * generated — do not edit. Produced by tools/codegen from specs/jdcloud-rds/openapi.yaml;
 * run `pnpm generate` after changing the spec.
 */
export interface paths {
    "/v1/regions/{regionId}/instances/{instanceId}/log/{logId}:updateLogDownloadURLInternal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the expiration time of a log file's download links and generate them again
         * @description Sets the expiration time (`seconds`) of the download links of one log file of an RDS
         *     instance and generates the log file's download links again. The answer carries a
         *     public-network link and an intranet link.
         *
         *     The document describes the links as PostgreSQL log links.
         *     loglink decision: the engine is not checked on the client side; the service decides.
         *
         *     loglink decision: the path keeps the literal custom-method colon; it is sent and signed
         *     percent-encoded: `/v1/regions/cn-north-1/instances/pg-x2fyuzvwak/log/postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833%3AupdateLogDownloadURLInternal`.
         *     Every path segment is strictly percent-encoded (only `A-Z a-z 0-9 - _ . ~` stay literal).
         *
         *     loglink decision: `seconds` travels in the JSON body `{"seconds": N}` (the document does not
         *     say where; JD's POST convention, the JS SDK and the signing vector agree on the body).
         */
        post: operations["updateLogDownloadURLInternal"];
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
        /** @description JSON request body of `updateLogDownloadURLInternal`. */
        UpdateLogDownloadURLInternalRequest: {
            /**
             * @description Expiration time of the link addresses, in seconds.
             *     loglink decision: the document says "the maximum time cannot exceed the value range of
             *     1 ~ 86400 seconds"; loglink reads it as 1 to 86400 inclusive (one day). Required, no
             *     default.
             * @example 3600
             */
            seconds: number;
        };
        /** @description Successful answer of `updateLogDownloadURLInternal`. */
        UpdateLogDownloadURLInternalResponse: {
            /**
             * @description ID of the request, for JD Cloud support.
             *     loglink decision: the document's return-parameter table lists only `result`, but its
             *     return example and every JD SDK carry `requestId`; it is modelled as optional.
             * @example bpakhjtwfufuv5abu59fc9tbp77mj0v5
             */
            requestId?: string;
            result: components["schemas"]["LogDownloadURLResult"];
        };
        /** @description The regenerated download links of the log file. */
        LogDownloadURLResult: {
            /**
             * @description Public network download link (a pre-signed object-storage URL valid for `seconds`
             *     seconds).
             *     loglink decision: an opaque string, not `format: uri`: the documented example has an
             *     empty `X-Amz-Signature=` and uses plain `http://`, and JD's sibling log APIs return an
             *     empty string when no link is available. loglink treats a missing or empty value as "no
             *     public link" and passes any other value on unchanged.
             * @example http://s3.cn-north-1.jcloudcs.com/jddbpgsql/f7a5d144-fca1-4350-b3c5-1334c4d569b7/logupload/c30fc69d-48e1-43e0-b76c-3378dad25f9c/749f61ab-d4f3-4e66-946e-d8d2357a414b/postgresql-20200108_1100.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=11933B95E91AC3B8EB3C687BEFB3DFA3%2F20200108%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20200108T031319Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=
             */
            publicURL?: string;
            /**
             * @description Intranet download link (reachable from inside JD Cloud), valid for `seconds` seconds.
             *     loglink decision: as for `publicURL`, an opaque string; missing or empty means "no
             *     intranet link". The document's example shows the same URL in both fields; loglink keeps
             *     them apart as returned.
             * @example http://s3.cn-north-1.jcloudcs.com/jddbpgsql/f7a5d144-fca1-4350-b3c5-1334c4d569b7/logupload/c30fc69d-48e1-43e0-b76c-3378dad25f9c/749f61ab-d4f3-4e66-946e-d8d2357a414b/postgresql-20200108_1100.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=11933B95E91AC3B8EB3C687BEFB3DFA3%2F20200108%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20200108T031319Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=
             */
            internalURL?: string;
        };
        /**
         * @description JD Cloud's error envelope (all JD OpenAPI services).
         *     loglink decision: the document lists no error answer; the envelope is taken from the
         *     official SDKs (Go `core.ErrorResponse`, Python `ErrorResponse(status, code, message)`).
         */
        JdcloudError: {
            /** @description ID of the failed request, for JD Cloud support. */
            requestId?: string;
            error: components["schemas"]["JdcloudErrorDetail"];
        };
        JdcloudErrorDetail: {
            /**
             * @description The HTTP status code of the error, repeated in the body (e.g. 400).
             * @example 400
             */
            code: number;
            /**
             * @description Symbolic error code from JD Cloud's common error-code table, e.g. `INVALID_ARGUMENT`,
             *     `OUT_OF_RANGE`, `UNAUTHENTICATED`, `HTTP_FORBIDDEN`, `NOT_FOUND`,
             *     `RESOURCE_NOT_EXIST`, `FAILED_PRECONDITION`, `QUOTA_EXCEEDED`, `RATE_LIMIT_EXCEEDED`,
             *     `INTERNAL`, `UNKNOWN`, `UNAVAILABLE`, `DEADLINE_EXCEEDED`.
             *     loglink decision: not an enum; services add their own codes.
             * @example INVALID_ARGUMENT
             */
            status: string;
            /** @description Human-readable description of the error. */
            message: string;
        };
    };
    responses: {
        /**
         * @description Invalid argument (JD `status` e.g. `INVALID_ARGUMENT`, `OUT_OF_RANGE`,
         *     `ARGUMENT_NOT_FOUND`, `FAILED_PRECONDITION`).
         *     loglink decision: not listed by the document (it lists only 200); described from JD Cloud's
         *     common error-code table.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JdcloudError"];
            };
        };
        /**
         * @description Authentication failed, e.g. a wrong signature or an unknown AK (JD `status`
         *     `UNAUTHENTICATED`).
         *     loglink decision: not listed by the document; described from JD Cloud's common error-code
         *     table.
         */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JdcloudError"];
            };
        };
        /**
         * @description The caller lacks the permission for the resource (JD `status` e.g. `HTTP_FORBIDDEN`).
         *     loglink decision: not listed by the document; described from JD Cloud's common error-code
         *     table.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JdcloudError"];
            };
        };
        /**
         * @description The instance or the log file does not exist (JD `status` e.g. `NOT_FOUND`,
         *     `RESOURCE_NOT_EXIST`).
         *     loglink decision: not listed by the document; described from JD Cloud's common error-code
         *     table.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JdcloudError"];
            };
        };
        /**
         * @description Rate limit or quota exceeded (JD `status` `RATE_LIMIT_EXCEEDED` or `QUOTA_EXCEEDED`).
         *     loglink decision: not listed by the document; described from JD Cloud's common error-code
         *     table. Retryable after a delay.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JdcloudError"];
            };
        };
        /**
         * @description Internal error of the service (JD `status` `INTERNAL` or `UNKNOWN`).
         *     loglink decision: not listed by the document; described from JD Cloud's common error-code
         *     table. Retryable.
         */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JdcloudError"];
            };
        };
        /**
         * @description The service is temporarily unavailable (JD `status` `UNAVAILABLE`).
         *     loglink decision: not listed by the document; described from JD Cloud's common error-code
         *     table. Retryable.
         */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JdcloudError"];
            };
        };
        /**
         * @description Any other error status (e.g. 409 `ABORTED`/`CONFLICT`, 499 `CANCELLED`, 501
         *     `NOT_IMPLEMENTED`, 502 `SOURCE_UNAVAILABLE`, 504 `DEADLINE_EXCEEDED`), in the same
         *     envelope.
         *     loglink decision: not listed by the document; described from JD Cloud's common error-code
         *     table.
         */
        OtherError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JdcloudError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    updateLogDownloadURLInternal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Region code of the instance, e.g. `cn-north-1`. It is also the region of the AK/SK
                 *     signature scope (credential `<AK>/<yyyymmdd>/<regionId>/rds/jdcloud2_request`).
                 *     Known RDS regions (JD Cloud RDS region table): `cn-north-1` (North China – Beijing),
                 *     `cn-east-1` (East China – Suqian), `cn-east-2` (East China – Shanghai),
                 *     `cn-south-1` (South China – Guangzhou).
                 *     loglink decision: validated by pattern, not by enum, because JD opens new regions; the
                 *     document only links to a region table that is not part of it.
                 */
                regionId: string;
                /**
                 * @description RDS instance ID, the unique identifier of one RDS instance (e.g. `pg-x2fyuzvwak`,
                 *     `mysql-k67q8n46si`).
                 *     loglink decision: neither the document nor the SDKs state a format; loglink only
                 *     requires a non-empty value without `/` that is not `.` or `..`, because the value
                 *     becomes one path segment (the JS SDK would turn a `/` into a real path separator).
                 */
                instanceId: string;
                /**
                 * @description Log file ID, as listed by `describeLogs` (the document's example:
                 *     `postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833`; `describeLogs` examples show bare
                 *     UUIDs).
                 *     loglink decision: no format is imposed beyond path safety (non-empty, no `/`, not `.` or
                 *     `..`); the `:updateLogDownloadURLInternal` suffix follows it directly and is sent as
                 *     `%3AupdateLogDownloadURLInternal`.
                 */
                logId: string;
            };
            cookie?: never;
        };
        /**
         * @description loglink decision: the document's "Request Parameter" table (`seconds`) is sent as this
         *     JSON body; nothing else is sent in it.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLogDownloadURLInternalRequest"];
            };
        };
        responses: {
            /** @description OK. The links were generated again with the requested expiration time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateLogDownloadURLInternalResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["OtherError"];
        };
    };
}
