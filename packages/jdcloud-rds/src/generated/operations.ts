/**
 * generated — do not edit. Produced by tools/codegen from specs/jdcloud-rds/openapi.yaml;
 * run `pnpm generate` after changing the spec.
 */
import type { OperationSpec, ServerSpec } from "@loglink/core";

/** What the runtime needs to know about each operation: method, path and where each input goes. */
export const operations = {
  "updateLogDownloadURLInternal": {
    "operationId": "updateLogDownloadURLInternal",
    "method": "POST",
    "path": "/v1/regions/{regionId}/instances/{instanceId}/log/{logId}:updateLogDownloadURLInternal",
    "parameters": [
      {
        "name": "regionId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[a-z]{2}-[a-z]+-[0-9]+$"
        }
      },
      {
        "name": "instanceId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^(?!\\.\\.?$)[^/]+$",
          "minLength": 1
        }
      },
      {
        "name": "logId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^(?!\\.\\.?$)[^/]+$",
          "minLength": 1
        }
      },
      {
        "name": "seconds",
        "in": "body",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400
        }
      }
    ],
    "body": true,
    "responses": {
      "200": {
        "example": {
          "requestId": "bpakhjtwfufuv5abu59fc9tbp77mj0v5",
          "result": {
            "internalURL": "http://s3.cn-north-1.jcloudcs.com/jddbpgsql/f7a5d144-fca1-4350-b3c5-1334c4d569b7/logupload/c30fc69d-48e1-43e0-b76c-3378dad25f9c/749f61ab-d4f3-4e66-946e-d8d2357a414b/postgresql-20200108_1100.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=11933B95E91AC3B8EB3C687BEFB3DFA3%2F20200108%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20200108T031319Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=",
            "publicURL": "http://s3.cn-north-1.jcloudcs.com/jddbpgsql/f7a5d144-fca1-4350-b3c5-1334c4d569b7/logupload/c30fc69d-48e1-43e0-b76c-3378dad25f9c/749f61ab-d4f3-4e66-946e-d8d2357a414b/postgresql-20200108_1100.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=11933B95E91AC3B8EB3C687BEFB3DFA3%2F20200108%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20200108T031319Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature="
          }
        }
      },
      "400": {
        "example": {
          "requestId": "c7e1loglinkexample00000000000400",
          "error": {
            "code": 400,
            "status": "OUT_OF_RANGE",
            "message": "seconds should be between 1 and 86400"
          }
        }
      },
      "401": {
        "example": {
          "requestId": "c7e1loglinkexample00000000000401",
          "error": {
            "code": 401,
            "status": "UNAUTHENTICATED",
            "message": "Authentication failed"
          }
        }
      },
      "403": {
        "example": {
          "requestId": "c7e1loglinkexample00000000000403",
          "error": {
            "code": 403,
            "status": "HTTP_FORBIDDEN",
            "message": "No permission for resource pg-x2fyuzvwak"
          }
        }
      },
      "404": {
        "example": {
          "requestId": "c7e1loglinkexample00000000000404",
          "error": {
            "code": 404,
            "status": "NOT_FOUND",
            "message": "Resource postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833 not found"
          }
        }
      },
      "429": {
        "example": {
          "requestId": "c7e1loglinkexample00000000000429",
          "error": {
            "code": 429,
            "status": "RATE_LIMIT_EXCEEDED",
            "message": "Too many requests"
          }
        }
      },
      "500": {
        "example": {
          "requestId": "c7e1loglinkexample00000000000500",
          "error": {
            "code": 500,
            "status": "INTERNAL",
            "message": "Internal error"
          }
        }
      },
      "503": {
        "example": {
          "requestId": "c7e1loglinkexample00000000000503",
          "error": {
            "code": 503,
            "status": "UNAVAILABLE",
            "message": "Service unavailable"
          }
        }
      },
      "default": {
        "example": {
          "requestId": "c7e1loglinkexample00000000000504",
          "error": {
            "code": 504,
            "status": "DEADLINE_EXCEEDED",
            "message": "Timeout"
          }
        }
      }
    }
  }
} as const satisfies Record<string, OperationSpec>;

/**
 * The API's hosts: `{region}` is replaced by the client's region. `regionFallback` marks the host
 * family that also takes a region id no `enum` lists yet.
 */
export const servers = [
  {
    "url": "https://rds.jdcloud-api.com"
  }
] as const satisfies readonly ServerSpec[];
