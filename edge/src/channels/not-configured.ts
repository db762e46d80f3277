import { apiError } from "../http/api-error.ts";

/** A webhook for a channel whose provider env is not set: resolvers return null for it. */
export function notConfigured(): Response {
  return apiError(404, "channel_not_configured", "This channel is not configured on this deployment.");
}
