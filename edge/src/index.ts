import { createApp } from "./app.ts";

/** Worker entry: the Hono app, and the Session Durable Object class wrangler.toml binds as SESSIONS. */
export default createApp();
export { SessionObject } from "./session/session-object.ts";
