import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Credentials, EnvironmentVariables, Provider } from "@loglink/core";
import type { DownloadLink, LogLinksOptions } from "loglink";
import { didYouMean, type OptionSpec, parseOptions } from "./args.js";
import type { CloudSettings } from "./clouds.js";
import { DOWNLOAD_FLAGS, DOWNLOAD_HELP, type DownloadSettings, downloadSettings } from "./download-flags.js";
import type { FailureContext } from "./errors.js";
import { elide, formatBytes, formatLinks, wrapCommand } from "./format.js";
import type { MockServer } from "./mock.js";
import { type CommandLineProvider, commandLineProviders, flagsOf, type InputFlag, providers } from "./parameters.js";
import { EXIT_USAGE, UsageError } from "./usage.js";

type Values = Record<string, string | boolean>;

// Core's environment table (K4), loaded by main() unless the run only prints the help or the
// version: `loglink --help` starts without the runtime.
let environmentVariables: Readonly<Record<Provider, EnvironmentVariables>>;
const PRINT_ONLY = new Set(["--help", "-h", "help", "--version", "-v", undefined]);

const print = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

const COMMANDS = ["links", "download", "demo", "help"] as const;
type Command = "links" | "download" | "demo";

const CLIENT_OPTIONS: Record<string, OptionSpec> = {
  region: { type: "string" },
  endpoint: { type: "string" },
  "project-id": { type: "string" },
  "access-key": { type: "string" },
  "secret-key": { type: "string" },
  "security-token": { type: "string" },
  token: { type: "string" },
  cloud: { type: "string" },
  mock: { type: "boolean" },
  timeout: { type: "string" },
  retries: { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

const COMMAND_OPTIONS: Record<Command, Record<string, OptionSpec>> = {
  links: { ...CLIENT_OPTIONS, json: { type: "boolean" } },
  download: { ...CLIENT_OPTIONS, out: { type: "string" }, ...DOWNLOAD_FLAGS },
  demo: { out: { type: "string" }, debug: { type: "boolean" }, help: { type: "boolean", short: "h" } },
};

/** `provider`'s input flags as options, each alias stored under the input's name. */
function inputOptions(provider: Provider): Record<string, OptionSpec> {
  return Object.fromEntries(
    commandLineProviders[provider].inputs.flatMap((input) => flagsOf(input).map((flag) => [flag, { type: "string", key: input.name }] as const)),
  );
}

const everyInputOption: Record<string, OptionSpec> = Object.fromEntries(
  providers.flatMap((provider) => Object.keys(inputOptions(provider)).map((flag) => [flag, { type: "string" }] as const)),
);

/** The provider named on the command line (with the nearest one when misspelt). */
function providerOf(command: Command, positionals: string[]): Provider | undefined {
  const [name, ...extra] = positionals;
  const help = `loglink ${command} --help`;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`, help);
  if (name !== undefined && !(providers as readonly string[]).includes(name)) {
    throw new UsageError(`unknown provider "${name}"${didYouMean(name, providers)} (one of ${providers.join(", ")})`, help);
  }
  return name as Provider | undefined;
}

/**
 * Parses `links` or `download`: the provider, then its flags. A flag of another provider is named
 * as such. Undefined when it printed the help instead.
 */
function parseProviderCommand(command: "links" | "download", argv: string[]) {
  // Every provider's flags first, to find the provider among the words.
  // An unknown flag is compared with the named provider's flags only (`--instanceid` for otc-rds is `--instance_id`).
  const named = providers.find((provider) => argv.includes(provider));
  const suggestions = [...Object.keys(COMMAND_OPTIONS[command]), ...Object.keys(named ? inputOptions(named) : everyInputOption)];
  const first = parseOptions(argv, { ...COMMAND_OPTIONS[command], ...everyInputOption }, `loglink ${command}${named ? ` ${named}` : ""} --help`, suggestions);
  const provider = providerOf(command, first.positionals);
  if (first.values.help) {
    print(commandHelp(command, provider));
    return undefined;
  }
  if (!provider) throw new UsageError(`which provider? one of ${providers.join(", ")}`, `loglink ${command} --help`);
  const help = `loglink ${command} ${provider} --help`;
  const own = inputOptions(provider);
  const foreign = Object.keys(first.values).find((flag) => flag in everyInputOption && !(flag in own));
  if (foreign) {
    const flags = Object.keys(own).map((flag) => `--${flag}`);
    throw new UsageError(`--${foreign} is not a parameter of ${provider}${didYouMean(`--${foreign}`, flags)}`, help);
  }
  const { values } = parseOptions(argv, { ...COMMAND_OPTIONS[command], ...own }, help);
  return { provider, values, help };
}

/** The first of the environment variables `names` that is set and not empty. */
function fromEnvironment(names: readonly string[] | undefined): { name: string; value: string } | undefined {
  for (const name of names ?? []) {
    const value = process.env[name];
    if (value) return { name, value };
  }
  return undefined;
}

const fromEnv = (name: string) => `${name} (from the environment)`;

// Secrets this run was given (flags, environment, clouds.yaml): masked in any error line.
const secrets = new Set<string>();
const secret = (value: string | undefined): string | undefined => {
  if (value) secrets.add(value);
  return value;
};

/** Flags first (a token before an access key), then the environment (an access key before a token), then clouds.yaml. */
function credentialsOf(provider: Provider, values: Values, cloud: CloudSettings | undefined, help: string): { credentials: Credentials; source: string } {
  const names = environmentVariables[provider];
  const flag = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const token = secret(flag("token"));
  if (token) return { credentials: { token }, source: "--token" };
  const securityToken = secret(flag("security-token") ?? fromEnvironment(names.securityToken)?.value);
  const pair = (accessKeyId: string, secretAccessKey: string): Credentials => ({ accessKeyId, secretAccessKey, ...(securityToken && { securityToken }) });
  // Each half from its flag, else from the environment.
  const envKey = fromEnvironment(names.accessKeyId);
  const envSecret = fromEnvironment(names.secretAccessKey);
  const accessKey = flag("access-key") ?? envKey?.value;
  const secretKey = secret(flag("secret-key") ?? envSecret?.value);
  if (accessKey && secretKey) {
    const fromFlags = [flag("access-key") && "--access-key", flag("secret-key") && "--secret-key"].filter(Boolean);
    const fromEnvironment = [!flag("access-key") && envKey!.name, !flag("secret-key") && envSecret!.name].filter(Boolean);
    const source = [fromFlags.join("/"), fromEnvironment.length > 0 && fromEnv(fromEnvironment.join("/"))].filter(Boolean).join(" and ");
    return { credentials: pair(accessKey, secretKey), source };
  }
  if (accessKey || secretKey) throw new UsageError(`an access key needs its secret key, and the other way round: ${credentialPlaces(provider)}`, help);
  const envToken = fromEnvironment(names.token);
  if (envToken) return { credentials: { token: secret(envToken.value)! }, source: fromEnv(envToken.name) };
  if (cloud?.accessKeyId && secret(cloud.secretAccessKey)) {
    return { credentials: { accessKeyId: cloud.accessKeyId, secretAccessKey: cloud.secretAccessKey! }, source: `auth.ak/auth.sk in ${cloud.file}` };
  }
  if (secret(cloud?.token)) return { credentials: { token: cloud!.token! }, source: `auth.token in ${cloud!.file}` };
  throw new UsageError(`no credentials for ${provider}: ${credentialPlaces(provider)}, or try --mock`, help);
}

/** Where credentials for `provider` can be set, for messages. */
function credentialPlaces(provider: Provider): string {
  const names = environmentVariables[provider];
  const token = names.token?.[0];
  const cloud = provider === "otc-rds" ? ", or --cloud/OS_CLOUD (clouds.yaml)" : "";
  return `--access-key/--secret-key or ${names.accessKeyId[0]}/${names.secretAccessKey[0]}${token ? ` or ${token}` : ""}${cloud}`;
}

/** `--timeout 30` (seconds) and `--retries 2` as client options. */
function steeringOf(values: Values, help: string) {
  const timeout = values.timeout as string | undefined;
  const retries = values.retries as string | undefined;
  const seconds = Number(timeout);
  if (timeout !== undefined && !(seconds > 0 && seconds * 1000 <= 2 ** 31 - 1)) {
    throw new UsageError(`--timeout is in seconds, a positive number (e.g. 30), not "${timeout}"`, help);
  }
  if (retries !== undefined && !/^\d{1,2}$/.test(retries)) throw new UsageError(`--retries is a whole number from 0 to 99, not "${retries}"`, help);
  return {
    ...(timeout !== undefined && { timeoutMs: Math.round(seconds * 1000) }),
    ...(retries !== undefined && { maxRetries: Number(retries) }),
  };
}

/** A flag's text as the spec's type: integers and numbers as numbers, the rest as given. */
function typed(input: InputFlag, text: string, help: string): string | number | boolean {
  const type = input.schema.type;
  if (type === "integer" || type === "number") {
    const pattern = type === "integer" ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
    if (!pattern.test(text)) throw new UsageError(`--${input.name} must be ${type === "integer" ? "a whole number" : "a number"}, not "${text}"`, help);
    return Number(text);
  }
  if (type === "boolean") {
    if (text !== "true" && text !== "false") throw new UsageError(`--${input.name} is true or false, not "${text}"`, help);
    return text === "true";
  }
  return text;
}

/** Everything one `get()` needs: the facade's options and input, and where each setting came from. */
interface Request {
  options: LogLinksOptions;
  input: Record<string, string | number | boolean>;
  context: FailureContext;
}

const debugEnabled = (values: Values) => values.debug === true || process.env.LOGLINK_DEBUG === "1";
// The request id of the answer to the attempt in flight. The client logs each attempt right after
// its answer, and the facade's calls follow one another, so the id belongs to the logged line.
let answeredRequestId: string | undefined;
const debugLine = (line: string) => {
  const id = answeredRequestId ? `, request id ${answeredRequestId}` : "";
  process.stderr.write(`debug: ${withoutSecrets(`${line}${id}`)}\n`);
};

/** The facade's options and `get` input from flags, environment, clouds.yaml and, with --mock, the documents' examples. */
async function requestOf(provider: Provider, values: Values, help: string, mock: MockServer | undefined): Promise<Request> {
  const spec = commandLineProviders[provider];
  const names = environmentVariables[provider];
  const flag = (name: string) => values[name] as string | undefined;
  if (mock && flag("endpoint")) throw new UsageError("--mock and --endpoint exclude each other: the mock is the endpoint", help);
  const cloudName = flag("cloud") ?? (provider === "otc-rds" ? process.env.OS_CLOUD || undefined : undefined);
  if (flag("cloud") && provider !== "otc-rds") throw new UsageError("--cloud reads OpenStack's clouds.yaml, which only otc-rds uses", help);
  const cloud = cloudName && !mock ? await (await import("./clouds.js")).readCloud(cloudName) : undefined;
  const cloudSource = (field: string) => `${field} of cloud "${cloudName}" in ${cloud?.file}`;

  const envRegion = fromEnvironment(names.region);
  const [region, regionSource] = flag("region")
    ? [flag("region"), "--region"]
    : envRegion
      ? [envRegion.value, fromEnv(envRegion.name)]
      : cloud?.region
        ? [cloud.region, cloudSource("region_name")]
        : [mock && spec.example.region, "--region"];
  const envProject = fromEnvironment(names.projectId);
  const [projectId, projectSource] = flag("project-id")
    ? [flag("project-id"), "--project-id"]
    : envProject
      ? [envProject.value, fromEnv(envProject.name)]
      : cloud?.projectId
        ? [cloud.projectId, cloudSource("auth.project_id")]
        : [mock && spec.example.projectId, `--project-id${names.projectId ? ` or ${names.projectId[0]}` : ""}`];
  if (spec.region.required && !region) throw new UsageError(`${provider} needs --region, any of its region ids (e.g. ${spec.example.region})`, help);
  if (spec.needsProjectId && !projectId) throw new UsageError(`${provider} needs a project id: ${projectSource}`, help);

  const input: Record<string, string | number | boolean> = {};
  const missing: string[] = [];
  for (const parameter of spec.inputs) {
    const text = flag(parameter.name) ?? (mock && parameter.required ? parameter.example : undefined);
    if (text !== undefined) input[parameter.name] = typed(parameter, text, help);
    else if (parameter.required) missing.push(`--${parameter.name}`);
  }
  if (missing.length > 0) throw new UsageError(`${provider} needs ${missing.join(", ")}`, help);

  // In mock mode nothing leaves the machine: the requests are still signed, with a dummy key.
  const { credentials, source } = mock
    ? { credentials: { accessKeyId: "MOCKACCESSKEY", secretAccessKey: "mock-secret-key" }, source: "--mock" }
    : credentialsOf(provider, values, cloud, help);
  const endpoint = mock?.origin ?? flag("endpoint");
  const options = {
    provider,
    ...(region && { region }),
    ...(endpoint && { endpoint }),
    ...(projectId && { projectId }),
    credentials,
    ...steeringOf(values, help),
    fetch: progressFetch(provider),
    ...(debugEnabled(values) && { logger: debugLine }),
  } as LogLinksOptions;
  return { options, input, context: { region: regionSource, projectId: projectSource, credentials: source } };
}

const PROGRESS_EVERY_MS = 5000;

/**
 * The fetch given to the clients: fetch, and a progress line on stderr from the second answer on
 * (a waiter polling, a paginator paging): redrawn in place on a terminal, at most one line every
 * few seconds in a log.
 */
function progressFetch(provider: Provider): typeof fetch {
  const started = Date.now();
  // Answers and items per request path: a path answered again is a waiter polling or a paginator paging.
  const answers = new Map<string, number>();
  let items = 0;
  let printedAt = 0;
  let printed = "";
  const terminal = process.stderr.isTTY;
  // Once the links are in, later answers are a download renewing its link: not waiting or paging.
  let finished = false;
  const report = (path: string, answer: unknown) => {
    if (finished) return;
    const count = (answers.get(path) ?? 0) + 1;
    answers.set(path, count);
    // The listed items are the answer's array, or its `result`'s (JD Cloud).
    const record = typeof answer === "object" && answer ? (answer as Record<string, unknown>) : {};
    const body = typeof record.result === "object" && record.result ? (record.result as Record<string, unknown>) : record;
    items += Object.values(body).find(Array.isArray)?.length ?? 0;
    if (count < 2) return;
    const seconds = Math.round((Date.now() - started) / 1000);
    const status = typeof record.status === "string" ? record.status : undefined;
    const line = status ? `waiting for the export: ${status}, ${seconds} s` : `${provider}: page ${count}, ${items} items so far, ${seconds} s`;
    if (terminal) process.stderr.write(`\r\x1b[2K${line}`);
    else if (Date.now() - printedAt >= PROGRESS_EVERY_MS || line.split(",")[0] !== printed.split(",")[0]) {
      process.stderr.write(`${line}\n`);
      printedAt = Date.now();
    }
    printed = line;
  };
  const progress: typeof fetch = async (input, init) => {
    answeredRequestId = undefined;
    const response = await fetch(input, init);
    answeredRequestId = response.headers.get("x-request-id") ?? response.headers.get("x-jdcloud-request-id") ?? undefined;
    if (response.ok && response.headers.get("content-type")?.includes("json")) {
      // A copy of the body: the client reads the original.
      const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
      response
        .clone()
        .json()
        .then(
          (answer: unknown) => report(path, answer),
          () => {},
        );
    }
    return response;
  };
  return Object.assign(progress, {
    /** Ends the progress lines, clearing one left on a terminal. */
    done: () => {
      finished = true;
      if (terminal && printed) process.stderr.write("\r\x1b[2K");
    },
  });
}

async function getLinks(request: Request, signal: AbortSignal): Promise<DownloadLink[]> {
  // Built from the tables at run time, so not typed per provider; the client validates the input
  // against the provider's spec before sending anything.
  // Loaded only to ask a provider: `--help` starts without the runtime.
  const { createLogLinks } = await import("loglink");
  try {
    return await createLogLinks(request.options).get(request.input as never, { signal });
  } finally {
    (request.options.fetch as { done?: () => void } | undefined)?.done?.();
  }
}

/** Starts the mock server: node:http only, loaded for --mock and demo. */
async function startMock(names: readonly Provider[]): Promise<MockServer> {
  const { startMockServer } = await import("./mock.js");
  return startMockServer(names);
}

/** Runs `work` with the mock server when --mock is given, and always stops it. */
async function withMock<T>(enabled: boolean, provider: Provider, work: (mock: MockServer | undefined) => Promise<T>): Promise<T> {
  const mock = enabled ? await startMock([provider]) : undefined;
  try {
    return await work(mock);
  } finally {
    await mock?.close();
  }
}

/** Downloads every link into `out` (see download.ts); loaded only to download: node:http and friends cost start-up time. */
async function saveAll(
  links: readonly DownloadLink[],
  out: string,
  settings: DownloadSettings,
  signal: AbortSignal,
  shown?: (path: string) => string,
): Promise<number> {
  const { saveAll: save } = await import("./download.js");
  return save(links, out, settings, signal, shown);
}

// The settings of the failing run, for the hints of its error line.
let failureContext: FailureContext | undefined;

async function linksCommand(argv: string[], signal: AbortSignal): Promise<void> {
  const parsed = parseProviderCommand("links", argv);
  if (!parsed) return;
  const { provider, values, help } = parsed;
  const links = await withMock(values.mock === true, provider, async (mock) => {
    const request = await requestOf(provider, values, help, mock);
    failureContext = request.context;
    return getLinks(request, signal);
  });
  if (values.json) print(JSON.stringify(links, null, 2));
  else if (links.length === 0) print("no log files");
  else print(formatLinks(links, new Date()));
}

async function downloadCommand(argv: string[], signal: AbortSignal): Promise<void> {
  const parsed = parseProviderCommand("download", argv);
  if (!parsed) return;
  const { provider, values, help } = parsed;
  const settings = downloadSettings(values);
  await withMock(values.mock === true, provider, async (mock) => {
    const request = await requestOf(provider, values, help, mock);
    failureContext = request.context;
    const links = await getLinks(request, signal);
    if (links.length === 0) print("no log files");
    const out = (values.out as string | undefined) ?? ".";
    failureContext = { ...request.context, downloadingTo: out };
    await saveAll(mock ? mock.serveFiles(links) : links, out, settings, signal);
  });
}

/** The words of the command a user would type for `provider` with the documents' example values. */
function exampleCommand(provider: Provider, out: string): string[] {
  const spec = commandLineProviders[provider];
  const flags = [
    spec.example.region && `--region ${spec.example.region}`,
    spec.example.projectId && `--project-id ${spec.example.projectId}`,
    ...spec.inputs.filter((input) => input.required).map((input) => `--${input.name} ${input.example}`),
  ].filter((flag): flag is string => Boolean(flag));
  return ["loglink", "download", provider, "--mock", ...flags, `--out ${out}`];
}

async function demoCommand(argv: string[], signal: AbortSignal): Promise<void> {
  const { values, positionals } = parseOptions(argv, COMMAND_OPTIONS.demo, "loglink demo --help");
  if (values.help) return print(commandHelp("demo", undefined));
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, "loglink demo --help");
  const out = (values.out as string | undefined) ?? (await mkdtemp(join(tmpdir(), "loglink-demo-")));
  // Compact on a terminal and in logs alike: long names and links are shortened (`links` prints them whole).
  const columns = Math.min(process.stdout.columns || 100, 100);
  const started = Date.now();
  print("loglink demo: the four providers answer with their documents' own examples, through a mock");
  print("server on 127.0.0.1 (no account, no network); example links that expired years ago are re-dated to now.");
  print(`\n$ OUT=${out}`);
  let files = 0;
  let bytes = 0;
  const mock = await startMock(providers);
  try {
    for (const provider of providers) {
      print(`\n# ${commandLineProviders[provider].title}`);
      print(`$ ${wrapCommand(exampleCommand(provider, `$OUT/${provider}`), columns)}`);
      const request = await requestOf(provider, { debug: values.debug === true }, `loglink download ${provider} --help`, mock);
      failureContext = request.context;
      const links = await getLinks(request, signal);
      print(formatLinks(links, new Date(), { compact: columns }));
      const folder = join(out, provider);
      failureContext = { ...request.context, downloadingTo: folder };
      bytes += await saveAll(mock.serveFiles(links), folder, DEMO_DOWNLOAD, signal, (path) => elide(`$OUT${path.slice(out.length)}`, columns - 12));
      files += links.length;
    }
  } finally {
    await mock.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  print(`\n${files} files from ${providers.length} providers in ${out} (${formatBytes(bytes)}, ${seconds} s); remove them with: rm -r ${out}`);
  print("(Names and links are shortened here; `loglink links` prints them whole, `--json` with every field.)");
  print("Next: `loglink links <provider> --help` lists a provider's parameters and credential variables;");
  print("drop --mock and set them to ask the real API.");
}

const HELP = `loglink: temporary download links for database logs, and the files

Usage
  loglink links <provider> [options]      print the links: name, size, expiry, link (or --json)
  loglink download <provider> [options]   download every file into --out (default .)
  loglink demo [--out DIR]                all four providers against their documents' examples:
                                          no account, no network
  loglink <command> [<provider>] --help   a command's options and a provider's parameters
  loglink --version, -v

Providers
${providers.map((provider) => `  ${provider.padEnd(14)}${commandLineProviders[provider].title}`).join("\n")}

Exit status: 0 success, 1 failure (API, network, download), 2 bad usage, 130 interrupted.`;

const COMMAND_SUMMARY: Record<Command, string> = {
  links: "Prints the links of a provider's log files: name, size, expiry and link; JSON with --json.",
  download:
    "Downloads every file the provider links to into --out (default: the current directory), 4 at a time.\n" +
    "A file appears only once complete and of the announced size; a broken connection is resumed and an\n" +
    "expired link renewed. Interrupted (Ctrl-C, SIGTERM, SIGHUP), it keeps nothing partial: run it again.",
  demo: "Runs every provider against its document's example through a mock server on 127.0.0.1 and\ndownloads the (generated) files into --out (default: a new temporary directory). No account, no network.",
};

/** The region rule of a provider, in one line. */
function regionHelp(name: Provider, spec: CommandLineProvider): string {
  if (spec.region.required) return `--region is required: any ${name} region id (one host serves them all), e.g. ${spec.example.region}`;
  const known = spec.region.known;
  return `--region defaults to ${spec.region.default}; the documented regions: ${known.join(", ")}`;
}

/** A flag's line of help: names, required or not, the spec's description and example. */
function inputHelp(input: InputFlag): string {
  const flags = flagsOf(input)
    .map((flag) => `--${flag}`)
    .join(", ");
  const type = input.schema.type && input.schema.type !== "string" ? ` <${input.schema.type}>` : "";
  const allowed = input.schema.enum ? ` One of ${input.schema.enum.join(", ")}.` : "";
  const example = input.example === undefined ? "" : ` e.g. ${input.example}`;
  return `    ${`${flags}${type}`.padEnd(32)}${input.required ? "required  " : "optional  "}${input.description}${allowed}${example}`;
}

/** Wraps `text` to `width` columns, continued lines indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}

function commandHelp(command: Command, provider: Provider | undefined): string {
  if (command === "demo") return `Usage: loglink demo [--out DIR] [--debug]\n\n${COMMAND_SUMMARY.demo}`;
  const shown = provider ? [provider] : providers;
  const parameters = shown.map((name) => {
    const spec = commandLineProviders[name];
    const lines = spec.inputs.map(inputHelp);
    return `  ${name}\n${lines.join("\n")}\n    ${wrap(regionHelp(name, spec), 96, "      ")}`;
  });
  const environment = shown.map((name) => {
    const variables = Object.values(environmentVariables[name]).flat().join(", ");
    const cloud = name === "otc-rds" ? ", OS_CLOUD (clouds.yaml)" : "";
    return `  ${name.padEnd(14)}${variables}${cloud}`;
  });
  return `Usage: loglink ${command} ${provider ?? "<provider>"} [options]

${COMMAND_SUMMARY[command]}

Options
  --region <id>             region id (e.g. eu-de); see each provider's region rule below
  --endpoint <url>          scheme://host[:port] instead of the regional host
  --project-id <id>         project id (Huawei Cloud, OTC)
  --access-key <id>         access key id       these two are best set in the environment:
  --secret-key <key>        secret access key   flags are visible to other local users
  --security-token <token>  temporary credentials' security token (Huawei Cloud, OTC)
  --token <token>           an IAM token instead of an access key (Huawei Cloud, OTC)
  --cloud <name>            otc-rds: the cloud of OpenStack's clouds.yaml to use (default: OS_CLOUD)
  --timeout <seconds>       time limit of each request (default 30)
  --retries <n>             retries after a network error, timeout, 429 or 5xx (default 2)
  --debug                   one line per request on stderr (also LOGLINK_DEBUG=1)
  --mock                    answer from the documents' examples on 127.0.0.1 (their ids fill required parameters)
${command === "links" ? "  --json                    JSON instead of a table" : `  --out <dir>               where to save the files (default .)\n${DOWNLOAD_HELP}`}
  -h, --help

Parameters (the documents' spellings; the kebab-case alias works too)
${parameters.join("\n")}

Environment (flags win; an access key wins over a token)
${environment.join("\n")}`;
}

const version = () => (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

async function dispatch(argv: string[], signal: AbortSignal): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "links":
      await linksCommand(rest, signal);
      return 0;
    case "download":
      await downloadCommand(rest, signal);
      return 0;
    case "demo":
      await demoCommand(rest, signal);
      return 0;
    case "--help":
    case "-h":
    case "help":
      print(HELP);
      return 0;
    case "--version":
    case "-v":
      print(version());
      return 0;
    case undefined:
      process.stderr.write(`${HELP}\n`);
      return EXIT_USAGE;
    default: {
      const known = command.startsWith("-") ? ["--help", "--version"] : [...COMMANDS, ...providers];
      const nearest = didYouMean(command, known);
      // `loglink otc-rds`: a provider where the command belongs.
      if ((providers as readonly string[]).includes(command))
        throw new UsageError(`"${command}" is a provider; say what to do with it: loglink links ${command}`);
      throw new UsageError(`unknown ${command.startsWith("-") ? "option" : "command"} "${command}"${nearest}`);
    }
  }
}

/** The values of secret flags in `argv` (masked even when the run fails before reading them). */
function secretFlags(argv: readonly string[]): string[] {
  const found: string[] = [];
  argv.forEach((argument, index) => {
    for (const flag of ["secret-key", "security-token", "token"]) {
      if (argument === `--${flag}` && argv[index + 1] !== undefined) found.push(argv[index + 1]!);
      else if (argument.startsWith(`--${flag}=`)) found.push(argument.slice(flag.length + 3));
    }
  });
  return found;
}

/**
 * `line` with every secret given to this run masked. The messages are already redacted by pattern
 * (signatures, credential headers); this also catches a secret an API or a server echoes back.
 */
function withoutSecrets(line: string): string {
  // Very short values would mask ordinary words; no real secret is that short.
  return [...secrets].filter((value) => value.length >= 6).reduce((text, value) => text.split(value).join("[REDACTED]"), line);
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
// The demo's files are its own, in a new folder: replaced without asking.
const DEMO_DOWNLOAD: DownloadSettings = { concurrency: 4, connections: 1, ifExists: "overwrite", json: false };

/** Runs the command line and resolves to its exit status; failures are reported in one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const controller = new AbortController();
  // A second signal must not kill the process while the first one's cleanup runs: `on`, not `once`.
  const interrupt = (signal: NodeJS.Signals) => controller.abort(new Error(`interrupted (${signal})`));
  for (const signal of SIGNALS) process.on(signal, interrupt);
  secrets.clear();
  failureContext = undefined;
  if (!PRINT_ONLY.has(argv[0])) ({ environmentVariables } = await import("@loglink/core"));
  for (const value of secretFlags(argv)) secrets.add(value);
  for (const names of Object.values(environmentVariables ?? {})) {
    for (const name of [...names.secretAccessKey, ...(names.securityToken ?? []), ...(names.token ?? [])]) secret(process.env[name]);
  }
  try {
    return await dispatch(argv, controller.signal);
  } catch (error) {
    // Loaded only on failure: it needs the runtime's error classes.
    const { describeFailure } = await import("./errors.js");
    const { line, exitCode } = describeFailure(error, failureContext ?? contextOf(argv));
    process.stderr.write(`error: ${withoutSecrets(line)}\n`);
    return exitCode;
  } finally {
    for (const signal of SIGNALS) process.off(signal, interrupt);
  }
}

/** The hints' places when the run failed before its settings were read: the named provider's. */
function contextOf(argv: readonly string[]): FailureContext | undefined {
  const provider = providers.find((name) => argv.includes(name));
  if (!provider || !environmentVariables) return undefined;
  const names = environmentVariables[provider];
  return {
    region: `--region${names.region ? ` or ${names.region[0]}` : ""}`,
    projectId: `--project-id${names.projectId ? ` or ${names.projectId[0]}` : ""}`,
    credentials: credentialPlaces(provider),
  };
}
