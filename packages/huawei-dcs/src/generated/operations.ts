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
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
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
