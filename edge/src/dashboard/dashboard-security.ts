import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";

/**
 * The dashboard runs no script at all and loads only its own stylesheet, so the CSP allows
 * exactly that; pages may not be framed, and forms post only back to the dashboard.
 */
export const dashboardHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  referrerPolicy: "same-origin",
});

/**
 * Beyond the SameSite=Strict cookie: a form POST must come from the dashboard's own origin
 * (Origin header, or Sec-Fetch-Site: same-origin); anything else is 403.
 */
export const sameOriginForms = csrf();
