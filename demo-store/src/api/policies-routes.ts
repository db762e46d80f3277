import { Hono } from "hono";
import { policies } from "../domain/policies.ts";

export const policiesRoutes = () => new Hono().get("/", (c) => c.json(policies));
