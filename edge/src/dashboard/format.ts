import type { Interval } from "../analytics/lift-schema.ts";

/** Formatting for the dashboard views only; everything upstream is integer minor units and 0..1 rates. */

const locale = "en-GB";

export function formatMoney(amount: number, currency: string): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "–" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(rate);
}

const points = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x * 100).toFixed(1)}`;

/** An absolute lift in percentage points with its interval: "+25.0 pts (95% CI −3.1 to +48.2)". */
export function formatPointsInterval(i: Interval | null): string {
  return i === null ? "not enough data" : `${points(i.estimate)} pts (95% CI ${points(i.lower)} to ${points(i.upper)})`;
}

/** A relative lift in percent with its interval: "+50.0% (95% CI −10.2% to +180.4%)". */
export function formatRelativeInterval(i: Interval | null): string {
  return i === null ? "not enough data" : `${points(i.estimate)}% (95% CI ${points(i.lower)}% to ${points(i.upper)}%)`;
}

export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(ms) + " UTC";
}

export function formatDay(isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" }).format(Date.parse(isoDate));
}

/** Step and code names as words: "checkout_link" → "Checkout link". */
export function label(code: string): string {
  const words = code.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
