/**
 * generated — do not edit. Produced by tools/codegen from specs/otc-rds/openapi.yaml;
 * run `pnpm generate` after changing the spec.
 */
export interface paths {
    "/v3/{project_id}/instances/{instance_id}/errorlog-download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain links for downloading the error logs of a DB instance
         * @description Obtains links for downloading the error logs of a DB instance.
         *
         *     Call this API repeatedly until **FINISH** is returned for `status`. The document also
         *     offers the `workflow_id` of the first answer to query the task status and then to call this
         *     API again.
         *     loglink decision: the waiter polls this operation itself until the top-level status is
         *     `FINISH` or `FAILED`, compared case-insensitively (the example answers `finish`); unknown
         *     statuses (e.g. `EXPORTING`) mean "keep waiting".
         *
         *     Constraint: only for a DB instance that is working properly (other states are answered
         *     with an error, e.g. 409).
         *
         *     loglink decision: no request body is sent; `Content-Type: application/json` is.
         */
        post: operations["downloadErrorlog"];
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
         * @description Normal response of `downloadErrorlog`.
         *     loglink decision: only `status` is required (Huawei's official model marks all three
         *     fields optional; without `status` an answer cannot be interpreted).
         */
        ErrorlogDownloadLinks: {
            /** @description List of links for downloading error logs, one entry per generated file. */
            list?: components["schemas"]["ErrorlogDownloadInfo"][];
            /**
             * @description Status of the error log download link:
             *     `FINISH` — the download link has been generated;
             *     `CREATING` — a file is being generated and the download link is being prepared;
             *     `FAILED` — the log file fails to be prepared.
             *     loglink decision: a plain string, not an enum. The document's table is upper case but
             *     its example answers `finish`; compare case-insensitively. Any other value means the
             *     export is still running.
             * @example FINISH
             * @example CREATING
             * @example FAILED
             * @example finish
             */
            status: string;
            /**
             * @description Number of error log links.
             *     loglink decision: informational; the entries of `list` are authoritative.
             * @example 1
             */
            count?: number;
        };
        /**
         * @description One generated error-log file and its download link.
         *     loglink decision (corrected, issue 11): `workflow_id`, `file_name`, `status` and `create_at`
         *     are required; `file_size`, `file_link` and `update_at` are optional, because OTC's sibling
         *     slow-log document answers an `EXPORTING` entry without them (see decision 17). A file that is
         *     not ready carries no link, or an empty one.
         */
        ErrorlogDownloadInfo: {
            /**
             * @description Task ID.
             *     loglink decision: reported only; the document names no API that queries it, so the
             *     waiter polls `downloadErrorlog` instead.
             * @example 44fb1d85-2fcc-4d63-ad3b-c3d1ecd7000e
             */
            workflow_id: string;
            /**
             * @description Name of the generated file for downloading.
             * @example 054bc9c1f680d55c1f36c006e5a9f67b_errorlog_download_20200515080614589
             */
            file_name: string;
            /**
             * @description Status of the current link: `SUCCESS` — the download link is successfully generated;
             *     `FAILED` — the download link failed to be generated.
             *     loglink decision: a plain string, not an enum; compare case-insensitively (the example
             *     answers `success`); values outside the table (e.g. `EXPORTING`) have been seen. An entry
             *     yields a link when it carries a non-empty `file_link` and its status is not `FAILED`
             *     (decision 9).
             * @example SUCCESS
             * @example FAILED
             * @example success
             * @example EXPORTING
             */
            status: string;
            /**
             * @description File size, in bytes, as a JSON string.
             *     loglink decision: kept a string as in the table, the example (`"0"`) and Huawei's model;
             *     parse it as a decimal integer. `"0"` (as in the example of a successful link) means
             *     "size not reported", not "empty file"; a value that is not a decimal integer is treated
             *     as unknown.
             * @example 0
             */
            file_size?: string;
            /**
             * @description Download link (a pre-signed object-storage URL, valid for a few minutes).
             *     loglink decision: no `format: uri`: the example link has no scheme and a redacted host
             *     (`****.com:443/…`). A link without `scheme://` is completed with `https://`; an empty
             *     link means "no link".
             * @example ****.com:443/054bc9c1f680d55c1f36c006e5a9f67b_errorlog_download_20200515080614589?AWSAccessKeyId=1BQ38TBCQHAVQXBUMUTC&Expires=1589530200&response-cache-control=no-cache%2Cno-store&Signature=Fgi4%2BLOJ9frAXyOkz5hRoW5O%2BUM%3D
             */
            file_link?: string;
            /**
             * Format: int64
             * @description Generation time in the UNIX timestamp format. The unit is millisecond and the time zone
             *     is UTC.
             *     loglink decision: the document's type "Long" is a JSON integer (int64).
             * @example 1589529991385
             */
            create_at: number;
            /**
             * Format: int64
             * @description Update time in the UNIX timestamp format. The unit is millisecond and the time zone is
             *     UTC.
             *     loglink decision: the document's type "Long" is a JSON integer (int64).
             * @example 1589529991385
             */
            update_at?: number;
        };
        /**
         * @description OTC RDS v3 abnormal response ("Abnormal Request Results"). Errors raised by the API gateway
         *     (authentication, throttling; codes `APIGW.*`) carry an additional `request_id`.
         *     loglink decision: the document only points to the generic pages; the envelope and the codes
         *     are taken from them.
         */
        OtcError: {
            /**
             * @description Error code, e.g. `DBS.200001` (see OTC "Error Codes"), or `APIGW.0301` from the gateway.
             * @example DBS.200001
             */
            error_code: string;
            /** @description Description of the error. */
            error_msg: string;
            /** @description Request ID, sent by the API gateway with gateway errors. */
            request_id?: string;
        };
    };
    responses: {
        /**
         * @description Invalid request, e.g. `DBS.200001` "Parameter error." (OTC error codes).
         *     loglink decision: not listed by the document; described from OTC's status-code and
         *     error-code pages.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OtcError"];
            };
        };
        /**
         * @description The authentication information is incorrect or invalid: expired token, wrong signature,
         *     unknown AK (API gateway code `APIGW.0301`).
         *     loglink decision: not listed by the document; described from OTC's status-code page and the
         *     API gateway's error reference.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OtcError"];
            };
        };
        /**
         * @description The operation is not authorized, e.g. `DBS.200010` (OTC error codes).
         *     loglink decision: not listed by the document; described from OTC's status-code and
         *     error-code pages.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OtcError"];
            };
        };
        /**
         * @description The DB instance does not exist, e.g. `DBS.200045` (OTC error codes).
         *     loglink decision: not listed by the document; described from OTC's status-code and
         *     error-code pages.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OtcError"];
            };
        };
        /**
         * @description Another operation is being performed on the DB instance or the DB instance is faulty, e.g.
         *     `DBS.200011` — the document's constraint "only for an instance that is working properly".
         *     loglink decision: not listed by the document; described from OTC's status-code and
         *     error-code pages.
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OtcError"];
            };
        };
        /**
         * @description The API gateway's throttling threshold was reached (gateway code `APIGW.0308`). Retryable
         *     after a delay.
         *     loglink decision: not listed by the document; described from OTC's status-code page and the
         *     API gateway's error reference.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OtcError"];
            };
        };
        /**
         * @description Server failure, e.g. `DBS.108000` (OTC error codes). Retryable.
         *     loglink decision: not listed by the document; described from OTC's status-code and
         *     error-code pages.
         */
        ServerFailure: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OtcError"];
            };
        };
        /**
         * @description Any other abnormal status code of OTC's status-code page (e.g. 405, 408, 413, 502, 503,
         *     504), in the same envelope.
         *     loglink decision: not listed by the document; described from OTC's status-code page.
         */
        OtherError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OtcError"];
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
    downloadErrorlog: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Request language. Not in the OTC document.
                 *     loglink decision (issue 11): modelled from Huawei Cloud's identical `DownloadErrorlog`,
                 *     whose models type it as an optional plain string (Python `'x_language': 'str'`); sent,
                 *     and signed with AK/SK, only when given.
                 */
                "X-Language"?: string;
            };
            path: {
                /**
                 * @description Project ID of a tenant in a region (see OTC "Obtaining a Project ID").
                 *     With AK/SK signing the same value is also sent as `X-Project-Id`.
                 *     loglink decision: a string (the document's Table 1 gives no type). No pattern (issue 11):
                 *     no OTC table or model states a form; the old lowercase-only `^[0-9a-f]{32}$` came from the
                 *     example. Only an empty value and what would change the path are refused.
                 */
                project_id: string;
                /**
                 * @description ID of the DB instance to be queried.
                 *     loglink decision (issue 11): no pattern; neither the document nor Huawei's model states a
                 *     form (the example is 32 hex digits plus the engine code `in03`). Only an empty value and
                 *     what would change the path (`/`, `\`, `.`, `..`, control characters) are refused.
                 */
                instance_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Normal response: the state of the export and, once files exist, their download links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorlogDownloadLinks"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerFailure"];
            default: components["responses"]["OtherError"];
        };
    };
}
