/** Cues for shipping cost and delivery time (EN + DE, after normalizeText). */

/** Something about sending the parcel; cost or time is decided by the cues below. */
export const shippingSubject = [
  "ship*", "shipping", "postage", "deliver*", "delivery", "courier", "parcel",
  "send it to", "ship it to", "versand*", "*versand", "verschick*", "porto", "express", "next day", "overnight",
  "zu schicken|senden", "schicken ~ nach", "lieferung", "post it|this|them to", "unterwegs",
  "=lieferung*|=liefern|=liefert|=liefere|=lieferst|=liefer|=lieferzeit*|=lieferkost*|=lieferdauer|=lieferoption*|=liefergebuehr*|=lieferfrist*", "*lieferung", "zustell*", "paket",
] as const;

export const costCues = [
  "cost*", "price*", "how much", "fee|fees", "charge*", "expensive", "=pricey", "free", "pay", "paid",
  "kost*", "*kosten*", "teuer", "gratis", "umsonst", "gebuehr*", "preis*", "wie viel|wieviel", "zahlen", "bezahlen",
] as const;

export const timeCues = [
  "how long", "how fast", "how quick*", "when", "fast|faster|fastest", "quick|quickly", "days", "take|takes", "arriv*",
  "before", "by monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|christmas|weekend",
  "time", "soon", "week|weeks", "express", "overnight", "slow", "in time",
  "wann", "dauer*", "schnell*", "tage|tagen|werktage*", "*zeit", "rechtzeitig", "ankomm*", "bis", "langsam", "eilig", "express*",
] as const;

/** Arrival questions that need no shipping word: "will it get here before Friday?". */
export const arrivalCues = [
  "arriv*", "get here", "get it by", "get it before", "get to me", "be here", "here by", "here before", "receive it",
  "in time for", "need it by|for|before", "get it to|there", "have it by|there", "how fast", "how soon", "how quick*",
  "will it make it", "make it in time", "make it by", "fastest way", "how long ~ take|takes|get|arrive|arrives|deliver*|ship*",
  "how long for|till|until", "for monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|christmas",
  "wie schnell", "wann ~ bei mir", "wann waere", "bis wann", "when do|will|would|can|could i get|receive|have it",
  "wie lange ~ unterwegs", "by|before|until monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow", "by christmas", "before christmas", "delivered by", "delivered before", "how long until",
  "ankomm*", "ankunft", "kommt ~ an", "wann kommt", "wann ist ~ da", "rechtzeitig", "bis weihnachten", "zugestellt",
  "wann bekomme", "wann habe ich", "vor|bis montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|weihnachten|wochenende",
] as const;

/** A complaint rather than a question: used to tell "shipping is too expensive" from "how much is shipping". */
export const complaintCues = [
  "too expensive", "too much", "so expensive", "expensive", "=pricey", "overpriced", "ridiculous", "rip off", "ripoff",
  "zu teuer", "so teuer", "teuer", "zu viel", "ueberteuert", "frech", "wucher",
] as const;
