import { Hono } from "hono";
import type { AppEnv } from "../http/bindings.ts";

export const health = new Hono<AppEnv>().get("/", (c) => c.json({ ok: true, environment: c.var.config.ENVIRONMENT }));
