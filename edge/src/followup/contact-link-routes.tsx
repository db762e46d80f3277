/** @jsxImportSource hono/jsx */
import { Hono, type Context, type Env } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { verifyContactLink, type ContactLinkClaims, type LinkPurpose } from "./contact-links.ts";

/** What a session answers when a link is followed. */
export type LinkOutcome = "done" | "address_changed" | "unknown_session";

export interface ContactLinkDeps {
  secret: string;
  /** Marks the address verified on the session (and starts follow-ups it consented to). */
  confirm(claims: ContactLinkClaims): Promise<LinkOutcome>;
  /** Records the opt-out for the session and the address. */
  unsubscribe(claims: ContactLinkClaims): Promise<LinkOutcome>;
  now?: () => number;
}

function page(c: Context, status: ContentfulStatusCode, title: string, body: string, form?: { action: string; button: string }) {
  const html = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
      </head>
      <body style="font-family:Arial,Helvetica,sans-serif;max-width:480px;margin:48px auto;padding:0 16px;color:#222">
        <h1 style="font-size:20px">{title}</h1>
        <p>{body}</p>
        {form && (
          <form method="post" action={form.action}>
            <button type="submit" style="padding:12px 20px;font-size:16px">{form.button}</button>
          </form>
        )}
      </body>
    </html>
  );
  return c.html("<!doctype html>" + html.toString(), status);
}

const failures: Record<Exclude<LinkOutcome, "done"> | "invalid_token" | "link_expired", [ContentfulStatusCode, string, string]> = {
  invalid_token: [400, "This link is not valid", "Please use the link exactly as it arrived in your message."],
  link_expired: [410, "This link has expired", "Ask for a new confirmation from the shop's chat."],
  address_changed: [409, "This address is no longer on file", "The address was changed after this message was sent; nothing was changed."],
  unknown_session: [404, "Nothing to change", "We could not find the conversation this link belongs to."],
};

async function verified(c: Context, deps: ContactLinkDeps, purpose: LinkPurpose) {
  const result = await verifyContactLink(deps.secret, purpose, c.req.param("token") ?? "", deps.now?.() ?? Date.now());
  if (result.ok) return { ok: true as const, claims: result.value };
  const [status, title, body] = failures[result.code === "link_expired" ? "link_expired" : "invalid_token"];
  return { ok: false as const, response: page(c, status, title, body) };
}

/**
 * `GET /v1/contact/confirm/:token` (the email confirmation link: a page with a button) and
 * `POST` (that button confirms), `GET /v1/unsubscribe/:token` (a page with a button) and
 * `POST /v1/unsubscribe/:token` (that button, and RFC 8058 one-click from the mail client). Link
 * scanners in mail gateways open GET links, so no GET changes anything. Mount at the root. Small HTML pages;
 * a forged, expired or stale link gets a 4xx page.
 */
export function contactLinkRoutes<E extends Env>(resolve: (c: Context<E>) => ContactLinkDeps): Hono<E> {
  const app = new Hono<E>();
  // GET only shows the button: mail security scanners open links, and must not confirm an address.
  app.get("/v1/contact/confirm/:token", async (c) => {
    const link = await verified(c, resolve(c), "confirm");
    if (!link.ok) return link.response;
    return page(c, 200, "Confirm cart reminders", `Send reminders about your cart to ${link.claims.address}?`, { action: c.req.path, button: "Yes, confirm" });
  });
  app.post("/v1/contact/confirm/:token", async (c) => {
    const deps = resolve(c);
    const link = await verified(c, deps, "confirm");
    if (!link.ok) return link.response;
    const outcome = await deps.confirm(link.claims);
    if (outcome !== "done") return page(c, ...failures[outcome]);
    return page(c, 200, "Thank you, your address is confirmed", `We'll send reminders about your cart to ${link.claims.address}. Every message has a link to stop them.`);
  });
  app.get("/v1/unsubscribe/:token", async (c) => {
    const link = await verified(c, resolve(c), "unsubscribe");
    if (!link.ok) return link.response;
    return page(c, 200, "Unsubscribe from cart reminders", `Stop reminders to ${link.claims.address}?`, { action: c.req.path, button: "Unsubscribe" });
  });
  app.post("/v1/unsubscribe/:token", async (c) => {
    const deps = resolve(c);
    const link = await verified(c, deps, "unsubscribe");
    if (!link.ok) return link.response;
    const outcome = await deps.unsubscribe(link.claims);
    if (outcome === "address_changed" || outcome === "unknown_session") return page(c, ...failures[outcome]);
    return page(c, 200, "You are unsubscribed", `We won't send reminders about this cart to ${link.claims.address} again.`);
  });
  return app;
}
