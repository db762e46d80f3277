/**
 * One representative IANA zone per country (ISO 3166-1 alpha-2). For countries spanning several
 * zones this is the most populous one: quiet hours only need the shopper's evening and night.
 */
const zones: Record<string, string> = {
  AT: "Europe/Vienna", BE: "Europe/Brussels", BG: "Europe/Sofia", CH: "Europe/Zurich",
  CY: "Asia/Nicosia", CZ: "Europe/Prague", DE: "Europe/Berlin", DK: "Europe/Copenhagen",
  EE: "Europe/Tallinn", ES: "Europe/Madrid", FI: "Europe/Helsinki", FR: "Europe/Paris",
  GB: "Europe/London", GR: "Europe/Athens", HR: "Europe/Zagreb", HU: "Europe/Budapest",
  IE: "Europe/Dublin", IS: "Atlantic/Reykjavik", IT: "Europe/Rome", LI: "Europe/Vaduz",
  LT: "Europe/Vilnius", LU: "Europe/Luxembourg", LV: "Europe/Riga", MT: "Europe/Malta",
  NL: "Europe/Amsterdam", NO: "Europe/Oslo", PL: "Europe/Warsaw", PT: "Europe/Lisbon",
  RO: "Europe/Bucharest", RS: "Europe/Belgrade", SE: "Europe/Stockholm", SI: "Europe/Ljubljana",
  SK: "Europe/Bratislava", TR: "Europe/Istanbul", UA: "Europe/Kyiv",
  US: "America/New_York", CA: "America/Toronto", MX: "America/Mexico_City", BR: "America/Sao_Paulo",
  AR: "America/Argentina/Buenos_Aires", CL: "America/Santiago", CO: "America/Bogota",
  AU: "Australia/Sydney", NZ: "Pacific/Auckland", JP: "Asia/Tokyo", KR: "Asia/Seoul",
  CN: "Asia/Shanghai", HK: "Asia/Hong_Kong", SG: "Asia/Singapore", IN: "Asia/Kolkata",
  AE: "Asia/Dubai", IL: "Asia/Jerusalem", ZA: "Africa/Johannesburg",
};

/** The shopper's zone from a country code; UTC when the country is unknown. */
export function timeZoneForCountry(country: string | null | undefined): string {
  return (country && zones[country.toUpperCase()]) || "UTC";
}
