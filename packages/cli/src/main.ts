import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Credentials, Provider } from "@loglink/core";
import { type DownloadLink, type LogLinksOptions, createLogLinks, providers } from "loglink";
import { type DownloadProgress, type DownloadResult, download } from "loglink/node";
import { EXIT_USAGE, UsageError, describeFailure } from "./errors.js";
import { elide, formatBytes, formatLinks, formatProgress, wrapCommand } from "./format.js";
import type { MockServer } from "./mock.js";
import { flagsOf, hintsFor, providerSpecs } from "./providers.js";

type Values = Record<string, string | boolean | undefined>;

const print = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

const CLIENT_OPTIONS = {
  region: { type: "string" },
  endpoint: { type: "string" },
  "project-id": { type: "string" },
  "access-key": { type: "string" },
  "secret-key": { type: "string" },
  "security-token": { type: "string" },
  token: { type: "string" },
  mock: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

// Every provider's parameters (and aliases), so one parse reads any of them; each is then checked
// against the chosen provider.
const PARAMETER_OPTIONS: Record<string, { type: "string" }> = Object.fromEntries(
  Object.values(providerSpecs)
    .flatMap((spec) => spec.parameters.flatMap(flagsOf))
    .map((flag) => [flag, { type: "string" }]),
);

const COMMAND_OPTIONS = {
  links: { ...CLIENT_OPTIONS, ...PARAMETER_OPTIONS, json: { type: "boolean" } },
  download: { ...CLIENT_OPTIONS, ...PARAMETER_OPTIONS, out: { type: "string" } },
  demo: { out: { type: "string" }, help: { type: "boolean", short: "h" } },
} satisfies Record<string, ParseArgsConfig["options"]>;
type Command = keyof typeof COMMAND_OPTIONS;

function parse(command: Command, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: COMMAND_OPTIONS[command], allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (error) {
    // "Unknown option '--x'. To specify a positional argument…": the first sentence says it.
    throw new UsageError((error as Error).message.split(". ")[0]!, `loglink ${command} --help`);
  }
}

function providerOf(command: Command, positionals: string[]): Provider | undefined {
  const [name, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`, `loglink ${command} --help`);
  if (name !== undefined && !(providers as readonly string[]).includes(name)) {
    throw new UsageError(`unknown provider "${name}"; one of ${providers.join(", ")}`, `loglink ${command} --help`);
  }
  return name as Provider | undefined;
}

const nonEmpty = (value: string | boolean | undefined) => (typeof value === "string" && value !== "" ? value : undefined);
const fromEnv = (name: string | undefined) => (name ? nonEmpty(process.env[name]) : undefined);

/** Flags first (a token before an access key), then the environment (an access key before a token). */
function credentialsOf(provider: Provider, values: Values): Credentials {
  const { environment } = providerSpecs[provider];
  const token = nonEmpty(values.token);
  if (token) return { token };
  const accessKeyId = nonEmpty(values["access-key"]) ?? fromEnv(environment.accessKey);
  const secretAccessKey = nonEmpty(values["secret-key"]) ?? fromEnv(environment.secretKey);
  const securityToken = nonEmpty(values["security-token"]) ?? fromEnv(environment.securityToken);
  if (accessKeyId && secretAccessKey) return { accessKeyId, secretAccessKey, ...(securityToken && { securityToken }) };
  const help = `loglink links ${provider} --help`;
  if (accessKeyId || secretAccessKey) throw new UsageError("an access key needs its secret key, and the other way round", help);
  const envToken = fromEnv(environment.token);
  if (envToken) return { token: envToken };
  throw new UsageError(`no credentials for ${provider}: ${hintsFor(provider).credentials}, or try --mock`, help);
}

/** The facade's options and `get` input from flags, environment and, with --mock, the document's example. */
function requestOf(provider: Provider, values: Values, mock: MockServer | undefined) {
  const spec = providerSpecs[provider];
  const help = `loglink links ${provider} --help`;
  const region = nonEmpty(values.region) ?? fromEnv(spec.environment.region) ?? (mock && spec.example.region);
  const projectId = nonEmpty(values["project-id"]) ?? fromEnv(spec.environment.projectId) ?? (mock && spec.example.projectId);
  if (spec.requires === "region" && !region) throw new UsageError(`${provider} needs --region (e.g. ${spec.example.region})`, help);
  if (spec.requires === "projectId" && !projectId) throw new UsageError(`${provider} needs a project id: ${hintsFor(provider).projectId}`, help);

  const input: Record<string, string | number> = {};
  const missing: string[] = [];
  for (const parameter of spec.parameters) {
    const given = flagsOf(parameter).map((flag) => nonEmpty(values[flag])).find((value) => value !== undefined);
    const value = given ?? (mock && parameter.required ? parameter.example : undefined);
    if (value === undefined) {
      if (parameter.required) missing.push(`--${parameter.name}`);
    } else if (!parameter.integer) {
      input[parameter.name] = value;
    } else if (/^\d+$/.test(value)) {
      input[parameter.name] = Number(value);
    } else {
      throw new UsageError(`--${parameter.name} must be a whole number, not "${value}"`, help);
    }
  }
  if (missing.length > 0) throw new UsageError(`${provider} needs ${missing.join(", ")}`, help);

  const options = {
    provider,
    ...(region && { region }),
    ...(nonEmpty(values.endpoint) && { endpoint: values.endpoint }),
    ...(projectId && { projectId }),
    // In mock mode nothing leaves the process: the requests are still signed, with a dummy key.
    credentials: mock ? { accessKeyId: "MOCKACCESSKEY", secretAccessKey: "mock-secret-key" } : credentialsOf(provider, values),
    ...(mock && { fetch: mock.fetch }),
  };
  return { options, input };
}

async function getLinks(provider: Provider, values: Values, mock: MockServer | undefined, signal: AbortSignal): Promise<DownloadLink[]> {
  const { options, input } = requestOf(provider, values, mock);
  // Built from the provider's parameter table at run time, so not typed per provider; the
  // client validates both against the provider's spec before sending anything.
  return createLogLinks(options as LogLinksOptions).get(input as never, { signal });
}

/** msw and the provider mocks are loaded only for --mock and demo: a real run starts faster without them. */
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
    mock?.close();
  }
}

/** A file name that stays inside --out: no separators, control characters or leading dots. */
export function localName(link: DownloadLink, index: number): string {
  // eslint-disable-next-line no-control-regex
  const name = (link.fileName ?? "").replace(/[/\\\u0000-\u001f\u007f]/g, "_").replace(/^\.+/, "");
  return name || `${link.provider}-${index + 1}.log`;
}

/**
 * Downloads every link into `out`: a progress bar on a terminal (stderr), one `saved` line per
 * file on stdout always. `shown` is how a saved path is printed.
 */
async function saveAll(
  links: readonly DownloadLink[],
  out: string,
  signal: AbortSignal,
  shown: (path: string) => string = (path) => path,
): Promise<number> {
  let total = 0;
  const terminal = process.stderr.isTTY;
  for (const [index, link] of links.entries()) {
    const name = localName(link, index);
    let bar = "";
    const onProgress = (progress: DownloadProgress) => {
      // One column spare: a line exactly as wide as the terminal wraps on some terminals.
      const line = formatProgress(name, progress, (process.stderr.columns || 80) - 1);
      if (line !== bar) process.stderr.write(`\r\x1b[2K${line}`);
      bar = line;
    };
    let saved: DownloadResult;
    try {
      saved = await download(link, join(out, name), { signal, ...(terminal && { onProgress }) });
    } finally {
      if (bar) process.stderr.write("\r\x1b[2K");
    }
    total += saved.sizeBytes;
    print(`saved ${shown(saved.path)} (${formatBytes(saved.sizeBytes)})`);
  }
  return total;
}

/** Parses `links` or `download` and checks its provider; undefined when it printed the help instead. */
function parseProviderCommand(command: "links" | "download", argv: string[]) {
  const { values, positionals } = parse(command, argv);
  const provider = providerOf(command, positionals);
  if (values.help) {
    print(commandHelp(command, provider));
    return undefined;
  }
  if (!provider) throw new UsageError(`which provider? one of ${providers.join(", ")}`, `loglink ${command} --help`);
  checkParameters(command, provider, values);
  return { provider, values };
}

async function linksCommand(argv: string[], signal: AbortSignal): Promise<void> {
  const parsed = parseProviderCommand("links", argv);
  if (!parsed) return;
  const { provider, values } = parsed;
  const links = await withMock(values.mock === true, provider, (mock) => getLinks(provider, values, mock, signal));
  if (values.json) print(JSON.stringify(links, null, 2));
  else if (links.length === 0) print("no log files");
  else print(formatLinks(links, new Date()));
}

async function downloadCommand(argv: string[], signal: AbortSignal): Promise<void> {
  const parsed = parseProviderCommand("download", argv);
  if (!parsed) return;
  const { provider, values } = parsed;
  await withMock(values.mock === true, provider, async (mock) => {
    const links = await getLinks(provider, values, mock, signal);
    mock?.serveFiles(links);
    if (links.length === 0) print("no log files");
    await saveAll(links, nonEmpty(values.out) ?? ".", signal);
  });
}

/** The words of the command a user would type for `provider` with the document's example values. */
function exampleCommand(provider: Provider, out: string): string[] {
  const spec = providerSpecs[provider];
  const flags = [
    spec.example.region && `--region ${spec.example.region}`,
    spec.example.projectId && `--project-id ${spec.example.projectId}`,
    ...spec.parameters.filter((parameter) => parameter.required).map((parameter) => `--${parameter.name} ${parameter.example}`),
  ].filter((flag): flag is string => Boolean(flag));
  return ["loglink", "download", provider, "--mock", ...flags, `--out ${out}`];
}

async function demoCommand(argv: string[], signal: AbortSignal): Promise<void> {
  const { values, positionals } = parse("demo", argv);
  if (values.help) return print(commandHelp("demo", undefined));
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, "loglink demo --help");
  const out = nonEmpty(values.out) ?? (await mkdtemp(join(tmpdir(), "loglink-demo-")));
  // Compact on a terminal and in logs alike: long names and links are shortened (`links` prints them whole).
  const columns = Math.min(process.stdout.columns || 100, 100);
  const started = Date.now();
  print("loglink demo: the four providers answer with their documents' own examples, through an in-process");
  print("mock (no account, no network); example links that expired years ago are re-dated to now.");
  print(`\n$ OUT=${out}`);
  let files = 0;
  let bytes = 0;
  const mock = await startMock(providers);
  try {
    for (const provider of providers) {
      print(`\n# ${providerSpecs[provider].title}`);
      print(`$ ${wrapCommand(exampleCommand(provider, `$OUT/${provider}`), columns)}`);
      const links = await getLinks(provider, {}, mock, signal);
      print(formatLinks(links, new Date(), { compact: columns }));
      mock.serveFiles(links);
      bytes += await saveAll(links, join(out, provider), signal, (path) => elide(`$OUT${path.slice(out.length)}`, columns - 12));
      files += links.length;
    }
  } finally {
    mock.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  print(`\n${files} files from ${providers.length} providers in ${out} (${formatBytes(bytes)}, ${seconds} s); remove them with: rm -r ${out}`);
  print("(Names and links are shortened here; `loglink links` prints them whole, `--json` with every field.)");
  print("Next: `loglink links <provider> --help` lists a provider's parameters and credential variables;");
  print("drop --mock and set them to ask the real API.");
}

/** A parameter of another provider is a mistake worth naming. */
function checkParameters(command: Command, provider: Provider, values: Values): void {
  const own = providerSpecs[provider].parameters.flatMap(flagsOf);
  const foreign = Object.keys(values).find((flag) => flag in PARAMETER_OPTIONS && !own.includes(flag));
  if (foreign) throw new UsageError(`--${foreign} is not a parameter of ${provider}`, `loglink ${command} ${provider} --help`);
}

const HELP = `loglink: temporary download links for database logs, and the files

Usage
  loglink links <provider> [options]      print the links: name, size, expiry, link (or --json)
  loglink download <provider> [options]   download every file into --out (default .)
  loglink demo [--out DIR]                all four providers against their documents' examples:
                                          no account, no network
  loglink <command> [<provider>] --help   a command's options and a provider's parameters
  loglink --version

Providers
${providers.map((provider) => `  ${provider.padEnd(14)}${providerSpecs[provider].title}`).join("\n")}

Exit status: 0 success, 1 failure (API, network, download), 2 bad usage, 130 interrupted.`;

const COMMAND_SUMMARY: Record<Command, string> = {
  links: "Prints the links of a provider's log files: name, size, expiry and link; JSON with --json.",
  download: "Downloads every file the provider links to into --out (default: the current directory).\nA file appears only once complete and of the announced size; an expired link is refused.",
  demo: "Runs every provider against its document's example through an in-process mock and downloads\nthe (generated) files into --out (default: a new temporary directory). No account, no network.",
};

function commandHelp(command: Command, provider: Provider | undefined): string {
  if (command === "demo") return `Usage: loglink demo [--out DIR]\n\n${COMMAND_SUMMARY.demo}`;
  const shown = provider ? [provider] : providers;
  const parameters = shown.map((name) => {
    const lines = providerSpecs[name].parameters.map((parameter) => {
      const flags = flagsOf(parameter).map((flag) => `--${flag}`).join(", ");
      return `    ${flags.padEnd(30)}${parameter.required ? "" : "(optional) "}${parameter.description}; e.g. ${parameter.example}`;
    });
    return `  ${name}\n${lines.join("\n")}`;
  });
  const environment = shown.map((name) => {
    const variables = Object.values(providerSpecs[name].environment).join(", ");
    return `  ${name.padEnd(14)}${variables}`;
  });
  return `Usage: loglink ${command} ${provider ?? "<provider>"} [options]

${COMMAND_SUMMARY[command]}

Options
  --region <id>             region id (e.g. eu-de); needed unless --endpoint is given
  --endpoint <url>          scheme://host[:port] instead of the regional host
  --project-id <id>         project id (Huawei Cloud, OTC)
  --access-key <id>         access key id       these two are best set in the environment:
  --secret-key <key>        secret access key   flags are visible to other local users
  --security-token <token>  temporary credentials' security token (Huawei Cloud, OTC)
  --token <token>           an IAM token instead of an access key (Huawei Cloud, OTC)
  --mock                    answer from the document's example in-process (its ids fill missing parameters)
${command === "links" ? "  --json                    JSON instead of a table" : "  --out <dir>               where to save the files (default .)"}
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
      print(version());
      return 0;
    case undefined:
      process.stderr.write(`${HELP}\n`);
      return EXIT_USAGE;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

const SECRET_FLAGS = ["secret-key", "security-token", "token"];

/** The secrets this run was given, by flag or in the environment of any provider. */
function secretsOf(argv: readonly string[]): string[] {
  const secrets: string[] = [];
  argv.forEach((argument, index) => {
    for (const flag of SECRET_FLAGS) {
      if (argument === `--${flag}` && argv[index + 1] !== undefined) secrets.push(argv[index + 1]!);
      else if (argument.startsWith(`--${flag}=`)) secrets.push(argument.slice(flag.length + 3));
    }
  });
  for (const { environment } of Object.values(providerSpecs)) {
    for (const name of [environment.secretKey, environment.securityToken, environment.token]) {
      const value = fromEnv(name);
      if (value) secrets.push(value);
    }
  }
  // Very short values would mask ordinary words; no real secret is that short.
  return secrets.filter((secret) => secret.length >= 6);
}

/**
 * `line` with every secret given to this run masked. The messages are already redacted by pattern
 * (signatures, credential headers); this also catches a secret an API or a server echoes back.
 */
function withoutSecrets(line: string, argv: readonly string[]): string {
  return secretsOf(argv).reduce((text, secret) => text.split(secret).join("[REDACTED]"), line);
}

/** Runs the command line and resolves to its exit status; failures are reported in one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const controller = new AbortController();
  const interrupt = () => controller.abort(new Error("interrupted (SIGINT)"));
  process.once("SIGINT", interrupt);
  try {
    return await dispatch(argv, controller.signal);
  } catch (error) {
    // The provider, when one was named, makes the hints exact (its environment variables).
    const provider = providers.find((name) => argv.includes(name));
    const { line, exitCode } = describeFailure(error, provider && hintsFor(provider));
    process.stderr.write(`error: ${withoutSecrets(line, argv)}\n`);
    return exitCode;
  } finally {
    process.off("SIGINT", interrupt);
  }
}
