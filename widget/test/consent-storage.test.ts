import { beforeEach, describe, expect, it } from "vitest";
import { browserStorage, createConsentStorage } from "../src/loader/consent-storage.ts";

const stored = () => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith("cartsaver:"));

describe("consent-gated storage", () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    for (const c of document.cookie.split(";")) document.cookie = `${c.split("=")[0]}=; max-age=0`;
  });

  it("keeps everything in memory until consent when the site requires it", () => {
    const s = createConsentStorage(browserStorage);
    s.setRequired(true);
    s.set("local", "visitor", "v1");
    s.set("session", "open:s1", "1");
    expect(s.get("local", "visitor")).toBe("v1");
    expect(stored()).toEqual([]);
    expect(document.cookie).toBe("");
    s.consent(true);
    expect(localStorage.getItem("cartsaver:visitor")).toBe("v1");
    expect(sessionStorage.getItem("cartsaver:open:s1")).toBe("1");
  });

  it("writes nothing before the config said whether consent is needed", () => {
    const s = createConsentStorage(browserStorage);
    s.set("local", "visitor", "v1");
    expect(stored()).toEqual([]);
    s.setRequired(false);
    expect(localStorage.getItem("cartsaver:visitor")).toBe("v1");
  });

  it("stores directly when the site does not require consent", () => {
    const s = createConsentStorage(browserStorage);
    s.setRequired(false);
    s.set("local", "visitor", "v2");
    expect(localStorage.getItem("cartsaver:visitor")).toBe("v2");
  });

  it("removes what it stored when consent is withdrawn", () => {
    const s = createConsentStorage(browserStorage);
    s.setRequired(true);
    s.consent(true);
    s.set("local", "visitor", "v3");
    localStorage.setItem("other", "kept");
    s.consent(false);
    expect(stored()).toEqual([]);
    expect(localStorage.getItem("other")).toBe("kept");
    s.set("local", "visitor", "v4");
    expect(stored()).toEqual([]);
  });

  it("keeps working in memory when storage throws", () => {
    const s = createConsentStorage(() => {
      throw new Error("blocked");
    });
    s.setRequired(false);
    s.set("local", "visitor", "v5");
    expect(s.get("local", "visitor")).toBe("v5");
  });
});
