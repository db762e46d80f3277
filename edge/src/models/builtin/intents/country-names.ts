/** Country names and adjectives (EN + DE, normalised spelling) → ISO 3166 alpha-2. Multi-word names first. */
export const countryNames: ReadonlyArray<readonly [string, string]> = [
  ["united kingdom", "GB"], ["great britain", "GB"], ["united states", "US"], ["the states", "US"],
  ["new zealand", "NZ"], ["vereinigte staaten", "US"], ["vereinigtes koenigreich", "GB"], ["south africa", "ZA"],
  ["germany", "DE"], ["deutschland", "DE"], ["german", "DE"], ["deutsche", "DE"], ["deutschen", "DE"],
  ["france", "FR"], ["frankreich", "FR"], ["french", "FR"], ["franzoesisch", "FR"], ["franzoesische", "FR"], ["paris", "FR"],
  ["uk", "GB"], ["england", "GB"], ["britain", "GB"], ["british", "GB"], ["scotland", "GB"], ["wales", "GB"],
  ["grossbritannien", "GB"], ["britisch", "GB"], ["britische", "GB"], ["london", "GB"],
  ["usa", "US"], ["america", "US"], ["amerika", "US"], ["american", "US"], ["amerikanisch", "US"], ["amerikanische", "US"],
  ["australia", "AU"], ["australien", "AU"], ["australian", "AU"], ["australisch", "AU"], ["sydney", "AU"],
  ["austria", "AT"], ["oesterreich", "AT"], ["austrian", "AT"], ["oesterreichisch", "AT"], ["wien", "AT"], ["vienna", "AT"],
  ["switzerland", "CH"], ["schweiz", "CH"], ["swiss", "CH"], ["schweizer", "CH"],
  ["netherlands", "NL"], ["niederlande", "NL"], ["holland", "NL"], ["dutch", "NL"],
  ["belgium", "BE"], ["belgien", "BE"], ["italy", "IT"], ["italien", "IT"], ["italian", "IT"],
  ["spain", "ES"], ["spanien", "ES"], ["spanish", "ES"], ["poland", "PL"], ["polen", "PL"],
  ["sweden", "SE"], ["schweden", "SE"], ["denmark", "DK"], ["daenemark", "DK"], ["ireland", "IE"], ["irland", "IE"],
  ["japan", "JP"], ["canada", "CA"], ["kanada", "CA"], ["luxembourg", "LU"], ["luxemburg", "LU"],
  ["berlin", "DE"], ["munich", "DE"], ["muenchen", "DE"], ["hamburg", "DE"],
];

/** Two-letter codes count only in capitals ("US", "DE"): lower case they are words ("us", "at", "it"). */
export const countryCodes = new Set(["DE", "FR", "GB", "UK", "US", "AU", "AT", "CH", "NL", "BE", "ES", "PL", "SE", "DK", "IE", "JP", "CA", "NZ", "LU"]);
