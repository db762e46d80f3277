import { Hono } from "hono";
import { interventionEvent } from "../analytics/platform-events.ts";
import { recordEvent } from "../analytics/record-event.ts";
import { recordSafely } from "../analytics/record-safely.ts";
import { apiError } from "../http/api-error.ts";
import { bearerToken } from "../http/bearer-token.ts";
import type { AppEnv } from "../http/bindings.ts";
import { limitBody } from "../http/limit-body.ts";
import { readJson } from "../http/read-json.ts";
import { authenticateSession, sessionStub, unknownSession } from "../http/session-auth.ts";
import { ChatRequest } from "../session/chat-request.ts";
import { getSite } from "../sites/site-repository.ts";

/**
 * POST /v1/chat — the shopper's new message (or an opener request); the Session Durable Object
 * holds the history and runs the turn, answering with the AI SDK UI message stream (SSE).
 */
export const chat = new Hono<AppEnv>().post("/", limitBody(32 * 1024), async (c) => {
  const auth = await authenticateSession(c, bearerToken(c.req.header("Authorization")));
  if (!auth.ok) return auth.response;
  const body = await readJson(c, ChatRequest);
  if (!body.ok) return body.response;
  if (body.value.sessionId !== auth.value.sid) return apiError(403, "session_mismatch", "The token belongs to another session.");
  const site = await getSite(c.env.DB, c.var.config, auth.value.site);
  if (site === null) return apiError(404, "unknown_site", "The session's site no longer exists.", { siteId: auth.value.site });
  const stub = sessionStub(c, auth.value.sid);
  if (stub === null) return unknownSession();
  // Metadata is the server's (inbound replies carry their channel there): a browser's is dropped.
  if ("message" in body.value) return stub.chat({ site, message: { ...body.value.message, metadata: undefined } });
  const { opener } = body.value;
  const response = await stub.chat({ site, opener });
  if (response.ok) {
    // A proactive open that reached the shopper: an intervention, counted once per opener.
    const ref = { siteId: site.siteId, sessionId: auth.value.sid };
    await recordSafely("intervention", () => recordEvent(c.env.DB, interventionEvent(ref, opener.trigger, Date.now())));
  }
  return response;
});
