import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { timingSafeEqual } from "hono/utils/buffer";
import { isAdminToken } from "../analytics/admin-auth.ts";
import type { AnalyticsEnv } from "../analytics/analytics-env.ts";
import { bearerToken } from "../http/bearer-token.ts";

/**
 * The dashboard's sign-in cookie. It holds an HMAC of the admin token, not the token, so a
 * leaked cookie does not reveal the API credential, and rotating the token signs everyone out.
 */
const cookieName = "cart_saver_admin";

async function cookieValue(adminToken: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(adminToken), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode("cart-saver-dashboard-v1")));
  return Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Signed in by the cookie, or by an `Authorization: Bearer` admin token (scripts, curl). */
export async function isSignedIn(c: Context<AnalyticsEnv>): Promise<boolean> {
  return hasDashboardAccess(c, c.env.ADMIN_TOKEN);
}

/** isSignedIn for sub-apps with other bindings (the inbox), given the admin token. */
export async function hasDashboardAccess(c: Context, adminToken: string): Promise<boolean> {
  if (await isAdminToken(bearerToken(c.req.header("Authorization")), adminToken)) return true;
  const cookie = getCookie(c, cookieName);
  return cookie !== undefined && (await timingSafeEqual(cookie, await cookieValue(adminToken)));
}

export async function signIn(c: Context<AnalyticsEnv>, path: string): Promise<void> {
  setCookie(c, cookieName, await cookieValue(c.env.ADMIN_TOKEN), {
    path,
    httpOnly: true,
    sameSite: "Strict",
    secure: new URL(c.req.url).protocol === "https:",
    maxAge: 12 * 3600,
  });
}

export function signOut(c: Context<AnalyticsEnv>, path: string): void {
  deleteCookie(c, cookieName, { path });
}
