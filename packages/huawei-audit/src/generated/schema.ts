/**
 * generated — do not edit. Produced by tools/codegen from specs/huawei-audit/openapi.yaml;
 * run `pnpm generate` after changing the spec.
 */
export interface paths {
    "/v3/{project_id}/instance/{instance_id}/auditlog/download-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obtain temporary links for downloading full SQL
         * @description This API is used to obtain the temporary link for downloading full SQL.
         *
         *     Each call returns up to `limit` files of the instance (or of `node_id` only) within
         *     `start_time`..`end_time`, in dictionary order of file name. To page, pass the last `name`
         *     received as `last_file_name`. loglink decision: a page with fewer than `limit` files (or none)
         *     is the last. The path segment is singular (`/instance/`), as in the document and the official
         *     SDKs.
         *
         *     Example request (verbatim, "Obtaining the temporary link for downloading full SQL"):
         *
         *     ```
         *     GET https://{endpoint}/v3/054e292c9880d4992f02c0196d3ea468/instance/669a94abef9f4979b2dfba92f48f4042in07/auditlog/download-link?node_id=2e723b45786148fc94c8737f5980786cno07&last_file_name=20230724160316_99b1d48896bb44178b715d64b68603f9in07_6a21d5df9bb24f5db83121c5fec0b1d2no07_SQLAudit_8b4b53d2-29f8-11ee-92aa-fa163ef00f0d&limit=10&start_time=2023-07-24T09:27:00+0800&end_time=2023-07-25T15:00:14+0800
         *     ```
         *
         *     loglink decision: `{endpoint}` is one of the `servers`. The raw `+` in `+0800` must be sent as
         *     `%2B0800`, or the gateway reads a space and the AK/SK signature fails. The same request as the
         *     official SDKs put it on the wire (region cn-north-4):
         *
         *     ```
         *     GET https://gaussdb.cn-north-4.myhuaweicloud.com/v3/054e292c9880d4992f02c0196d3ea468/instance/669a94abef9f4979b2dfba92f48f4042in07/auditlog/download-link?node_id=2e723b45786148fc94c8737f5980786cno07&last_file_name=20230724160316_99b1d48896bb44178b715d64b68603f9in07_6a21d5df9bb24f5db83121c5fec0b1d2no07_SQLAudit_8b4b53d2-29f8-11ee-92aa-fa163ef00f0d&limit=10&start_time=2023-07-24T09%3A27%3A00%2B0800&end_time=2023-07-25T15%3A00%3A14%2B0800
         *     ```
         */
        get: operations["listAuditLogDownloadLink"];
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
        /**
         * @description Response body of status 200.
         *
         *     loglink decision: `files` is optional (as in the official SDK models), and fields that are not
         *     listed are allowed.
         */
        ListAuditLogDownloadLinkResponse: {
            /**
             * @description Obtained full SQL file information.
             *
             *     loglink decision: an empty or missing list means there are no more files.
             */
            files?: components["schemas"]["FileInfo"][];
        };
        /**
         * @description One full-SQL file (FileInfo).
         *
         *     loglink decision (corrected, issue 11): all five fields are required, as in the official Go model
         *     (`services/gaussdb/v3/model/model_file_info.go`: no `omitempty`) and the Python model
         *     (`huaweicloudsdkgaussdb/v3/model/file_info.py`: set unconditionally), and the document's example
         *     carries all five. The two time fields are plain strings, because the
         *     service's own example sends an invalid time.
         */
        FileInfo: {
            /**
             * @description File name.
             *
             *     loglink decision: pass it unchanged as `last_file_name` to fetch the next page. In the
             *     example, the name has the form
             *     `<yyyymmddhhmmss>_<instance_id>_<node_id>_SQLAudit_<uuid>`, but loglink does not parse it.
             */
            name: string;
            /**
             * Format: int64
             * @description File size, in KB. (Type Long.)
             *
             *     loglink decision: a JSON integer (int64) in kilobytes, as documented. It is not bytes and it
             *     is not converted.
             */
            size: number;
            /**
             * @description Last modification time of the SQL file. The format is yyyy-mm-ddThh:mm:ssZ. T is the
             *     separator between the calendar and the hourly notation of time. Z indicates the time zone
             *     offset. For example, if the time zone offset is one hour, the value of Z is +0100.
             *
             *     loglink decision: a plain string with no pattern or format, the same as `link_expired_time`.
             *     The intended form is `+hhmm` without a colon (not RFC 3339), for example
             *     `2023-07-06T02:43:57+0800`.
             */
            updated_time: string;
            /**
             * @description Link for downloading the file.
             *
             *     loglink decision: an opaque, presigned URL, used exactly as received. The example's host
             *     (`obs.obs.domainname.com`) is a placeholder.
             */
            download_link: string;
            /**
             * @description Link expiration time. The format is yyyy-mm-ddThh:mm:ssZ. T is the separator between the
             *     calendar and the hourly notation of time. Z indicates the time zone offset. For example, if
             *     the time zone offset is one hour, the value of Z is +0100.
             *
             *     loglink decision: a plain string with no pattern or format. The document's own example sends
             *     `2023-07-13T012:30:36+0800`, which has a three-digit hour, and the spec must accept what the
             *     service sends. Callers that parse it must tolerate malformed values.
             */
            link_expired_time: string;
        };
        /**
         * @description Error body of statuses 400 and 500. For details, see Error Codes.
         *
         *     loglink decision: `error_code` and `error_msg` are required, because the document lists both
         *     and every Huawei Cloud service and API gateway error carries them. `error_ext_msg` is not
         *     documented for this API. It is declared optional so that the envelope has the same shape as
         *     other Huawei Cloud APIs. Other fields are allowed.
         */
        ErrorResponse: {
            /** @description Error code. */
            error_code: string;
            /** @description Error message. */
            error_msg: string;
            /**
             * @description Extended error information. Not documented for this API.
             *
             *     loglink decision: optional and nullable, as in the Huawei Cloud DCS envelope.
             */
            error_ext_msg?: string | null;
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
    listAuditLogDownloadLink: {
        parameters: {
            query: {
                /**
                 * @description Node ID. If given, only the full-SQL files of this node are returned. Otherwise the files of
                 *     every node of the instance are returned.
                 *
                 *     loglink decision: this parameter appears only in the document's example URL. It is
                 *     optional, as in the official SDKs. No pattern (issue 11): no table or SDK model describes
                 *     its form; the old `^[a-zA-Z0-9]{32}no07$` was guessed from the example. It is sent
                 *     percent-encoded, so no value can change the path.
                 */
                node_id?: string;
                /**
                 * @description Name of the last file returned by the previous query, used as a cursor. If given, the
                 *     query continues after this file name in dictionary order. Otherwise it starts from the
                 *     first file.
                 *
                 *     loglink decision: this parameter appears only in the document's example URL. It is optional
                 *     and sent unchanged. Use the last `files[].name` of the previous page.
                 */
                last_file_name?: string;
                /**
                 * @description Number of files returned by one query. Default 10, an integer from 1 to 50.
                 *
                 *     loglink decision: this parameter appears only in the document's example URL (`limit=10`).
                 *     Its range and default come from the official SDKs.
                 */
                limit?: number;
                /**
                 * @description Start time, not earlier than the instance's creation time. Format `yyyy-mm-ddThh:mm:ssZ`,
                 *     where T separates date and time, and Z is the time zone offset, such as `+0100` for an offset
                 *     of one hour.
                 *
                 *     loglink decision: this parameter appears only in the document's example URL. It is required,
                 *     as in the official SDKs. It must match `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4}$`: an
                 *     offset without a colon, not RFC 3339. The `+` of the offset is sent as `%2B` (the example
                 *     URL's raw `+` would reach the gateway as a space). The `@loglink/huawei-audit` client also
                 *     takes a `Date` (sent in UTC, `+0000`) or an ISO 8601 string with `Z` (sent as `+0000`),
                 *     `±hh:mm` or `±hhmm` (sent with that offset), and refuses an impossible date such as
                 *     `2023-13-45T09:27:00+0800`.
                 */
                start_time: string;
                /**
                 * @description End time, not later than the current time. Format `yyyy-mm-ddThh:mm:ssZ`, where T separates
                 *     date and time, and Z is the time zone offset, such as `+0100` for an offset of one hour.
                 *
                 *     loglink decision: as for `start_time`. It is required, must match
                 *     `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4}$`, and its `+` is sent as `%2B`. The client takes
                 *     the same forms as for `start_time`, and refuses an `end_time` before `start_time`.
                 */
                end_time: string;
            };
            header?: {
                /**
                 * @description Request language type. Default value: en-us.
                 *
                 *     loglink decision (corrected, issue 11): the document's "Range" is empty and the official
                 *     models type it as a plain string (Python `'x_language': 'str'`, Go `XLanguage *string`),
                 *     so any value is sent; `en-us` and `zh-cn` are the values the models' comments name. The
                 *     earlier enum was not the SDKs'. When sent, this header is signed with AK/SK.
                 */
                "X-Language"?: string;
            };
            path: {
                /**
                 * @description Project ID of a tenant in a region. To obtain this value, see Obtaining a Project ID.
                 *     Range: the value contains 32 characters. Only letters and digits are allowed.
                 *
                 *     loglink decision: `^[a-zA-Z0-9]{32}$`. With AK/SK signing, the same value is also sent as the
                 *     `X-Project-Id` header.
                 */
                project_id: string;
                /**
                 * @description Instance ID, which uniquely identifies an instance. Range: the value contains 36 characters
                 *     with a suffix of in07. Only letters and digits are allowed.
                 *
                 *     loglink decision (issue 11): no pattern. The document's range, sibling TaurusDB pages (no
                 *     suffix) and the official SDK models ("strictly matches UUID rules") disagree, so loglink
                 *     refuses only an empty value and what would change the request's path (`/`, `\`, `.`,
                 *     `..`, control characters). The old pattern `^[a-zA-Z0-9]{32}in07$` is gone.
                 */
                instance_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAuditLogDownloadLinkResponse"];
                };
            };
            /**
             * @description Client error (status code 400, response body parameters error_code and error_msg). For
             *     details, see Status Codes and Error Codes.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Server error (status code 500, response body parameters error_code and error_msg). For
             *     details, see Status Codes and Error Codes.
             */
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
