import { describe, expect, it } from "vitest";
import { timeZoneForCountry } from "../../src/followup/country-time-zones.ts";
import { deferPastQuietHours, localMinuteOfDay } from "../../src/followup/quiet-hours.ts";

const night = { start: "21:00", end: "08:00" };

describe("quiet hours in the shopper's time zone", () => {
  it("maps countries to zones and falls back to UTC", () => {
    expect(timeZoneForCountry("de")).toBe("Europe/Berlin");
    expect(timeZoneForCountry("US")).toBe("America/New_York");
    expect(timeZoneForCountry("ZZ")).toBe("UTC");
    expect(timeZoneForCountry(null)).toBe("UTC");
  });

  it("reads local time with Intl", () => {
    // 2026-01-15 22:30 UTC is 23:30 in Berlin (CET, UTC+1).
    expect(localMinuteOfDay(Date.UTC(2026, 0, 15, 22, 30), "Europe/Berlin")).toBe(23 * 60 + 30);
  });

  it("defers a step due at night to the end of quiet hours, same night or next morning", () => {
    const lateEvening = Date.UTC(2026, 0, 15, 21, 30); // 22:30 Berlin
    expect(deferPastQuietHours(lateEvening, night, "Europe/Berlin")).toBe(Date.UTC(2026, 0, 16, 7, 0)); // 08:00 Berlin
    const earlyMorning = Date.UTC(2026, 0, 16, 4, 15); // 05:15 Berlin
    expect(deferPastQuietHours(earlyMorning, night, "Europe/Berlin")).toBe(Date.UTC(2026, 0, 16, 7, 0));
  });

  it("leaves daytime sends alone, and judges by the shopper's zone, not UTC", () => {
    const noonBerlin = Date.UTC(2026, 0, 15, 11, 0);
    expect(deferPastQuietHours(noonBerlin, night, "Europe/Berlin")).toBe(noonBerlin);
    // 06:00 UTC is 07:00 in Berlin (quiet) but 01:00 in New York (quiet) and 15:00 in Tokyo (not).
    const at = Date.UTC(2026, 0, 15, 6, 0);
    expect(deferPastQuietHours(at, night, "Asia/Tokyo")).toBe(at);
    expect(deferPastQuietHours(at, night, "America/New_York")).toBe(Date.UTC(2026, 0, 15, 13, 0));
  });

  it("lands on local 08:00 across a daylight-saving switch", () => {
    // Night of 28/29 March 2026: Berlin moves from UTC+1 to UTC+2 at 02:00.
    const beforeSwitch = Date.UTC(2026, 2, 28, 22, 0); // 23:00 CET
    expect(deferPastQuietHours(beforeSwitch, night, "Europe/Berlin")).toBe(Date.UTC(2026, 2, 29, 6, 0)); // 08:00 CEST
  });

  it("treats equal start and end as no quiet hours", () => {
    const at = Date.UTC(2026, 0, 15, 2, 0);
    expect(deferPastQuietHours(at, { start: "00:00", end: "00:00" }, "UTC")).toBe(at);
  });
});
