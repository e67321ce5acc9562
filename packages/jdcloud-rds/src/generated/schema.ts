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
    "/v1/regions/{regionId}/instances/{instanceId}/log:describeLogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the log files of an instance (describeLogs)
         * @description Returns one page of the log files JD Cloud RDS keeps for an instance (获取日志文件列表): each
         *     with its ID, name, size in bytes and last-modified time, optionally with download links.
         *     `result.logs[].id` is the `{logId}` of `updateLogDownloadURLInternal`. Transcribed from
         *     `source/jdcloud-rds-describeLogs.md`. The documents say it supports PostgreSQL, MySQL,
         *     Percona and MariaDB (unknown 11: the English title says "of PostgreSQL" in the same sentence;
         *     loglink decision: no engine check on the client).
         *
         *     loglink decision: as for `updateLogDownloadURLInternal`, the custom-method colon is sent and
         *     signed percent-encoded, as the official JS and Go SDKs send it:
         *     `/v1/regions/cn-north-1/instances/mysql-k67q8n46si/log%3AdescribeLogs`.
         *
         *     loglink decision (sheet, unknown 9, `publicURL`/`internalURL` in the list): when a listed log
         *     carries a non-empty link, the `loglink` facade uses it as it is (no extra call, and it works
         *     for every engine this operation lists); only for a log without one does it call
         *     `updateLogDownloadURLInternal`, which is documented for PostgreSQL only (unknown 10). A failure
         *     of that call for an instance that is not PostgreSQL says so in its message.
         *
         *     loglink decision (unknown 12, error codes): only 200 is documented; errors use JD Cloud's common
         *     envelope and statuses, as for `updateLogDownloadURLInternal`.
         *
         *     Unknown 13 (the docs.jdcloud.com page was not in the sheet's corpus) needs no decision.
         */
        get: operations["describeLogs"];
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
        /** @description One filter of `describeLogs` (JD Cloud common `Filter`). */
        Filter: {
            /**
             * @description Attribute to filter on; `logType` is the only one this operation documents.
             * @example logType
             */
            name: string;
            /**
             * @description Comparison, default `eq` (the only documented one). Sent only when given.
             * @example eq
             */
            operator?: string;
            /**
             * @description Values to match.
             *     loglink decision: at least one (the JS SDK would silently drop a filter without values).
             * @example [
             *       "SLOW_LOG"
             *     ]
             */
            values: string[];
        };
        /** @description Successful answer of `describeLogs`. */
        DescribeLogsResponse: {
            /** @description ID of the request, present on every JD answer. */
            requestId?: string;
            result?: components["schemas"]["DescribeLogsResult"];
        };
        /** @description One page of log files. */
        DescribeLogsResult: {
            /** @description The files on this page. */
            logs?: components["schemas"]["Log"][];
            /**
             * @deprecated
             * @description The files on this page, under the name older editions used.
             *
             *     loglink decision (sheet, unknown 1): the CN/EN docs before the `filters` parameter, Go SDK
             *     1.1.3 and an older Java model call the list `dbInstances`; newer sources `logs`. Both are
             *     modelled, and the paginator reads `logs`, else `dbInstances`.
             */
            dbInstances?: components["schemas"]["Log"][];
            /**
             * @description Total number of files, across all pages.
             *     loglink decision: the paginator stops once its pages have covered `totalCount`; without
             *     it, after a page shorter than the page size.
             */
            totalCount?: number;
        };
        /**
         * @description One log file. loglink decision: every field is optional, as in the SDK models (Go
         *     "(Optional)", Python `None` defaults).
         */
        Log: {
            /**
             * @description ID of the log file: the `{logId}` of `updateLogDownloadURLInternal`.
             *
             *     loglink decision (sheet, unknown 2): a string in the current docs and SDKs, an integer in
             *     older ones; both are accepted and the facade treats the id as an opaque string
             *     (`String(id)`). Its format depends on the engine (a bare UUID for MySQL,
             *     `postgresql-<uuid>` for PostgreSQL).
             */
            id?: string | number;
            /** @description File name, e.g. `mysql-slowlog-20200108_1054.log`. */
            name?: string;
            /**
             * @description File size in bytes.
             *     loglink decision (sheet, unknown 8): Java models it as a 32-bit `Integer`; loglink sets no
             *     upper bound and uses any non-negative safe integer.
             */
            sizeByte?: number;
            /**
             * @description When the log was last modified, e.g. `2020-01-08T10:54:28` (no zone).
             *
             *     loglink decision (sheet, unknown 7): no format or zone is documented. A time without an
             *     offset is read as China Standard Time (UTC+08:00): JD names log files by the same clock
             *     (`mysql-slowlog-20200108_1054.log` was modified at 10:54:28), and the link example's file
             *     `postgresql-20200108_1100.log` was signed at `20200108T031319Z`, 11:13 at UTC+08:00. A time
             *     with `Z` or an offset is read as given.
             */
            lastModified?: string;
            /**
             * @description Download link over the public network; absent from the documented example.
             *     loglink decision: an opaque string; a missing or empty value means "no link listed".
             */
            publicURL?: string;
            /** @description Download link over JD Cloud's internal network; as for `publicURL`. */
            internalURL?: string;
            /**
             * @description Type of the log. loglink decision (sheet, unknown 6): only Python SDK 1.6.291 has it;
             *     optional, passed on as received.
             */
            logType?: string;
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
    describeLogs: {
        parameters: {
            query?: {
                /**
                 * @description Page to return, default 1; `-1` returns every page at once.
                 *
                 *     loglink decision (sheet, unknown 4): older text says a number past the last page yields the
                 *     last page, newer SDK text says nothing. The paginator never asks past `totalCount`, and a
                 *     page equal to the one before ends it with `PaginationError` instead of repeating files.
                 *     With `-1` it makes one request. How `-1` combines with `pageSize` is undocumented.
                 */
                pageNumber?: number;
                /**
                 * @description Entries per page, 10 to 100.
                 *
                 *     loglink decision (sheet, unknown 3): the default is 100 per the docs, the JS and the Go SDK,
                 *     and 10 per Python SDK 1.6.291. The range is the same everywhere and is enforced before
                 *     sending; the paginator always sends its page size (100 unless told otherwise), so the
                 *     default does not matter.
                 */
                pageSize?: number;
                /**
                 * @description Filters, combined with AND. The only documented attribute is `logType`, the only operator
                 *     `eq`; the docs limit it to MySQL, Percona and MariaDB.
                 *
                 *     Not JSON on the wire: the official SDKs (JS `Service.buildFilterParam`, Go
                 *     `ParameterBuilder`, Python `parameterbuilder`) flatten it with 1-based indices:
                 *     `filters.{i}.name=<name>`, `filters.{i}.values.{j}=<value>` (one per value, j = 1, 2, …) and
                 *     `filters.{i}.operator=<op>` only when an operator is given.
                 *
                 *     loglink decision: encoded exactly so, in that order (name, values, operator). jdcloud-sdk-js
                 *     silently skips a filter with an empty `values` list and numbers the rest on; loglink refuses
                 *     it with `InvalidParameterError` instead, because skipping it would list every log when the
                 *     caller asked for a filtered list.
                 *
                 *     loglink decision (sheet, unknowns 5 and 6): filter names and values are not enums (Python
                 *     1.6.291 lists `ERROR_LOG`, `SLOW_LOG`, `AUDIT_LOG`, unverified); the service decides.
                 */
                filters?: components["schemas"]["Filter"][];
            };
            header?: never;
            path: {
                /**
                 * @description Region code of the instance, e.g. `cn-north-1`; also the region of the signature scope.
                 *     loglink decision: validated by pattern, as for `updateLogDownloadURLInternal`.
                 */
                regionId: string;
                /**
                 * @description RDS instance ID, e.g. `mysql-k67q8n46si` or `pg-x2fyuzvwak`.
                 *     loglink decision: no format is documented; as for `updateLogDownloadURLInternal`, only
                 *     path safety (non-empty, no `/`, not `.` or `..`).
                 */
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. One page of log files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeLogsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description The instance does not exist.
             *     loglink decision: not listed by the sheet's sources (only 200 is); the example is the
             *     sheet's constructed one, whose `status` string is a guess.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JdcloudError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["OtherError"];
        };
    };
}
