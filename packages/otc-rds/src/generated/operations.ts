/**
 * generated — do not edit. Produced by tools/codegen from specs/otc-rds/openapi.yaml;
 * run `pnpm generate` after changing the spec.
 */
import type { OperationSpec, ServerSpec } from "@loglink/core";

/** What the runtime needs to know about each operation: method, path and where each input goes. */
export const operations = {
  "downloadErrorlog": {
    "operationId": "downloadErrorlog",
    "method": "POST",
    "path": "/v3/{project_id}/instances/{instance_id}/errorlog-download",
    "parameters": [
      {
        "name": "project_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "instance_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "X-Language",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    ],
    "body": false,
    "responses": {
      "200": {
        "example": {
          "list": [
            {
              "workflow_id": "44fb1d85-2fcc-4d63-ad3b-c3d1ecd7000e",
              "file_name": "054bc9c1f680d55c1f36c006e5a9f67b_errorlog_download_20200515080614589",
              "status": "success",
              "file_size": "0",
              "file_link": "****.com:443/054bc9c1f680d55c1f36c006e5a9f67b_errorlog_download_20200515080614589?AWSAccessKeyId=1BQ38TBCQHAVQXBUMUTC&Expires=1589530200&response-cache-control=no-cache%2Cno-store&Signature=Fgi4%2BLOJ9frAXyOkz5hRoW5O%2BUM%3D",
              "create_at": 1589529991385,
              "update_at": 1589529991385
            }
          ],
          "status": "finish",
          "count": 1
        }
      },
      "400": {
        "example": {
          "error_code": "DBS.200001",
          "error_msg": "Parameter error."
        }
      },
      "401": {
        "example": {
          "error_code": "APIGW.0301",
          "error_msg": "Incorrect IAM authentication information: verify aksk signature fail",
          "request_id": "5b1a0e6c9f3d4e2a8c7b6d5e4f3a2b1c"
        }
      },
      "403": {
        "example": {
          "error_code": "DBS.200010",
          "error_msg": "The DB instance ID or user ID may be null, or the operation is not authorized."
        }
      },
      "404": {
        "example": {
          "error_code": "DBS.200045",
          "error_msg": "The DB instance does not exist."
        }
      },
      "409": {
        "example": {
          "error_code": "DBS.200011",
          "error_msg": "Another operation is being performed on the DB instance or the DB instance is faulty."
        }
      },
      "429": {
        "example": {
          "error_code": "APIGW.0308",
          "error_msg": "The throttling threshold has been reached.",
          "request_id": "7c2d1f0a9e8b4c3d2a1f0e9d8c7b6a5f"
        }
      },
      "500": {
        "example": {
          "error_code": "DBS.108000",
          "error_msg": "Server failure."
        }
      },
      "default": {
        "example": {
          "error_code": "DBS.108002",
          "error_msg": "Server failure."
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
    "url": "https://rds.{region}.otc.t-systems.com",
    "variables": {
      "region": {
        "default": "eu-de",
        "enum": [
          "eu-de",
          "eu-nl"
        ]
      }
    },
    "regionFallback": true
  },
  {
    "url": "https://rds.{region}.sc.otc.t-systems.com",
    "variables": {
      "region": {
        "default": "eu-ch2",
        "enum": [
          "eu-ch2"
        ]
      }
    }
  }
] as const satisfies readonly ServerSpec[];
