// Official JD Cloud SDK: create an RDS client and make one signed updateLogDownloadURLInternal call.
// Loaded from the SDK installed under .bench/sdk/jdcloud (never a workspace dependency).
const RDS = require("jdcloud-sdk-js/src/services/rds");
// The SDK console.logs every string-to-sign by default: silenced so it is not timed.
require("jdcloud-sdk-js/src/lib/core").config.logger = () => {};

exports.create = (endpoint) => {
  const url = new URL(endpoint);
  return new RDS({
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRETEXAMPLE" },
    regionId: "cn-north-1",
    endpoint: { host: url.host, protocol: url.protocol.replace(":", "") },
  });
};
exports.call = (client) => client.updateLogDownloadURLInternal({ instanceId: "mysql-abc", logId: "log-1", seconds: 300 }, "cn-north-1");
