import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { apiError } from "./http/api-error.ts";
import type { AppEnv } from "./http/bindings.ts";
import { requireSecureConfig } from "./http/require-secure-config.ts";
import { clientIp, namedLimiter, rateLimit } from "./http/rate-limit.ts";
import { shopperCors } from "./http/site-cors.ts";
import { analyticsRoutes } from "./analytics/analytics-routes.ts";
import { dashboardRoutes } from "./dashboard/dashboard-routes.ts";
import { adminSites } from "./routes/admin-sites.ts";
import { channelRoutes } from "./routes/channels.ts";
import { contactRoutes } from "./routes/channels-contact.ts";
import { chat } from "./routes/chat.ts";
import { health } from "./routes/health.ts";
import { orderWebhooks } from "./routes/order-webhooks.ts";
import { sessions } from "./routes/sessions.ts";
import { sessionEvents } from "./routes/session-events.ts";
import { signals } from "./routes/signals.ts";
import { widgetConfig } from "./routes/widget-config.ts";

/** The edge worker's HTTP API (docs/edge-api.md). Bindings come from wrangler.toml. */
export function createApp() {
  const app = new Hono<AppEnv>();

  app.use(requestId());
  // The API is called cross-origin by the widget on shop pages (CORS decides who reads it).
  app.use(secureHeaders({ crossOriginResourcePolicy: "cross-origin" }));
  app.use(requireSecureConfig);
  app.use("/v1/sessions/*", shopperCors);
  app.use("/v1/sessions", shopperCors);
  app.use("/v1/signals", shopperCors);
  app.use("/v1/chat", shopperCors);
  app.use("/v1/contact", shopperCors);
  // Rate limits per route class (wrangler.toml [[ratelimits]]), after CORS so a 429 is readable.
  app.on("POST", "/v1/sessions", rateLimit<AppEnv>(namedLimiter("RL_SESSIONS"), clientIp));
  app.on("POST", "/v1/chat", rateLimit<AppEnv>(namedLimiter("RL_CHAT"), clientIp));
  app.on("POST", "/v1/signals", rateLimit<AppEnv>(namedLimiter("RL_SIGNALS"), clientIp));
  app.on("POST", ["/v1/contact", "/v1/contact/*"], rateLimit<AppEnv>(namedLimiter("RL_CONTACT"), clientIp));

  app.route("/health", health);
  app.route("/v1/sites", widgetConfig);
  app.route("/v1/sessions", sessions);
  app.route("/v1/sessions", sessionEvents);
  app.route("/v1/signals", signals);
  app.route("/v1/chat", chat);
  app.route("/v1/admin/sites", adminSites);
  app.route("/v1/webhooks", orderWebhooks);
  app.route("/v1/analytics", analyticsRoutes);
  app.route("/dashboard", dashboardRoutes);
  // Follow-ups: resume links (/r/:token) and the channel webhooks (/v1/channels/*).
  app.route("/v1/contact", contactRoutes);
  app.route("/", channelRoutes);

  app.notFound((c) => apiError(404, "not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      return apiError(error.status, "http_error", error.message || "Request failed.");
    }
    const id = c.get("requestId");
    console.error(`cart-saver: unhandled error (request ${id})`, error);
    return apiError(500, "internal_error", "Something went wrong on our side.", { requestId: id });
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
