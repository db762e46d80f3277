import type { SiteConfig } from "../config/site-config.ts";

export type QuietHours = SiteConfig["followUp"]["quietHours"];

const minute = 60_000;
const day = 24 * 60;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Minutes since local midnight (fractional, seconds included) at `at` in `timeZone`. */
export function localMinuteOfDay(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part("hour") * 60 + part("minute") + (part("second") * 1000 + (at % 1000)) / minute;
}

/** Whether a local minute-of-day falls in the window [start, end), which may span midnight. */
function insideWindow(local: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? local >= start && local < end : local >= start || local < end;
}

/**
 * `at` itself when it is outside quiet hours in `timeZone`, otherwise the instant quiet hours end
 * there: a step due at night is deferred to the morning, never dropped.
 */
export function deferPastQuietHours(at: number, quiet: QuietHours, timeZone: string): number {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const local = localMinuteOfDay(at, timeZone);
  if (!insideWindow(local, start, end)) return at;
  const wait = (end - local + day) % day;
  const candidate = at + wait * minute;
  // A daylight-saving switch during the night shifts local time by the offset change; correct once.
  const drift = end - localMinuteOfDay(candidate, timeZone);
  const corrected = Math.abs(drift) > 0.001 && Math.abs(drift) <= 120 ? candidate + drift * minute : candidate;
  return Math.round(corrected);
}
