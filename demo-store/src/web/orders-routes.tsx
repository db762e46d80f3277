/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from "hono";
import type { StoreDeps } from "../services/store-deps.ts";
import { ErrorPage } from "./error-page.tsx";
import { OrderPage } from "./order-page.tsx";
import { pageContext } from "./page-context.ts";
import type { WebEnv } from "./web-env.ts";

/** Order confirmation. Order ids are unguessable, so the id is the capability to view it. */
export const ordersRoutes = (deps: StoreDeps) =>
  new Hono<WebEnv>().get("/:id", (c) => {
    const order = deps.repo.read().orders[c.req.param("id")];
    const page = pageContext(c, deps);
    if (!order) return c.html(<ErrorPage page={page} title="Order not found" code="order_not_found" message="We could not find that order." />, 404);
    return c.html(<OrderPage page={page} order={order} />);
  });
