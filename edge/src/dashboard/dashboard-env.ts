import type { AnalyticsEnv } from "../analytics/analytics-env.ts";
import type { RateLimiter } from "../http/rate-limit.ts";

/** The dashboard's bindings: the analytics ones plus the login throttle (`[[ratelimits]]` RL_LOGIN). */
export interface DashboardEnv {
  Bindings: AnalyticsEnv["Bindings"] & { RL_LOGIN?: RateLimiter };
}
