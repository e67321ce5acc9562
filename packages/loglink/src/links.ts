import {
  ApiError,
  type CallOptions,
  type ClientOptions,
  type Credentials,
  InvalidParameterError,
  type JdcloudCredentials,
  LogLinkError,
  type Provider,
  WaiterError,
  waitUntil,
} from "@loglink/core";
import { ProviderNotInstalledError } from "./errors.js";
import {
  type DownloadLink,
  type HuaweiDcsRunlog,
  type JdcloudRdsLog,
  normalizeHuaweiAudit,
  normalizeHuaweiDcs,
  normalizeHuaweiDcsRunlog,
  normalizeJdcloudRds,
  normalizeJdcloudRdsLog,
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
    /** one log file's id (from `describeLogs`); without it, a link for every log file of the instance */
    logId?: string;
    /** how long links made by `updateLogDownloadURLInternal` stay valid, 1..86400 seconds */
    seconds: number;
  };
  "otc-rds": { instance_id: string };
  "huawei-dcs": {
    instance_id: string;
    /** one run log's id (from `listRedislog`); without it, a link for every ready run log of the instance */
    id?: string;
    /** without `id`: first collect the run logs of the last 0 (today), 1, 3 or 7 days, wait until they are listed, and link those */
    collect?: CollectDays;
    /** with `collect`: the replica to collect from, required by DCS for instances that are not single-node */
    replication_id?: string;
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
  /** the project id of the region (defaults to the provider's project variable where `process.env` exists) */
  projectId?: string;
  /** `{ token }` or `{ accessKeyId, secretAccessKey, securityToken? }` (defaults to the provider's environment variables) */
  credentials?: Credentials;
};

/** The client options of each provider (see @loglink/core `ClientOptions`). */
export interface ProviderOptions {
  "jdcloud-rds": SharedOptions & {
    /** the region of your instances, e.g. `cn-north-1` (one host serves them all; JD Cloud has no default) */
    region: string;
    /** defaults to `JDCLOUD_ACCESS_KEY` / `JDCLOUD_SECRET_KEY` where `process.env` exists */
    credentials?: JdcloudCredentials;
  };
  "otc-rds": ProjectOptions;
  "huawei-dcs": ProjectOptions;
  "huawei-audit": ProjectOptions;
}

/** `createLogLinks` options: the provider and its client options. */
export type LogLinksOptions<P extends Provider = Provider> = P extends Provider ? { provider: P } & ProviderOptions[P] : never;

/** Days of DCS run logs `collect` asks for: the values `CreateRedislog` documents for `query_time`. */
export const collectDays = [0, 1, 3, 7] as const;
export type CollectDays = (typeof collectDays)[number];

/** Options of one `get`. */
export interface GetOptions {
  /** aborts the call, including waiting and paging */
  signal?: AbortSignal;
  /** time limit of each HTTP attempt in ms (defaults to the client's `timeoutMs`, 30 000) */
  timeoutMs?: number;
  /** how long to wait for OTC's export or a DCS `collect`, in ms (defaults to 300 000) */
  maxWaitMs?: number;
}

/** The download links of one provider. */
export interface LogLinks<P extends Provider> {
  readonly provider: P;
  /** Asks the provider for its log files' links, however many calls that takes. */
  get(input: LinkInputs[P], options?: GetOptions): Promise<DownloadLink<P>[]>;
}

type Get<P extends Provider> = (input: LinkInputs[P], options: GetOptions) => Promise<DownloadLink<P>[]>;

// Links are requested a few at a time: a week of a cluster's run logs is dozens of entries, and a
// handful in flight keeps well within the APIs' request rates.
const LINK_CONCURRENCY = 4;

/** `work` on every item, at most `concurrency` at once, results in the items' order; stops starting new work after a failure. */
async function mapConcurrently<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** Every item of every page, once per id (a log listed on two pages is linked once); items without an id are kept. */
async function uniqueById<T>(pages: AsyncIterable<T>, idOf: (item: T) => string | undefined): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  for await (const item of pages) {
    const id = idOf(item);
    if (id !== undefined && seen.has(id)) continue;
    if (id !== undefined) seen.add(id);
    items.push(item);
  }
  return items;
}

const idText = (value: unknown) => ((typeof value === "string" && value !== "") || typeof value === "number" ? String(value) : undefined);

/** A DCS run-log entry's id for the link call: `id`, else `backup_id` (equal in every example). */
const runlogId = (entry: HuaweiDcsRunlog) => idText(entry.id) ?? idText(entry.backup_id);

/**
 * Where a DCS run-log entry stands. No status list is documented (the only example says `succeed`),
 * so: `succeed`/`success` in any case, or no status, is ready; anything with "fail" has failed; any
 * other value is still being prepared.
 */
function runlogState(entry: HuaweiDcsRunlog): "ready" | "failed" | "pending" {
  const status = typeof entry.status === "string" ? entry.status.toLowerCase() : undefined;
  if (status === undefined || status === "succeed" || status === "success") return "ready";
  return status.includes("fail") ? "failed" : "pending";
}

// A DCS collection takes seconds to minutes (files are cut per day and per replica): first look
// after 2 s, then at most every 10 s.
const COLLECT_MIN_DELAY_MS = 2_000;
const COLLECT_MAX_DELAY_MS = 10_000;
const DEFAULT_MAX_WAIT_MS = 300_000;

/** `error` with `message` in place of its own (it keeps its class and fields). */
function explained<E extends Error>(error: E, message: string): E {
  error.message = message;
  return error;
}

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
    return async ({ logId, ...input }, { maxWaitMs: _, ...call }) => {
      if (logId !== undefined) return normalizeJdcloudRds(await client.updateLogDownloadURLInternal({ ...input, logId }, call));
      checkSeconds(input.seconds);
      const { seconds, ...listing } = input;
      const logs = await uniqueById(client.paginateDescribeLogs(listing, call), (log) => idText(log.id));
      const linked = await mapConcurrently(logs, LINK_CONCURRENCY, async (log: JdcloudRdsLog) => {
        // A link the listing carries is used as it is: no call, and it works for every engine.
        if (log.publicURL || log.internalURL) return normalizeJdcloudRdsLog(log);
        const id = idText(log.id);
        if (id === undefined) return [];
        const answer = await client.updateLogDownloadURLInternal({ instanceId: listing.instanceId, logId: id, seconds }, call).catch((error: unknown) => {
          throw notPostgresql(error, listing.instanceId);
        });
        return normalizeJdcloudRdsLog({ ...log, ...answer.result });
      });
      return linked.flat();
    };
  },
  async "otc-rds"(options) {
    const { createOtcRdsClient, errorlogExportState } = await load("otc-rds", () => import("@loglink/otc-rds"));
    const client = createOtcRdsClient(options);
    return async (input, { maxWaitMs, ...call }) => {
      // The first call on its own (with the client's retries): wrong credentials or an unreachable
      // endpoint fail at once, where the waiter would keep polling through connection errors
      // until its deadline (five minutes).
      const first = await client.downloadErrorlog(input, call);
      const state = errorlogExportState(first);
      if (state === "success") return normalizeOtcRds(first);
      if (state === "failure") throw new WaiterError("failed", first);
      // The files are prepared by a task: the waiter calls again until it reports FINISH.
      return normalizeOtcRds(await client.waitForErrorlogDownload(input, { ...call, maxWaitMs }));
    };
  },
  async "huawei-dcs"(options) {
    const { createHuaweiDcsClient } = await load("huawei-dcs", () => import("@loglink/huawei-dcs"));
    const client = createHuaweiDcsClient(options);
    type ListInput = Omit<LinkInputs["huawei-dcs"], "id" | "collect" | "replication_id">;
    /** Every run-log entry of the instance, each id once. */
    const listAll = (input: ListInput, call: CallOptions) => uniqueById(client.paginateListRedislog(input, call), runlogId);

    /**
     * Collects `days` of run logs and waits until the listing shows entries that were not there
     * before and all of them are ready; resolves to those entries.
     */
    async function collectAndWait(input: ListInput, days: CollectDays, replication_id: string | undefined, { maxWaitMs, ...call }: GetOptions) {
      const { instance_id } = input;
      const before = new Set((await listAll(input, call)).map(runlogId));
      await client.createRedislog({ instance_id, query_time: days, ...(replication_id !== undefined && { replication_id }) }, call);
      const fresh = (entries: HuaweiDcsRunlog[]) => entries.filter((entry) => !before.has(runlogId(entry)));
      const waitMs = maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
      try {
        return fresh(
          await waitUntil({
            provider: "huawei-dcs",
            operation: "listRedislog",
            input: { instance_id },
            status: (entries) =>
              `${fresh(entries).length} new run log(s): ${
                fresh(entries)
                  .map((entry) => entry.status ?? "no status")
                  .join(", ") || "none yet"
              }`,
            poll: (signal) => listAll(input, { ...call, signal }),
            state: (entries) => {
              const states = fresh(entries).map(runlogState);
              if (states.includes("failed")) return "failure";
              return states.length > 0 && states.every((state) => state === "ready") ? "success" : "retry";
            },
            minDelayMs: COLLECT_MIN_DELAY_MS,
            maxDelayMs: COLLECT_MAX_DELAY_MS,
            maxWaitMs: waitMs,
            signal: call.signal,
          }),
        );
      } catch (error) {
        if (!(error instanceof WaiterError)) throw error;
        const what = `collecting ${days} day(s) of run logs`;
        throw explained(
          error,
          error.reason === "failed"
            ? `${error.message} — ${what} failed: a new run-log entry reports a failed status (see lastResponse)`
            : `${error.message} — ${what}: no new run log was ready within ${waitMs} ms (DCS may still be collecting, or the period had no log lines); wait longer with maxWaitMs, or list without collect`,
        );
      }
    }

    return async ({ id, collect, replication_id, ...input }, options) => {
      const { maxWaitMs: _, ...call } = options;
      if (id !== undefined) {
        if (collect !== undefined || replication_id !== undefined) {
          throw new InvalidParameterError("collect", "huawei-dcs: collect and replication_id are for listing without id; with id only that log's link is made");
        }
        return normalizeHuaweiDcs(await client.createRedislogDownloadLink({ ...input, id }, call));
      }
      if (collect === undefined && replication_id !== undefined) {
        throw new InvalidParameterError("replication_id", "huawei-dcs: replication_id says which replica to collect from, so it needs collect");
      }
      if (collect !== undefined && !(collectDays as readonly unknown[]).includes(collect)) {
        throw new InvalidParameterError("collect", `huawei-dcs: collect must be one of ${collectDays.join(", ")} days (got ${JSON.stringify(collect)})`);
      }
      const entries =
        collect === undefined
          ? (await listAll(input, call)).filter((entry) => runlogState(entry) === "ready")
          : await collectAndWait(input, collect, replication_id, options);
      const linked = await mapConcurrently(
        entries.filter((entry) => runlogId(entry) !== undefined),
        LINK_CONCURRENCY,
        async (entry) =>
          normalizeHuaweiDcsRunlog({
            ...entry,
            ...(await client.createRedislogDownloadLink({ instance_id: input.instance_id, id: runlogId(entry)! }, call)),
          }),
      );
      return linked.flat();
    };
  },
  async "huawei-audit"(options) {
    const { createHuaweiAuditClient } = await load("huawei-audit", () => import("@loglink/huawei-audit"));
    const client = createHuaweiAuditClient(options);
    return async (input, { maxWaitMs: _, ...call }) => {
      const files = [];
      for await (const file of client.paginateAuditLogDownloadLink(input, call)) files.push(file);
      return normalizeHuaweiAudit({ files });
    };
  },
};

/** Refuses a `seconds` the link call would refuse, before the listing is sent (the listing does not use it). */
function checkSeconds(seconds: unknown) {
  if (!(Number.isSafeInteger(seconds) && (seconds as number) >= 1 && (seconds as number) <= 86_400)) {
    throw new InvalidParameterError("seconds", `jdcloud-rds: seconds must be an integer from 1 to 86400 (got ${JSON.stringify(seconds)})`);
  }
}

/**
 * JD Cloud documents `updateLogDownloadURLInternal` for PostgreSQL only: when it refuses a log of an
 * instance that is not `pg-…`, the message says so.
 */
function notPostgresql(error: unknown, instanceId: string): unknown {
  if (!(error instanceof ApiError) || error.status < 400 || error.status >= 500 || error.status === 429 || instanceId.startsWith("pg-")) {
    return error;
  }
  return explained(
    error,
    `${error.message} — JD Cloud documents updateLogDownloadURLInternal for PostgreSQL instances only, and ${instanceId} lists this log without a download link; ask JD Cloud for the link with describeLogDownloadURL or in the console`,
  );
}

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
    async get(input, options = {}) {
      connection ??= connect(clientOptions as unknown as ProviderOptions[P]);
      // A renewal asks for the links again with the same input, but never collects the logs again.
      const { collect: _collect, ...again } = input as Record<string, unknown>;
      const { signal: _signal, ...renewOptions } = options;
      return renewable(await (await connection)(input, options), () => this.get(again as typeof input, renewOptions));
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
      const same =
        link.fileName === undefined ? (fresh.length === links.length ? fresh[index] : undefined) : fresh.find((other) => other.fileName === link.fileName);
      if (!same) throw new LogLinkError(`${link.provider} no longer lists the file ${link.fileName ?? `#${index + 1}`}`);
      return same;
    };
    Object.defineProperty(link, "refresh", { value: refresh, enumerable: false, configurable: true, writable: true });
  });
  return links;
}
