import { Hono, type Context } from "hono";
import { z } from "zod";
import { openHandovers } from "../handover/handover-index.ts";
import type { AppEnv } from "../http/bindings.ts";
import { limitBody } from "../http/limit-body.ts";
import { sessionStub } from "../http/session-auth.ts";
import { getSite } from "../sites/site-repository.ts";
import { siteStore } from "../store/site-store.ts";
import { isSignedIn } from "./dashboard-session.ts";
import { ErrorPage } from "./error-page.tsx";
import { InboxConversation, InboxList } from "./inbox-page.tsx";
import { InboxView } from "./inbox-view.ts";

type InboxContext = Context<AppEnv>;

const page = (node: unknown) => `<!doctype html>${String(node)}`;
/** The dashboard's base path, from /…/inbox[/:id[/action]]. */
const baseOf = (path: string) => path.replace(/\/inbox(\/.*)?$/, "") || "/";
const SessionId = z.string().regex(/^[0-9a-f]{64}$/, "a session id");
const ReplyForm = z.object({ text: z.string().trim().min(1).max(4000), name: z.string().trim().min(1).max(60) });

async function conversation(c: InboxContext, id: string) {
  const stub = sessionStub(c, id);
  if (stub === null) return null;
  const parsed = InboxView.safeParse(await stub.view());
  if (!parsed.success) return null;
  const view = parsed.data;
  const site = await getSite(c.env.DB, c.var.config, view.siteId);
  return { stub, view, site };
}

async function render(c: InboxContext, id: string, notice?: string, status: 200 | 400 | 404 = 200) {
  const base = baseOf(c.req.path);
  const found = SessionId.safeParse(id).success ? await conversation(c, id) : null;
  if (found === null) return c.html(page(ErrorPage({ title: "No such conversation", messages: [`No session ${id}.`], backTo: `${base}/inbox` })), 404);
  const { view, site } = found;
  const store = site && siteStore(site, c.env);
  const cart = store ? await store.getCart(view.cartId) : null;
  const props = { sessionId: id, siteId: view.siteId, state: view.state, reason: view.handoverReason, messages: view.messages, objections: view.objections, cart: cart?.ok ? cart.value : null, basePath: base };
  return c.html(page(InboxConversation(notice ? { ...props, notice } : props)), status);
}

/** The handover inbox, mounted at /dashboard/inbox: conversations waiting for a person, replies, hand-back. */
export const inboxRoutes = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (!(await isSignedIn(c, c.var.config.ADMIN_TOKEN))) return c.redirect(baseOf(c.req.path), 303);
    await next();
  })
  .get("/", async (c) => c.html(page(InboxList({ handovers: await openHandovers(c.env.DB, c.req.query("site") ?? null), basePath: baseOf(c.req.path) }))))
  .get("/:id", (c) => render(c, c.req.param("id")))
  .post("/:id/reply", limitBody(16 * 1024), async (c) => {
    const id = c.req.param("id");
    // A malformed multipart body makes parseBody throw: that is a bad form, not a server error.
    const form = ReplyForm.safeParse(await c.req.parseBody().catch(() => null));
    if (!form.success) return render(c, id, "Write a reply (at most 4000 characters) and a name.", 400);
    const found = SessionId.safeParse(id).success ? await conversation(c, id) : null;
    if (found === null || found.site === null) return render(c, id);
    const sent = await found.stub.humanReply(found.site, form.data.text, form.data.name);
    const notice = !sent.ok ? sent.message : sent.delivered === "live" ? "Sent: the shopper's panel is open." : sent.delivered === "email" ? "Sent by email: the shopper's panel is closed." : "Saved: the shopper's chat is closed; they will see it when they open it again.";
    return render(c, id, notice);
  })
  .post("/:id/hand-back", async (c) => {
    const id = c.req.param("id");
    const found = SessionId.safeParse(id).success ? await conversation(c, id) : null;
    if (found === null || found.site === null) return render(c, id);
    const handedBack = await found.stub.handBack(found.site);
    return render(c, id, handedBack ? "Handed back to the assistant." : "The assistant already holds this conversation.");
  });
