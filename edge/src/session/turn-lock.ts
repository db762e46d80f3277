/**
 * One agent turn at a time per session. Held until the turn's stream has been fully produced
 * (or failed); a stale lock (a turn that never finished) expires after `maxHoldMs`.
 */
export class TurnLock {
  private heldSince: number | null = null;

  constructor(private readonly maxHoldMs: number, private readonly now: () => number = Date.now) {}

  get held(): boolean {
    return this.heldSince !== null && this.now() - this.heldSince < this.maxHoldMs;
  }

  tryAcquire(): boolean {
    if (this.held) return false;
    this.heldSince = this.now();
    return true;
  }

  release(): void {
    this.heldSince = null;
  }
}

/**
 * Returns a response whose body the client reads while a second copy is drained here, so the
 * turn completes (and persists its messages through onFinish) even if the client disconnects.
 * `done` settles when the stream ended or errored.
 */
export function observeBody(response: Response): { response: Response; done: Promise<void> } {
  if (response.body === null) return { response, done: Promise.resolve() };
  const [client, mine] = response.body.tee();
  const done = drain(mine);
  return { response: new Response(client, { status: response.status, headers: response.headers }), done };
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<void> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done } = await reader.read();
      if (done) return;
    }
  } catch (error) {
    console.error("cart-saver: agent turn stream failed", error);
  } finally {
    reader.releaseLock();
  }
}
