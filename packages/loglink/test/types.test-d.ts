import { describe, expectTypeOf, it } from "vitest";
import { createLogLinks, type DownloadLink } from "../src/index.js";
import { download } from "../src/node.js";

const token = { token: "t" };
const accessKey = { accessKeyId: "a", secretAccessKey: "s" };

describe("createLogLinks types", () => {
  it("types get's input and result by provider", () => {
    const otc = createLogLinks({ provider: "otc-rds", projectId: "p", credentials: token });
    expectTypeOf(otc.get).parameter(0).toEqualTypeOf<{ instance_id: string }>();
    expectTypeOf(otc.get({ instance_id: "i" })).resolves.toEqualTypeOf<DownloadLink<"otc-rds">[]>();

    const audit = createLogLinks({ provider: "huawei-audit", projectId: "p", credentials: accessKey });
    // @ts-expect-error start_time and end_time are required
    void audit.get({ instance_id: "i" });
    // @ts-expect-error last_file_name is the facade's business: get walks every page
    void audit.get({ instance_id: "i", start_time: "s", end_time: "e", last_file_name: "f" });
  });

  it("takes DCS and JD Cloud inputs without the log's id, collect only as 0, 1, 3 or 7 days, and get options", () => {
    const dcs = createLogLinks({ provider: "huawei-dcs", projectId: "p", credentials: token });
    void dcs.get({ instance_id: "i" });
    void dcs.get({ instance_id: "i", collect: 7, replication_id: "r" }, { maxWaitMs: 60_000, timeoutMs: 5_000, signal: AbortSignal.timeout(1) });
    // @ts-expect-error 2 days is not a documented period
    void dcs.get({ instance_id: "i", collect: 2 });
    const jd = createLogLinks({ provider: "jdcloud-rds", region: "cn-north-1", credentials: accessKey });
    void jd.get({ instanceId: "i", seconds: 60 });
    // @ts-expect-error seconds is still required (links made by updateLogDownloadURLInternal)
    void jd.get({ instanceId: "i" });
    // @ts-expect-error get options are signal, timeoutMs and maxWaitMs
    void jd.get({ instanceId: "i", seconds: 60 }, { retries: 1 });
  });

  it("requires what each provider needs", () => {
    // @ts-expect-error JD Cloud has one host for every region and no default: region is required
    createLogLinks({ provider: "jdcloud-rds", credentials: accessKey });
    // @ts-expect-error JD Cloud accepts no token
    createLogLinks({ provider: "jdcloud-rds", region: "cn-north-1", credentials: token });
    // Project id and credentials may come from the environment.
    createLogLinks({ provider: "huawei-dcs", region: "cn-south-1" });
    // @ts-expect-error not a provider
    createLogLinks({ provider: "aws-rds", credentials: token });
  });

  it("narrows raw by provider", () => {
    const link = {} as DownloadLink;
    if (link.provider === "huawei-audit") expectTypeOf(link.raw.size).toEqualTypeOf<number | undefined>();
    if (link.provider === "jdcloud-rds") expectTypeOf(link.raw).toHaveProperty("publicURL");
    expectTypeOf(link.expiresAt).toEqualTypeOf<Date | undefined>();
  });

  it("download takes a DownloadLink or just a url", () => {
    expectTypeOf(download).toBeCallableWith({} as DownloadLink, "out.log");
    expectTypeOf(download).toBeCallableWith({ url: "https://h/f" }, "out.log", { signal: AbortSignal.timeout(1) });
    // @ts-expect-error a link needs its url
    void download({ sizeBytes: 1 }, "out.log");
  });
});
