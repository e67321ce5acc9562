// workerd (miniflare): GET /?origin=…&runtime=… answers with the checks' results as JSON.
import { runChecks } from "./checks.mjs";

export default {
  async fetch(request) {
    const url = new URL(request.url);
    const results = await runChecks({ origin: url.searchParams.get("origin"), runtime: url.searchParams.get("runtime") });
    return Response.json(results);
  },
};
