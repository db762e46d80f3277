import { Hono } from "hono";
import { z } from "zod";
import { apiError } from "../http/api-error.ts";
import { bearerToken } from "../http/bearer-token.ts";
import type { AppEnv } from "../http/bindings.ts";
import { authenticateSession, sessionStub, unknownSession } from "../http/session-auth.ts";
import { getSite } from "../sites/site-repository.ts";

const EventsQuery = z.object({ after: z.string().min(1).max(100).optional(), token: z.string().max(2048).optional() });
const LastEventId = z.string().min(1).max(100).optional().catch(undefined);

/**
 * GET /v1/sessions/:id/events — server-sent events for the shopper's open panel: messages from
 * the store's team (and the platform's handover notices) as they are written. `after` (a message
 * id the panel already has) replays what came after it; on a reconnect the browser's
 * `Last-Event-ID` (the last message it received) takes its place, so a reconnect misses nothing.
 */
export const sessionEvents = new Hono<AppEnv>().get("/:id/events", async (c) => {
  const query = EventsQuery.safeParse(c.req.query());
  if (!query.success) return apiError(400, "invalid_query", "after: a message id of at most 100 characters; token: a session token.");
  // The browser's EventSource cannot send headers: the short-lived session token may come in the query.
  const auth = await authenticateSession(c, bearerToken(c.req.header("Authorization")) ?? query.data.token ?? null);
  if (!auth.ok) return auth.response;
  if (auth.value.sid !== c.req.param("id")) return apiError(403, "session_mismatch", "The token belongs to another session.");
  const site = await getSite(c.env.DB, c.var.config, auth.value.site);
  if (site === null) return apiError(404, "unknown_site", "The session's site no longer exists.", { siteId: auth.value.site });
  const stub = sessionStub(c, auth.value.sid);
  if (stub === null) return unknownSession();
  const lastEventId = LastEventId.parse(c.req.header("Last-Event-ID"));
  return stub.events(site, lastEventId ?? query.data.after ?? null);
});
