import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Failure } from "../services/result.ts";

/**
 * Why a form post was refused, carried to the next page in a short-lived cookie (never in the
 * URL, so nobody can make the shop display text of their choosing through a link).
 */
const FLASH = "flash";

export function redirectWithError(c: Context, path: string, failure: Pick<Failure, "message">): Response {
  setCookie(c, FLASH, failure.message, { path: "/", httpOnly: true, sameSite: "Lax", maxAge: 120 });
  return c.redirect(path, 303);
}

export function takeFlash(c: Context): string | undefined {
  const message = getCookie(c, FLASH);
  if (message !== undefined) deleteCookie(c, FLASH, { path: "/" });
  return message;
}
