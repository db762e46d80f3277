import { afterEach, describe, expect, it, vi } from "vitest";
import { deadline, fetchWithDeadline } from "../../src/http/deadline.ts";

/** A fetch whose response (or body) never arrives until its signal aborts. */
function stalledFetch(stage: "headers" | "body"): typeof fetch {
  return async (_input, init) => {
    const signal = init?.signal ?? null;
    if (stage === "headers") return new Promise<never>((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason)));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"partial":'));
        signal?.addEventListener("abort", () => controller.error(signal.reason));
      },
    });
    return new Response(body, { status: 200 });
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("deadline", () => {
  it("aborts with a TimeoutError once the time is up", async () => {
    vi.useFakeTimers();
    const { signal } = deadline(1000);
    vi.advanceTimersByTime(999);
    expect(signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(DOMException);
    expect(Reflect.get(signal.reason, "name")).toBe("TimeoutError");
  });

  it("leaves no timer pending once cleared (a pending timer keeps a Durable Object in memory)", () => {
    vi.useFakeTimers();
    const { signal, clear } = deadline(120_000);
    expect(vi.getTimerCount()).toBe(1);
    clear();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(200_000);
    expect(signal.aborted).toBe(false);
  });
});

describe("fetchWithDeadline", () => {
  it("returns the whole response and clears its timer", async () => {
    vi.useFakeTimers();
    const doFetch: typeof fetch = async () => Response.json({ ok: true }, { status: 201, headers: { "x-store": "demo" } });
    const response = await fetchWithDeadline(doFetch, "http://store.test/api", { method: "POST" }, 8000);
    expect(vi.getTimerCount()).toBe(0);
    expect(response.status).toBe(201);
    expect(response.headers.get("x-store")).toBe("demo");
    expect(await response.json()).toEqual({ ok: true });
  });

  it("passes a bodiless status through", async () => {
    const response = await fetchWithDeadline(async () => new Response(null, { status: 204 }), "http://store.test/api", {}, 8000);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });

  it("times out when the headers never come", async () => {
    const failure = await fetchWithDeadline(stalledFetch("headers"), "http://store.test/api", {}, 20).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DOMException);
    expect(Reflect.get(Object(failure), "name")).toBe("TimeoutError");
  });

  it("times out when the body stalls after the headers", async () => {
    const failure = await fetchWithDeadline(stalledFetch("body"), "http://store.test/api", {}, 20).catch((error: unknown) => error);
    expect(Reflect.get(Object(failure), "name")).toBe("TimeoutError");
  });

  it("clears its timer when the fetch fails", async () => {
    vi.useFakeTimers();
    const failing: typeof fetch = async () => {
      throw new TypeError("connection refused");
    };
    await expect(fetchWithDeadline(failing, "http://store.test/api", {}, 8000)).rejects.toThrow("connection refused");
    expect(vi.getTimerCount()).toBe(0);
  });
});
