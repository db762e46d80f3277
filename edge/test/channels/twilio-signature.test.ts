import { describe, expect, it } from "vitest";
import fc from "fast-check";
import twilio from "twilio";
import { verifyTwilioSignature } from "../../src/channels/twilio-signature.ts";

describe("X-Twilio-Signature", () => {
  it("accepts exactly what the official helper signs, for any parameters", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 40 })),
        fc.webUrl({ withQueryParameters: true }),
        async (params, url) => {
          const signature = twilio.getExpectedTwilioSignature("token-123", url, params);
          expect(await verifyTwilioSignature("token-123", url, new URLSearchParams(params), signature)).toBe(true);
          expect(await verifyTwilioSignature("token-456", url, new URLSearchParams(params), signature)).toBe(false);
        },
      ),
      { numRuns: 50 },
    );
  });
});
