import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { z } from "zod";
import type { SiteConfig } from "../config/site-config.ts";
import type { Policies } from "../store/store-schemas.ts";

/**
 * The country a number belongs to, by its full prefix: +1 876 is Jamaica, not the US (NANP
 * ranges abroad are a favourite of SMS pumping). Null for a number that is not valid anywhere.
 */
export function phoneCountry(phone: string): string | null {
  const parsed = parsePhoneNumberFromString(phone);
  return parsed?.isValid() ? (parsed.country ?? null) : null;
}

const ShippingCountries = z.object({ countries: z.array(z.string()) });

/** The site's allowlist, else the countries the store ships to, else none. */
export function allowedPhoneCountries(followUp: SiteConfig["followUp"], policies: Policies | null): string[] {
  if (followUp.phoneCountries) return followUp.phoneCountries;
  const shipping = ShippingCountries.safeParse(policies?.shipping);
  return shipping.success ? shipping.data.countries.map((c) => c.toUpperCase()) : [];
}
