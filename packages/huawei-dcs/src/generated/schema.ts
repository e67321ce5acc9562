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
}
