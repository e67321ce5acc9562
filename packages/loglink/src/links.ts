import {
  type ClientOptions,
  type Credentials,
  InvalidParameterError,
  type JdcloudCredentials,
  LogLinkError,
  type Provider,
  WaiterError,
} from "@loglink/core";
import { ProviderNotInstalledError } from "./errors.js";
import {
  type DownloadLink,
  normalizeHuaweiAudit,
  normalizeHuaweiDcs,
  normalizeJdcloudRds,
  normalizeOtcRds,
} from "./normalize.js";

// The facade's own option and input types, in the documents' spellings: its public types must
// not name the provider packages, which are optional peers and may not be installed.

/** The providers, in the order the CLI and docs list them. */
export const providers = ["jdcloud-rds", "otc-rds", "huawei-dcs", "huawei-audit"] as const satisfies readonly Provider[];

/** What `get` sends to each provider. */
export interface LinkInputs {
  "jdcloud-rds": {
    instanceId: string;
    logId: string;
    /** how long the link stays valid, 1..86400 seconds */
    seconds: number;
  };
  "otc-rds": { instance_id: string };
  "huawei-dcs": {
    instance_id: string;
    /** the log's id, from the DCS run-log query */
    id: string;
  };
  "huawei-audit": {
    instance_id: string;
    /** `yyyy-mm-ddThh:mm:ss+hhmm` */
    start_time: string;
    /** `yyyy-mm-ddThh:mm:ss+hhmm` */
    end_time: string;
    node_id?: string;
    /** files per page, 1..50; `get` walks every page whatever the size */
    limit?: number;
  };
}

type SharedOptions = Omit<ClientOptions, "projectId" | "credentials">;
type ProjectOptions = SharedOptions & {
  /** the project id of the region */
  projectId: string;
  /** `{ token }` or `{ accessKeyId, secretAccessKey, securityToken? }` */
  credentials: Credentials;
};

/** The client options of each provider (see @loglink/core `ClientOptions`). */
export interface ProviderOptions {
  "jdcloud-rds": SharedOptions & {
    /** the region of your instances, e.g. `cn-north-1` (one host serves them all; JD Cloud has no default) */
    region: string;
    credentials: JdcloudCredentials;
  };
  "otc-rds": ProjectOptions;
  "huawei-dcs": ProjectOptions;
  "huawei-audit": ProjectOptions;
}

/** `createLogLinks` options: the provider and its client options. */
export type LogLinksOptions<P extends Provider = Provider> = P extends Provider ? { provider: P } & ProviderOptions[P] : never;

/** Options of one `get`. */
export interface GetOptions {
  /** aborts the call, including OTC's waiting and the audit log's paging */
  signal?: AbortSignal;
}

/** The download links of one provider. */
export interface LogLinks<P extends Provider> {
  readonly provider: P;
  /** Asks the provider for its log files' links, however many calls that takes. */
  get(input: LinkInputs[P], options?: GetOptions): Promise<DownloadLink<P>[]>;
}

type Get<P extends Provider> = (input: LinkInputs[P], signal: AbortSignal | undefined) => Promise<DownloadLink<P>[]>;

/** Loads a provider package; a missing one becomes ProviderNotInstalledError naming the package. */
async function load<M>(provider: Provider, importer: () => Promise<M>): Promise<M> {
  const packageName = `@loglink/${provider}`;
  try {
    return await importer();
  } catch (error) {
    // Node: "Cannot find package '@loglink/x' imported from …". A package that is installed but
    // broken (its own dependency missing) names another package and is rethrown as it is.
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ERR_MODULE_NOT_FOUND" && String((error as Error).message).includes(`'${packageName}'`)) {
      throw new ProviderNotInstalledError(provider, packageName, { cause: error });
    }
    throw error;
  }
}

// Literal import() calls, so bundlers see the optional peers and nothing loads until asked for.
const connectors: { [P in Provider]: (options: ProviderOptions[P]) => Promise<Get<P>> } = {
  async "jdcloud-rds"(options) {
    const { createJdcloudRdsClient } = await load("jdcloud-rds", () => import("@loglink/jdcloud-rds"));
    const client = createJdcloudRdsClient(options);
    return async (input, signal) => normalizeJdcloudRds(await client.updateLogDownloadURLInternal(input, { signal }));
  },
  async "otc-rds"(options) {
    const { createOtcRdsClient, errorlogExportState } = await load("otc-rds", () => import("@loglink/otc-rds"));
    const client = createOtcRdsClient(options);
    return async (input, signal) => {
      // The first call on its own (with the client's retries): wrong credentials or an unreachable
      // endpoint fail at once, where the waiter would keep polling through connection errors
      // until its deadline (five minutes).
      const first = await client.downloadErrorlog(input, { signal });
      const state = errorlogExportState(first);
      if (state === "success") return normalizeOtcRds(first);
      if (state === "failure") throw new WaiterError("failed", first);
      // The files are prepared by a task: the waiter calls again until it reports FINISH.
      return normalizeOtcRds(await client.waitForErrorlogDownload(input, { signal }));
    };
  },
  async "huawei-dcs"(options) {
    const { createHuaweiDcsClient } = await load("huawei-dcs", () => import("@loglink/huawei-dcs"));
    const client = createHuaweiDcsClient(options);
    return async (input, signal) => normalizeHuaweiDcs(await client.createRedislogDownloadLink(input, { signal }));
  },
  async "huawei-audit"(options) {
    const { createHuaweiAuditClient } = await load("huawei-audit", () => import("@loglink/huawei-audit"));
    const client = createHuaweiAuditClient(options);
    return async (input, signal) => {
      const files = [];
      for await (const file of client.paginateAuditLogDownloadLink(input, { signal })) files.push(file);
      return normalizeHuaweiAudit({ files });
    };
  },
};

/**
 * One interface over the four providers. The provider's package is loaded at the first `get`:
 * install `loglink` and only the providers you use.
 */
export function createLogLinks<P extends Provider>(options: { provider: P } & ProviderOptions[P]): LogLinks<P> {
  const { provider, ...clientOptions } = options;
  if (!(providers as readonly string[]).includes(provider)) {
    throw new InvalidParameterError("provider", `unknown provider ${JSON.stringify(provider)}; one of ${providers.join(", ")}`);
  }
  const connect = connectors[provider] as (options: ProviderOptions[P]) => Promise<Get<P>>;
  let connection: Promise<Get<P>> | undefined;
  return {
    provider,
    async get(input, { signal } = {}) {
      connection ??= connect(clientOptions as unknown as ProviderOptions[P]);
      return renewable(await (await connection)(input, signal), () => this.get(input));
    },
  };
}

/**
 * Gives each link a non-enumerable `refresh` (contract K7): it asks the provider again and
 * answers the same file's new link, found by name, else by position in an answer of the same length.
 */
function renewable<P extends Provider>(links: DownloadLink<P>[], again: () => Promise<DownloadLink<P>[]>): DownloadLink<P>[] {
  links.forEach((link, index) => {
    const refresh = async (): Promise<DownloadLink<P>> => {
      const fresh = await again();
      const same = link.fileName === undefined ? (fresh.length === links.length ? fresh[index] : undefined) : fresh.find((other) => other.fileName === link.fileName);
      if (!same) throw new LogLinkError(`${link.provider} no longer lists the file ${link.fileName ?? `#${index + 1}`}`);
      return same;
    };
    Object.defineProperty(link, "refresh", { value: refresh, enumerable: false, configurable: true, writable: true });
  });
  return links;
}
