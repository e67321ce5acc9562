// Official Huawei Cloud SDK core: build an HcClient (AK/SK) and send one signed request.
// No DCS service module is published on npm, so the core's own HcClient is used directly.
const { ClientBuilder } = require("@huaweicloud/huaweicloud-sdk-core/ClientBuilder");
const { BasicCredentials } = require("@huaweicloud/huaweicloud-sdk-core");

exports.create = (endpoint) =>
  new ClientBuilder((hcClient) => hcClient)
    .withCredential(new BasicCredentials().withAk("AKIDEXAMPLE").withSk("SECRETEXAMPLE").withProjectId("0123456789abcdef0123456789abcdef"))
    .withEndpoint(endpoint)
    .build();
exports.call = (client) =>
  client.sendRequest({
    method: "POST",
    url: "/v2/{project_id}/instances/{instance_id}/redislog/{id}/links",
    contentType: "application/json",
    queryParams: {},
    pathParams: { project_id: "0123456789abcdef0123456789abcdef", instance_id: "inst-1", id: "log-1" },
    headers: {},
  });
