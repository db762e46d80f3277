/** Cues about the product itself: returns, sizing, stock, compatibility, quality (EN + DE). */

export const returnsCues = [
  "return|returns|returning|returnable", "refund*", "send ~ back", "money back", "exchang*", "swap ~ later",
  "what if ~ dont like", "if ~ doesnt fit", "if ~ dont fit", "doesnt fit", "does not fit", "dont fit",
  "ruecksend*", "rueckgab*", "zurueckschick*", "zurueckgeb*", "zuruecksend*", "zurueck*", "umtausch*", "umtauschen",
  "widerruf*", "geld zurueck", "erstatt*", "gefaellt ~ nicht", "=passt ~ nicht", "nicht =passt", "nicht =passen",
] as const;
/** "I'll return later" is about coming back, not about a return. */
export const returnsExclusions = ["return later", "return tomorrow", "return to ~ later"] as const;

export const exchangeCues = ["exchang*", "umtausch*", "umtauschen", "swap ~ later"] as const;

export const sizingStrongCues = [
  "fit|fits", "which size", "what size", "true to size", "run|runs|running small|large|big|tight",
  "too small|big|large|tight|loose", "measure*", "size guide", "size chart", "sizing", "between sizes",
  "right size", "my size", "doesnt fit", "dont fit",
  "=passt|=passen|passform", "welche groesse", "faellt ~ aus", "zu klein|gross|eng|weit", "groessentabelle",
  "brustumfang", "taille", "hueftumfang", "fusslaenge", "meine groesse", "normalerweise", "usually", "normally",
] as const;
/** "size" alone is weak: "do you have size M" is a stock question. */
export const sizingWeakCues = ["size|sizes", "groesse*", "gross"] as const;

export const stockStrongCues = [
  "in stock", "out of stock", "stock*", "sold out", "back in stock", "restock*", "any left", "left in", "inventory",
  "do you have ~ in", "have it in", "have this in", "have them in", "still have", "come in", "still available", "still there",
  "auf lager", "=lager*", "vorrat*", "vorraetig", "lieferbar", "ausverkauft", "gibt es ~ in", "gibts ~ in",
  "habt ihr ~ in", "haben sie ~ in", "noch da", "noch verfuegbar", "nachschub",
] as const;
/** Asking for a named size or colour: "do you have size M", "gibt es die in Blau". */
export const stockAskCues = ["do you have", "do u have", "have u got", "you guys have", "still there", "any ~ left", "hows stock", "have you got", "got it in", "got this in", "is there", "are there", "habt ihr", "haben sie", "gibt es", "gibts", "hast du"] as const;
/** "available" is weak: "which payment methods are available" is not about stock. */
export const stockWeakCues = ["availab*", "verfuegbar*", "erhaeltlich"] as const;

export const compatibilityCues = [
  "compatib*", "kompatib*", "work with", "works with", "working with", "fit my", "fits my", "support*",
  "funktioniert ~ mit", "geht ~ mit", "=passt ~ fuer|zu|auf|an", "fuer mein|meine|meinen", "mit mein|meinem|meiner",
] as const;

export const qualityCues = [
  "quality", "material*", "durab*", "last long", "hold up", "well made", "cheap", "cheaply", "flimsy", "review*",
  "rating*", "fabric", "made of", "waterproof", "breathable", "wasserdicht", "atmungsaktiv", "break|breaks", "falls apart", "sturdy",
  "qualitaet*", "verarbeit*", "haltbar*", "robust", "stoff", "bewertung*", "rezension*", "billig", "kaputt", "hochwertig",
  "any good", "real leather", "leather real", "is the leather", "woraus", "aus welchem", "taugen", "taugt", "feel cheap", "well made",
] as const;
