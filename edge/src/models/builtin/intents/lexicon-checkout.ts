/** Cues about paying, accounts, checkout trouble, trust and price (EN + DE). */

export const paymentCues = [
  "paypal", "klarna", "credit card|cards", "creditcard", "debit card", "visa", "mastercard", "amex", "apple pay",
  "google pay", "installment*", "instalment*", "pay later", "pay in", "bnpl", "invoice", "sofort", "bank transfer",
  "payment method*", "payment option*", "payment*", "pay with", "pay by", "finance|financing",
  "zahlungsart*", "zahlungsmethod*", "zahlungsmoeglich*", "bezahlen mit", "zahlen mit", "=bezahlung", "rechnung",
  "ratenzahlung", "=raten", "lastschrift", "ueberweisung", "kreditkarte*", "vorkasse",
  "how ~ pay", "ways to pay", "way to pay", "other way*", "else ~ pay", "can i pay", "pay then", "pay it later", "pay next",
  "get paid", "paid next", "payday", "declined", "card ~ rejected", "spread ~ cost", "split ~ payment|cost|price", "monthly",
  "money|cash ~ tight", "end of the month", "google pay", "gpay", "apple pay",
  "wie ~ bezahlen|zahlen", "spaeter ~ bezahlen|zahlen", "gehalt", "abgelehnt", "karte ~ nicht", "in raten", "monatlich",
  "nehmt ihr", "akzeptiert ihr", "zahlen sie", "bezahlen kann",
] as const;

export const payLaterCues = [
  "later", "pay then", "pay next", "get paid", "paid next", "payday", "installment*", "instalment*", "split*", "spread",
  "monthly", "invoice", "bnpl", "tight", "end of the month", "spaeter", "rechnung", "raten*", "ratenzahlung", "gehalt", "monatlich",
] as const;

export const accountCues = [
  "account", "acount", "sign* up", "signup", "register*", "registration", "guest", "log in", "login", "password", "profile",
  "konto", "kundenkonto", "registrier*", "anmeld*", "als gast", "gast*", "passwort", "einloggen",
] as const;

export const checkoutConfusionCues = [
  "cant find", "cannot find", "doesnt work", "does not work", "not working", "wont work", "broken", "error", "=stuck",
  "confus*", "how do i order|buy|pay|complete|finish|checkout", "where do i pay|enter|click", "wont let me", "cant pay",
  "cant checkout", "cannot pay", "button", "nothing happens", "where do i enter", "complete my order", "wont let me",
  "how do i complete", "where do i pay", "how to order",
  "fehler*", "funktioniert nicht", "geht nicht", "klappt nicht", "haengt", "wie bestelle", "wie kann ich bestellen",
  "wo kann ich bezahlen", "wo muss ich", "verstehe ~ nicht", "komme ~ nicht weiter", "passiert nichts", "wie bestelle ich",
] as const;

export const trustCues = [
  "safe", "secure*", "security", "scam*", "legit*", "=trust*", "fraud*", "is this real", "real shop", "fake", "my data",
  "privacy", "card details", "ssl", "encrypt*", "reliable", "trustworthy", "store my|your card*", "card number*", "keep my card*",
  "payment info*", "kartendaten", "kartennummer",
  "sicher", "sicherheit", "serioes", "betrug*", "vertrau*", "datenschutz", "meine|meinen|persoenliche|persoenlichen daten", "abzocke", "verschluessel*",
] as const;
/** "not sure" / "nicht sicher" is uncertainty, not a security question. */
export const trustExclusions = ["nicht sicher", "nicht so sicher", "bin ~ sicher"] as const;

export const discountCues = [
  "discount*", "black friday", "cyber monday", "coupon*", "voucher*", "promo*", "deal|deals", "sale", "cheaper", "cheapest", "=pricey", "lower price",
  "better price", "price match", "off", "bargain", "reduc*", "any code", "a code",
  "rabatt*", "gutschein*", "guenstiger", "billiger", "preisnachlass", "nachlass", "angebot*", "aktion*", "prozente",
  "preis runter", "am preis", "code for", "promo code", "go on sale", "=percent|prozent off",
] as const;

/** A short answer naming the price itself ("the price", "der Preis"), e.g. to "what's holding you back?". */
export const priceAnswerCues = ["price|prices|preis|cost|kosten|money|geld"] as const;
