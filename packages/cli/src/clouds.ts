// OpenStack's clouds.yaml for otc-rds (`--cloud` / `OS_CLOUD`): the configuration OTC's own CLI,
// its Terraform provider and gophertelekomcloud read. The file is found as they find it: the file
// named by OS_CLIENT_CONFIG_FILE, else the first of ./clouds.yaml, ~/.config/openstack/clouds.yaml,
// /etc/openstack/clouds.yaml; a secure.yaml found the same way overrides its values (secrets are
// often kept there). From the cloud's entry loglink reads `auth.ak`, `auth.sk`, `auth.token`,
// `auth.project_id` and `region_name` (else `auth.project_name`, which on OTC is the region).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { UsageError } from "./usage.js";

/** What a cloud entry gives loglink; every field as found (undefined when absent). */
export interface CloudSettings {
  /** the file the entry came from, for messages */
  file: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  token?: string;
  projectId?: string;
  region?: string;
}

type Entry = Record<string, unknown>;

const searchPath = (name: string, env: NodeJS.ProcessEnv, variable: string): string[] => [
  ...(env[variable] ? [env[variable]] : []),
  join(process.cwd(), name),
  join(homedir(), ".config", "openstack", name),
  join("/etc", "openstack", name),
];

const isEntry = (value: unknown): value is Entry => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

/** The `clouds` map of a YAML file (a missing file is no clouds). */
async function cloudsIn(file: string): Promise<Record<string, Entry>> {
  // yaml is loaded only here: most runs read no clouds.yaml, and start faster without it.
  const { parse } = await import("yaml");
  let document: unknown;
  try {
    document = parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message.split("\n")[0]}`, "loglink links otc-rds --help");
  }
  const clouds = isEntry(document) ? document.clouds : undefined;
  return isEntry(clouds) ? (clouds as Record<string, Entry>) : {};
}

/** `base` with `override`'s values, nested maps merged (secure.yaml over clouds.yaml). */
function merged(base: Entry, override: Entry): Entry {
  const result: Entry = { ...base };
  for (const [key, value] of Object.entries(override)) {
    result[key] = isEntry(value) && isEntry(base[key]) ? merged(base[key] as Entry, value) : value;
  }
  return result;
}

/** The settings of the cloud `name` (from `--cloud` or OS_CLOUD). */
export async function readCloud(name: string, env: NodeJS.ProcessEnv = process.env): Promise<CloudSettings> {
  const file = searchPath("clouds.yaml", env, "OS_CLIENT_CONFIG_FILE").find((path) => existsSync(path));
  const help = "loglink links otc-rds --help";
  if (!file)
    throw new UsageError(
      `cloud "${name}" asked for, but no clouds.yaml was found (./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml)`,
      help,
    );
  const clouds = await cloudsIn(file);
  const secureFile = searchPath("secure.yaml", env, "OS_CLIENT_SECURE_FILE").find((path) => existsSync(path));
  const secure = secureFile ? await cloudsIn(secureFile) : {};
  const entry = clouds[name] ?? secure[name];
  if (!entry) {
    const known = Object.keys(clouds);
    throw new UsageError(`${file} has no cloud "${name}"${known.length ? `; it has ${known.join(", ")}` : ""}`, help);
  }
  const cloud = merged(clouds[name] ?? {}, secure[name] ?? {});
  const auth = isEntry(cloud.auth) ? cloud.auth : {};
  const settings: CloudSettings = { file };
  const fields = {
    accessKeyId: text(auth.ak),
    secretAccessKey: text(auth.sk),
    token: text(auth.token),
    projectId: text(auth.project_id),
    // On OTC a project's name is its region, or `<region>_<sub-project>`.
    region: text(cloud.region_name) ?? text(auth.project_name)?.split("_")[0],
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) settings[key as keyof typeof fields] = value;
  return settings;
}
