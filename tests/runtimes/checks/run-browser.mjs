// Chromium: the page served by the matrix's server runs the checks and leaves the results on `window`.
import { runChecks } from "./checks.mjs";

const runtime = new URL(location.href).searchParams.get("runtime");
window.loglinkResults = runChecks({ origin: location.origin, runtime });
