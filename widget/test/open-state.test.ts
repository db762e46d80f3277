import { beforeEach, describe, expect, it } from "vitest";
import { createConsentStorage } from "../src/loader/consent-storage.ts";
import { rememberOpen, wasOpen } from "../src/loader/open-state.ts";

beforeEach(() => {
  sessionStorage.clear();
  history.replaceState(null, "");
});

describe("panel open state across a reload", () => {
  it("without storage consent: kept only in this page's history entry, beside the host's own state", () => {
    history.replaceState({ router: 3 }, "");
    const storage = createConsentStorage(() => sessionStorage);
    rememberOpen(storage, "s1", true);
    expect(Object.keys(sessionStorage)).toEqual([]);
    expect(history.state).toEqual({ router: 3, cartSaverOpen: "s1" });
    // A reload: a fresh loader with an empty memory.
    const next = createConsentStorage(() => sessionStorage);
    expect(wasOpen(next, "s1")).toBe(true);
    expect(wasOpen(next, "another-session")).toBe(false);
    rememberOpen(next, "s1", false);
    expect(wasOpen(createConsentStorage(() => sessionStorage), "s1")).toBe(false);
  });

  it("with consent: in sessionStorage, so it follows the shopper to the next page", () => {
    const storage = createConsentStorage(() => sessionStorage);
    storage.consent(true);
    rememberOpen(storage, "s1", true);
    history.replaceState(null, ""); // another page: a new history entry
    expect(wasOpen(createConsentStorage(() => sessionStorage), "s1")).toBe(true);
  });

  it("leaves a host's non-object history state alone", () => {
    history.replaceState("host-string", "");
    rememberOpen(createConsentStorage(() => sessionStorage), "s1", true);
    expect(history.state).toBe("host-string");
  });
});
