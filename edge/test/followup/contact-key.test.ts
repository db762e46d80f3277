import { describe, expect, it } from "vitest";
import { contactKey } from "../../src/session/contact-index.ts";

describe("contact keys (inbound replies find their session by address)", () => {
  it("matches Twilio's +49… and Meta's 49… to the same phone, however it was typed", () => {
    const key = contactKey("sms", "+4915112345678");
    expect(key).toBe("phone:4915112345678");
    expect(contactKey("whatsapp", "4915112345678")).toBe(key);
    expect(contactKey("sms", "+49 151 1234-5678")).toBe(key);
  });

  it("compares email addresses case-insensitively and refuses what is not an address", () => {
    expect(contactKey("email", " Ada@Example.com ")).toBe("email:ada@example.com");
    expect(contactKey("email", "not an address")).toBeNull();
    expect(contactKey("sms", "12")).toBeNull();
  });
});
