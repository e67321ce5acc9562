/**
 * generated — do not edit. Produced by tools/codegen from specs/huawei-dcs/openapi.yaml;
 * run `pnpm generate` after changing the spec.
 */
export interface paths {
    "/v2/{project_id}/instances/{instance_id}/redislog/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain the download link of a run log
         * @description This API is used to obtain the link for downloading logs (获取日志下载链接).
         *
         *     The request has no body ("Request Parameters: None" / 请求参数：无). loglink decision: it is sent
         *     as a `POST` without a body. The response `link` is a temporary, presigned OBS URL. Both editions
         *     say its default validity is 24 hours. Use it as received, and ask for a new one when it stops
         *     working.
         *
         *     Example request, English edition (verbatim):
         *
         *     ```
         *     POST https://{dcs_endpoint}/v2/0524e839a54847039e9b2b46e8aa788a/instances/5c597ce5-9823-48aa-bf4d-2defb9385b4a/redislog/3ea6ce21-048e-447a-83c3-3fb004b88439/links
         *     ```
         *
         *     Example request, Chinese edition (verbatim):
         *
         *     ```
         *     POST https://dcs.cn-south-1.myhuaweicloud.com/v2/0524e839a54847039e9b2b46e8aa788a/instances/5c597ce5-9823-48aa-bf4d-2defb9385b4a/redislog/3ea6ce21-048e-447a-83c3-3fb004b88439/links
         *     ```
         *
         *     loglink decision: `{dcs_endpoint}` in the English example is the server
         *     `https://dcs.{region}.myhuaweicloud.com`.
         */
        post: operations["createRedislogDownloadLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/instances/{instance_id}/redislog": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID of the tenant in the region.
                 *
                 *     loglink decision: the sheets give no format (the OTC example uses a 36-character UUID, the
                 *     constructed one 32 hex digits). As for `createRedislogDownloadLink`, no pattern: only an
                 *     empty value and what would change the path are refused.
                 */
                project_id: string;
                /**
                 * @description ID of the DCS instance.
                 *
                 *     loglink decision: no format is documented; as for `createRedislogDownloadLink`, no pattern:
                 *     only an empty value and what would change the path are refused.
                 */
                instance_id: string;
            };
            cookie?: never;
        };
        /**
         * List the collected run logs of an instance (ListRedislog)
         * @description Lists, page by page, the run-log files that earlier `createRedislog` calls produced for one
         *     instance (查询Redis运行日志列表, "Listing Redis Run Logs"). Each entry's `id` is the `{id}` of
         *     `createRedislogDownloadLink`. Transcribed from `source/huawei-dcs-ListRedislog.md`.
         *
         *     Success is 200 with a page, or **204 with no body when no run-log file exists**.
         *
         *     loglink decision (sheet, unknown 5, "204 versus an empty 200"): a 204, a 200 without a body,
         *     a 200 with `total_num: 0` and a 200 with an empty or missing `file_list` all mean "no run
         *     logs". The client accepts any 2xx without a body for this operation.
         *
         *     loglink decision (unknown 6, order of `file_list`): undocumented; the paginator keeps the
         *     server's order, and callers that combine pages (the `loglink` facade) drop an entry whose `id`
         *     was already seen, so nothing is downloaded twice when paging shifts.
         *
         *     loglink decision (unknown 7, retention): entries expire after 7 days according to the user
         *     guide; nothing in loglink depends on it.
         *
         *     Documented request (OTC reference, restated in the sheet; verbatim):
         *
         *     ```
         *     GET https://{dcs_endpoint}/v2/a4d31cb6-3d72-4fdc-8ec9-6e3a41e47f71/instances/5560df16-cebf-4473-95c4-d1b573c16e79/redislog?log_type=run&offset=1&limit=10
         *     ```
         */
        get: operations["listRedislog"];
        put?: never;
        /**
         * Collect the run logs of the last 0, 1, 3 or 7 days (CreateRedislog)
         * @description Starts collecting Redis run logs of one instance, or of one replica of it (采集Redis运行日志,
         *     "Collecting Redis Run Logs"): one file per day of the chosen period, kept 7 days. Transcribed
         *     from `source/huawei-dcs-CreateRedislog.md`. The request has no body.
         *
         *     Success is **204 with no body**: the collection was accepted, not finished. There is no task
         *     id; the files appear later in `listRedislog`.
         *
         *     loglink decision (sheet, unknown 6, success code): only 204 is documented; the client accepts
         *     any 2xx without a body and resolves with nothing once the API has accepted the collection.
         *
         *     loglink decision (unknown 4, completion): there is no way to learn when the collection is done
         *     but to poll `listRedislog`. The `loglink` facade (`collect`) lists the entries before
         *     collecting and then waits, bounded by `maxWaitMs`, until entries that were not listed before
         *     appear and all of them are ready.
         *
         *     loglink decision (unknown 5, repeat calls): undocumented whether a second collection of the
         *     same days replaces, duplicates or is refused. loglink sends what it is asked to and passes a
         *     refusal on as the API's error; the facade counts only entries that were not listed before as
         *     the new collection's.
         *
         *     loglink decision (unknown 7, engine support): only Redis 4.0 and later have run logs (user
         *     guide); the error for other engines is undocumented and passed on unchanged.
         *
         *     Unknowns 8 and 9 (the Chinese edition was not cross-checked; no operation-specific headers
         *     on any edition) need no decision: no header parameter is modelled. Like the Node SDK, loglink
         *     sends `Content-Type: application/json` although there is no body.
         *
         *     Documented request (OTC reference, restated in the sheet; verbatim):
         *
         *     ```
         *     POST https://{dcs_endpoint}/v2/a4d31cb6-3d72-4fdc-8ec9-6e3a41e47f71/instances/5560df16-cebf-4473-95c4-d1b573c16e79/redislog?log_type=run&query_time=7
         *     ```
         */
        post: operations["createRedislog"];
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
         * @description Response body of status 200 (响应Body参数).
         *
         *     loglink decision: every field is optional, as in the official SDK models. The Chinese example
         *     has no `id`, and older regions answer without `backup_id`. Fields that are not listed are
         *     allowed, because the DCS overview asks clients to ignore unknown response parameters.
         */
        RunlogLinkResponse: {
            /**
             * @description Log ID. (日志id)
             *
             *     loglink decision: optional. The Chinese edition's example leaves it out.
             */
            id?: string;
            /**
             * @description Background task ID. (Listed only in the English edition's table. The Chinese table lacks
             *     it, but the Chinese example returns it.)
             *
             *     loglink decision: optional. Older regions do not return it. In both examples it equals the
             *     log `id`, and loglink gives it no further meaning.
             */
            backup_id?: string;
            /**
             * @description Log download link. The default validity period is 24 hours. (日志下载链接，默认有效时间为24小时)
             *
             *     loglink decision: an opaque, presigned OBS URL, used exactly as received: not re-encoded, not
             *     rewritten to another region, with its `:443` port kept. There is no `format: uri`, because
             *     the English example contains the placeholder `{obs_endpoint}`. The response has no expiry
             *     field and the request cannot change the "default" validity, so treat the link as valid for
             *     at most 24 hours from the call and request a new one when it fails.
             */
            link?: string;
        };
        /**
         * @description Error body of statuses 400, 401, 403, 404 and 500 (响应Body参数). Error codes: see the DCS
         *     document "Error Codes".
         *
         *     loglink decision: `error_code` and `error_msg` are required, because every Huawei Cloud service
         *     and API gateway error carries both. Other fields (for example the gateway's `request_id`) are
         *     allowed.
         */
        ErrorResponse: {
            /**
             * @description Error message. Maximum: 1024 (错误信息，最大长度：1024)
             *
             *     loglink decision: the English edition's "Maximum" means maximum length, as the Chinese
             *     edition says.
             */
            error_msg: string;
            /**
             * @description Error code. Maximum: 9 (错误码，最大长度：9)
             *
             *     loglink decision: the English edition's "Maximum: 9" (a numeric maximum on a string) is a
             *     length, per the Chinese edition's 最大长度. loglink does not enforce it: DCS codes such as
             *     `DCS.4919` fit, but API gateway codes such as `APIGW.0301` (10 characters) arrive in the same
             *     envelope.
             */
            error_code: string;
            /**
             * @description Extended error information. This parameter is not used currently and is set to null.
             *     Maximum: 1024 (扩展错误信息(暂未使用，赋值为null)，最大长度：1024)
             *
             *     loglink decision: typed String but documented as null, so both are accepted. It is optional.
             */
            error_ext_msg?: string | null;
        };
        /**
         * @description Response body of `listRedislog` status 200: one page of run-log entries.
         *
         *     loglink decision: every field is optional, as in the official SDK models (Node `?:`, Go
         *     pointers with `omitempty`); unlisted fields are allowed.
         */
        ListRedislogResponse: {
            /**
             * @description Total number of run-log entries, across all pages.
             *
             *     loglink decision: the paginator stops once it has moved past `total_num` entries; without
             *     it, after a page shorter than the page size.
             */
            total_num?: number;
            /** @description The entries of this page. */
            file_list?: components["schemas"]["RunlogItem"][];
        };
        /**
         * @description One run-log entry: which shard and replica it came from, the day it covers, its file name and
         *     its state.
         *
         *     loglink decision: every field is optional, as in the SDK models.
         */
        RunlogItem: {
            /** @description Unique ID of the run-log entry: the `{id}` of `createRedislogDownloadLink`. */
            id?: string;
            /** @description Name of the log file, e.g. `redis_192.168.0.142_2021-04-16.log`. */
            file_name?: string;
            /** @description Name of the shard, e.g. `group-0`. */
            group_name?: string;
            /** @description IP of the replica the log was collected from. */
            replication_ip?: string;
            /**
             * @description State of the entry. No value list is documented; the only example is `succeed`.
             *
             *     loglink decision (sheet, ListRedislog unknown 1): not an enum. The `loglink` facade
             *     compares case-insensitively: `succeed` or `success` (or no status at all) is ready; a value
             *     containing `fail` has failed; anything else is still being prepared.
             */
            status?: string;
            /**
             * @description Date of the log, `yyyy-MM-dd`.
             *
             *     loglink decision (unknown 3): probably the day the log covers rather than the day it was
             *     collected (the example file name carries the same date); loglink derives no time from it.
             */
            time?: string;
            /**
             * @description ID of the log file; equals `id` in every example.
             *
             *     loglink decision (unknown 2): optional, because the 2022 edition and an older Go SDK model
             *     lack it. The link call takes `id` (the link page says "the ID from the run-log query"); the
             *     facade uses `backup_id` only for an entry that has no `id`.
             */
            backup_id?: string;
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
    createRedislogDownloadLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID. For details, see Obtaining a Project ID. (项目ID。)
                 *
                 *     loglink decision (issue 11): neither DCS edition nor the official models give a format, so
                 *     there is no pattern (the old `^[a-zA-Z0-9]{32}$` was borrowed from the TaurusDB document).
                 *     Only an empty value and what would change the path are refused. With AK/SK signing, the
                 *     same value is also sent as the `X-Project-Id` header.
                 */
                project_id: string;
                /**
                 * @description Instance ID. (实例ID。)
                 *
                 *     loglink decision (issue 11): no format is documented. The examples are UUIDs, for example
                 *     `5c597ce5-9823-48aa-bf4d-2defb9385b4a`, but no pattern is imposed (the old
                 *     `^[A-Za-z0-9-]+$` was guessed from them). Only an empty value and what would change the
                 *     path (`/`, `\`, `.`, `..`, control characters) are refused; every other character is
                 *     percent-encoded.
                 */
                instance_id: string;
                /**
                 * @description Unique ID of a log, which is obtained from the API used to query run logs.
                 *     (日志的唯一ID，来自于查询运行日志查询接口)
                 *
                 *     loglink decision (issue 11): no format is documented. The example is a UUID
                 *     (`3ea6ce21-048e-447a-83c3-3fb004b88439`); no pattern is imposed, as for `instance_id`.
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Log download link obtained successfully. (获取日志下载链接成功) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunlogLinkResponse"];
                };
            };
            /** @description Invalid request. (非法请求。) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid authentication information. (认证信息非法。) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request is rejected. (请求被拒绝访问。) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The requested resource is not found. (所请求的资源不存在。) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal service error. (内部服务错误。) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listRedislog: {
        parameters: {
            query: {
                /**
                 * @description Zero-based record offset, not a page number: with offset 3 the list starts at the 4th
                 *     record. Default 0 (stated only in the 2025 edition).
                 *
                 *     loglink decision: the paginator starts at the caller's `offset` (else 0) and moves on by
                 *     the number of entries each page returned.
                 */
                offset?: number;
                /**
                 * @description Number of records per page, 1–1000, default 10.
                 *
                 *     loglink decision (sheet, unknown 4): the range and default come from the 2025
                 *     my-kualalumpur-1 edition only; older editions and the SDKs state none. loglink enforces
                 *     1–1000 before sending, and its paginator sends the documented default 10 unless told
                 *     otherwise, a value every edition accepts.
                 */
                limit?: number;
                /**
                 * @description Log kind. Only Redis run logs (`run`) exist.
                 *
                 *     loglink decision: mandatory on the wire, as documented (the Node SDK throws without it);
                 *     the client sends `run` when the caller gives none.
                 */
                log_type: "run";
            };
            header?: never;
            path: {
                /**
                 * @description Project ID of the tenant in the region.
                 *
                 *     loglink decision: the sheets give no format (the OTC example uses a 36-character UUID, the
                 *     constructed one 32 hex digits). As for `createRedislogDownloadLink`, no pattern: only an
                 *     empty value and what would change the path are refused.
                 */
                project_id: string;
                /**
                 * @description ID of the DCS instance.
                 *
                 *     loglink decision: no format is documented; as for `createRedislogDownloadLink`, no pattern:
                 *     only an empty value and what would change the path are refused.
                 */
                instance_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The query worked and at least one run log exists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListRedislogResponse"];
                };
            };
            /**
             * @description The query worked and no run log exists; no body (documented by the OTC reference and the
             *     newer Huawei editions, absent from the 2022 and 2023 editions).
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid authentication information. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request is rejected. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The requested resource is not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal service error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createRedislog: {
        parameters: {
            query: {
                /**
                 * @description How many days back to collect: `0` today only, `7` the last seven days.
                 *
                 *     loglink decision (sheet, unknown 1): the current docs and the Node SDK from 3.1.59 on give
                 *     the enum 0, 1, 3, 7; older SDK text says "0–7". loglink enforces 0, 1, 3, 7 before sending,
                 *     so a value the current API documents as invalid is never sent.
                 *
                 *     loglink decision (unknown 2): the default is undocumented; without `query_time` nothing is
                 *     sent, as the SDKs do, and the service applies its own default.
                 */
                query_time?: 0 | 1 | 3 | 7;
                /**
                 * @description Log kind. Only Redis run logs (`run`) exist.
                 *
                 *     loglink decision: mandatory on the wire, as documented (the Node SDK throws without it);
                 *     the client sends `run` when the caller gives none.
                 */
                log_type: "run";
                /**
                 * @description Replica to collect from: the ID shown under "Shards and Replicas", in the API
                 *     `group_list[].replication_list[].replication_id` of `ListGroupReplicationInfo`.
                 *
                 *     loglink decision (sheet, unknown 3): the tables mark it optional, its own description says
                 *     it is required when the instance is not single-node. loglink keeps it optional, as the SDKs
                 *     do, and passes the service's error for a missing replica on unchanged.
                 */
                replication_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Project ID of the tenant in the region.
                 *
                 *     loglink decision: the sheets give no format (the OTC example uses a 36-character UUID, the
                 *     constructed one 32 hex digits). As for `createRedislogDownloadLink`, no pattern: only an
                 *     empty value and what would change the path are refused.
                 */
                project_id: string;
                /**
                 * @description ID of the DCS instance.
                 *
                 *     loglink decision: no format is documented; as for `createRedislogDownloadLink`, no pattern:
                 *     only an empty value and what would change the path are refused.
                 */
                instance_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Collection accepted; no body. The files are listed later by `listRedislog`. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid authentication information. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request is rejected. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The requested resource is not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal service error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
