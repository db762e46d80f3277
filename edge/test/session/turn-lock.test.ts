import { describe, expect, it } from "vitest";
import { observeBody, TurnLock } from "../../src/session/turn-lock.ts";

describe("TurnLock", () => {
  it("admits one turn at a time and expires a turn that never finished", () => {
    let now = 0;
    const lock = new TurnLock(1000, () => now);
    expect(lock.tryAcquire()).toBe(true);
    expect(lock.tryAcquire()).toBe(false);
    expect(lock.held).toBe(true);
    now = 1000;
    expect(lock.held).toBe(false);
    expect(lock.tryAcquire()).toBe(true);
    lock.release();
    expect(lock.tryAcquire()).toBe(true);
  });
});

describe("observeBody", () => {
  function controlledResponse() {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    return { response: new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } }), controller };
  }

  it("passes the stream through and settles when it ends", async () => {
    const { response, controller } = controlledResponse();
    const observed = observeBody(response);
    let settled = false;
    void observed.done.then(() => (settled = true));
    controller.enqueue(new TextEncoder().encode("data: 1\n\n"));
    controller.close();
    expect(await observed.response.text()).toBe("data: 1\n\n");
    await observed.done;
    expect(settled).toBe(true);
    expect(observed.response.headers.get("Content-Type")).toBe("text/event-stream");
  });

  it("keeps draining after the client went away, so the turn still completes", async () => {
    const { response, controller } = controlledResponse();
    const observed = observeBody(response);
    // A tee branch's cancel() settles only once the other branch is done too: don't await it here.
    const cancelled = observed.response.body?.cancel();
    let settled = false;
    void observed.done.then(() => (settled = true));
    controller.enqueue(new TextEncoder().encode("late"));
    await Promise.resolve();
    expect(settled).toBe(false);
    controller.close();
    await observed.done;
    await cancelled;
    expect(settled).toBe(true);
  });

  it("settles when the stream errors", async () => {
    const { response, controller } = controlledResponse();
    const observed = observeBody(response);
    controller.error(new Error("model exploded"));
    await expect(observed.done).resolves.toBeUndefined();
  });
});
