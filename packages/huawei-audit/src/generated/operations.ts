/**
 * generated — do not edit. Produced by tools/codegen from specs/huawei-audit/openapi.yaml;
 * run `pnpm generate` after changing the spec.
 */
import type { OperationSpec, ServerSpec } from "@loglink/core";

/** What the runtime needs to know about each operation: method, path and where each input goes. */
export const operations = {
  "listAuditLogDownloadLink": {
    "operationId": "listAuditLogDownloadLink",
    "method": "GET",
    "path": "/v3/{project_id}/instance/{instance_id}/auditlog/download-link",
    "parameters": [
      {
        "name": "project_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[a-zA-Z0-9]{32}$"
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
        "name": "node_id",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "last_file_name",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 50,
          "default": 10
        }
      },
      {
        "name": "start_time",
        "in": "query",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{4}$"
        }
      },
      {
        "name": "end_time",
        "in": "query",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{4}$"
        }
      },
      {
        "name": "X-Language",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "default": "en-us"
        }
      }
    ],
    "body": false,
    "responses": {
      "200": {
        "example": {
          "files": [
            {
              "name": "20230706023359_669a94abef9f4979b2dfba92f48f4042in07_b051c8f7b98f4deeaf88ba97c8daba9dno07_SQLAudit_903bdbb6-1ba5-11ee-8b97-fa163ef0f8c2",
              "size": 928,
              "updated_time": "2023-07-06T02:43:57+0800",
              "download_link": "https://obs.obs.domainname.com/bucketname/userid_instanceid/20230706/SQLAudit/xxxxxx",
              "link_expired_time": "2023-07-13T012:30:36+0800"
            }
          ]
        }
      },
      "400": {
        "example": null
      },
      "500": {
        "example": null
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
    "url": "https://gaussdb.{region}.myhuaweicloud.com",
    "variables": {
      "region": {
        "default": "cn-north-4",
        "enum": [
          "cn-north-4",
          "cn-southwest-2",
          "cn-east-3",
          "cn-south-1",
          "ru-northwest-2",
          "ap-southeast-3",
          "cn-north-2",
          "cn-north-9",
          "ap-southeast-4",
          "sa-brazil-1",
          "cn-south-4"
        ]
      }
    }
  },
  {
    "url": "https://gaussdbformysql.{region}.myhuaweicloud.com",
    "variables": {
      "region": {
        "default": "ap-southeast-1",
        "enum": [
          "tr-west-1",
          "ap-southeast-1",
          "ap-southeast-2",
          "cn-north-11",
          "me-east-1"
        ]
      }
    }
  },
  {
    "url": "https://gaussdb-mysql.{region}.myhuaweicloud.com",
    "variables": {
      "region": {
        "default": "af-south-1",
        "enum": [
          "af-south-1",
          "cn-east-5",
          "la-north-2",
          "cn-southwest-3"
        ]
      }
    },
    "regionFallback": true
  }
] as const satisfies readonly ServerSpec[];
