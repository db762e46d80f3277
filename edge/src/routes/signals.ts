import { Hono } from "hono";
import { z } from "zod";
import { recordEvents } from "../analytics/record-event.ts";
import { recordSafely } from "../analytics/record-safely.ts";
import { signalEvents } from "../analytics/platform-events.ts";
import { SignalType } from "../domain/session-state.ts";
import type { AppEnv } from "../http/bindings.ts";
import { limitBody } from "../http/limit-body.ts";
import { readJson } from "../http/read-json.ts";
import { authenticateSession, sessionStub, unknownSession } from "../http/session-auth.ts";

const Signal = z.object({
  token: z.string().min(1).max(4096),
  type: SignalType,
  /** When it happened in the browser: epoch milliseconds or an ISO timestamp. */
  at: z.union([z.number().int().nonnegative(), z.iso.datetime({ offset: true })]).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});

const maxClockSkewMs = 24 * 60 * 60 * 1000;

/** A browser's clock is not trusted beyond a day either way. */
function signalTime(at: number | string | undefined, now: number): number {
  const ms = typeof at === "string" ? Date.parse(at) : at;
  return ms !== undefined && Math.abs(ms - now) <= maxClockSkewMs ? ms : now;
}

/** POST /v1/signals — accepts text/plain JSON, since navigator.sendBeacon cannot set a JSON type. */
export const signals = new Hono<AppEnv>().post("/", limitBody(8 * 1024), async (c) => {
  const body = await readJson(c, Signal);
  if (!body.ok) return body.response;
  const auth = await authenticateSession(c, body.value.token);
  if (!auth.ok) return auth.response;
  const page = typeof body.value.data?.page === "string" ? body.value.data.page.slice(0, 2048) : null;
  const at = signalTime(body.value.at, Date.now());
  const result = await sessionStub(c, auth.value.sid)?.signal({ type: body.value.type, at, data: body.value.data, page });
  if (!result) return unknownSession();
  const ref = { siteId: auth.value.site, sessionId: auth.value.sid };
  await recordSafely("signal", () => recordEvents(c.env.DB, signalEvents(ref, body.value.type, at)));
  return c.json({ accepted: true, state: result.state }, 202);
});
