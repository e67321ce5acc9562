/**
 * generated — do not edit. Produced by tools/codegen from specs/huawei-dcs/openapi.yaml;
 * run `pnpm generate` after changing the spec.
 */
import type { OperationSpec, ServerSpec } from "@loglink/core";

/** What the runtime needs to know about each operation: method, path and where each input goes. */
export const operations = {
  "createRedislogDownloadLink": {
    "operationId": "createRedislogDownloadLink",
    "method": "POST",
    "path": "/v2/{project_id}/instances/{instance_id}/redislog/{id}/links",
    "parameters": [
      {
        "name": "project_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "description": "Project ID.",
        "example": "0524e839a54847039e9b2b46e8aa788a"
      },
      {
        "name": "instance_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "description": "Instance ID.",
        "example": "5c597ce5-9823-48aa-bf4d-2defb9385b4a"
      },
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "description": "Unique ID of a log, which is obtained from the API used to query run logs.",
        "example": "3ea6ce21-048e-447a-83c3-3fb004b88439"
      }
    ],
    "body": false,
    "responses": {
      "200": {
        "example": {
          "id": "3ea6ce21-048e-447a-83c3-3fb004b88439",
          "backup_id": "3ea6ce21-048e-447a-83c3-3fb004b88439",
          "link": "https://bucketxxxxx.{obs_endpoint}:443/xxxxx/redis_192.168.x.x_2021-04-16.log?AWSAccessKeyId=xxxxx"
        }
      },
      "400": {
        "example": null
      },
      "401": {
        "example": null
      },
      "403": {
        "example": null
      },
      "404": {
        "example": null
      },
      "500": {
        "example": null
      }
    }
  },
  "listRedislog": {
    "operationId": "listRedislog",
    "method": "GET",
    "path": "/v2/{project_id}/instances/{instance_id}/redislog",
    "parameters": [
      {
        "name": "project_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "description": "Project ID of the tenant in the region.",
        "example": "0524e839a54847039e9b2b46e8aa788a"
      },
      {
        "name": "instance_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "description": "ID of the DCS instance.",
        "example": "5c597ce5-9823-48aa-bf4d-2defb9385b4a"
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "description": "Zero-based record offset, not a page number: with offset 3 the list starts at the 4th record.",
        "example": 0
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000
        },
        "description": "Number of records per page, 1–1000, default 10. loglink decision (sheet, unknown 4): the range and default come from the 2025 my-kualalumpur-1 edition only; older editions and the SDKs state none. loglink enforces 1–1000 before sending, and its paginator sends the documented default 10 unless told otherwise, a value every edition accepts.",
        "example": 10
      },
      {
        "name": "log_type",
        "in": "query",
        "required": true,
        "schema": {
          "type": "string",
          "enum": [
            "run"
          ]
        },
        "description": "Log kind."
      }
    ],
    "body": false,
    "responses": {
      "200": {
        "example": {
          "total_num": 1,
          "file_list": [
            {
              "id": "e79f2d97-e972-41f2-b51c-d18f65f39a45",
              "file_name": "redis_192.168.0.142_2021-04-16.log",
              "status": "succeed",
              "time": "2021-04-16",
              "replication_ip": "192.168.0.142",
              "group_name": "group-0",
              "backup_id": "e79f2d97-e972-41f2-b51c-d18f65f39a45"
            }
          ]
        }
      },
      "204": {
        "example": null
      },
      "400": {
        "example": {
          "error_code": "DCS.4800",
          "error_msg": "Invalid logType."
        }
      },
      "401": {
        "example": null
      },
      "403": {
        "example": null
      },
      "404": {
        "example": null
      },
      "500": {
        "example": null
      }
    }
  },
  "createRedislog": {
    "operationId": "createRedislog",
    "method": "POST",
    "path": "/v2/{project_id}/instances/{instance_id}/redislog",
    "parameters": [
      {
        "name": "project_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "description": "Project ID of the tenant in the region.",
        "example": "0524e839a54847039e9b2b46e8aa788a"
      },
      {
        "name": "instance_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "description": "ID of the DCS instance.",
        "example": "5c597ce5-9823-48aa-bf4d-2defb9385b4a"
      },
      {
        "name": "query_time",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "enum": [
            0,
            1,
            3,
            7
          ]
        },
        "description": "How many days back to collect: `0` today only, `7` the last seven days. loglink decision (sheet, unknown 1): the current docs and the Node SDK from 3.1.59 on give the enum 0, 1, 3, 7; older SDK text says \"0–7\". loglink enforces 0, 1, 3, 7 before sending, so a value the current API documents as invalid is never sent. loglink decision (unknown 2): the default is undocumented; without `query_time` nothing is sent, as the SDKs do, and the service applies its own default.",
        "example": 7
      },
      {
        "name": "log_type",
        "in": "query",
        "required": true,
        "schema": {
          "type": "string",
          "enum": [
            "run"
          ]
        },
        "description": "Log kind."
      },
      {
        "name": "replication_id",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "description": "Replica to collect from: the ID shown under \"Shards and Replicas\", in the API `group_list[].replication_list[].replication_id` of `ListGroupReplicationInfo`. loglink decision (sheet, unknown 3): the tables mark it optional, its own description says it is required when the instance is not single-node. loglink keeps it optional, as the SDKs do, and passes the service's error for a missing replica on unchanged.",
        "example": "8a1f5e2c-3b7d-4c9e-a0f1-2d3e4f5a6b7c"
      }
    ],
    "body": false,
    "responses": {
      "204": {
        "example": null
      },
      "400": {
        "example": {
          "error_code": "DCS.4800",
          "error_msg": "Invalid logType."
        }
      },
      "401": {
        "example": null
      },
      "403": {
        "example": null
      },
      "404": {
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
    "url": "https://dcs.{region}.myhuaweicloud.com",
    "variables": {
      "region": {
        "default": "cn-north-4",
        "enum": [
          "af-south-1",
          "cn-north-2",
          "cn-north-4",
          "cn-north-1",
          "cn-east-2",
          "cn-east-3",
          "cn-south-1",
          "cn-south-2",
          "cn-southwest-2",
          "ap-southeast-2",
          "ap-southeast-1",
          "ap-southeast-3",
          "ru-northwest-2",
          "sa-brazil-1",
          "la-north-2",
          "la-south-2",
          "cn-north-9",
          "na-mexico-1",
          "ae-ad-1",
          "tr-west-1",
          "ap-southeast-4",
          "eu-west-101",
          "me-east-1",
          "eu-west-0",
          "cn-east-5",
          "my-kualalumpur-1",
          "ru-moscow-1",
          "cn-east-4",
          "ap-southeast-5",
          "cn-north-12"
        ]
      }
    },
    "regionFallback": true
  }
] as const satisfies readonly ServerSpec[];
