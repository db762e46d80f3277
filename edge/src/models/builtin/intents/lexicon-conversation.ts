/** Conversation-level cues: hand over, checkout link, save cart, swap, greetings and answers (EN + DE). */

export const distractedCues = [
  "later", "just browsing", "just looking", "busy", "think about it", "not now", "come back", "sleep on it",
  "not right now", "another time", "gotta run", "got to go", "finish ~ later", "ask my", "decide tomorrow|later|tonight",
  "spaeter", "keine zeit", "nur schauen", "nur am schauen", "ueberleg*", "nachdenken", "nachher", "gerade nicht", "morgen wieder", "komme ~ wieder",
] as const;

/** The shopper says not to contact them: an address given next to this is never saved for follow-ups. */
export const noContactCues = [
  "do not email|mail|contact|text|send|spam", "dont|never email|mail|contact|text|send|spam",
  "no email|emails|mails|marketing|newsletter|newsletters|spam|messages", "dont|do not want ~ emails|marketing|newsletter*",
  "not to email|contact|mail", "invoice only", "only for the invoice|order|receipt", "for the invoice", "not for marketing",
  "keine mail|mails|email|emails|werbung|newsletter|nachrichten", "nicht ~ mailen|anschreiben|kontaktieren|schicken|schreiben|senden",
  "nur fuer die rechnung|bestellung", "=keine e mails",
] as const;

/** "I'm between sizes": the size guide's own advice answers it. */
export const betweenSizesCues = ["between sizes", "between ~ sizes", "between ~ and", "in between", "zwischen ~ groessen", "zwischen ~ und"] as const;

export const humanCues = [
  "human", "real person", "a person", "customer service", "customer support", "talk to someone", "speak to someone",
  "speak to a|an", "talk to a|an", "representative", "staff", "live agent", "real agent", "someone real",
  "mensch", "mitarbeiter*", "kundenservice", "kundendienst", "echte person", "echten person", "berater*",
  "mit jemandem", "mit einer person", "speak to someone", "talk to someone", "kundenservice", "menschen",
  "call me", "phone me", "someone from", "ruf* ~ an", "anrufen",
] as const;

export const checkoutLinkCues = [
  "checkout link", "link", "ready to buy", "ready to order", "ready to check out", "ready to checkout",
  "take me to checkout", "go to checkout", "proceed", "buy it now", "ill take it", "ill buy", "want to buy",
  "want to order", "place the order", "check out now", "checkout now", "buy now", "lets do it", "ill order", "take it",
  "lets check out|checkout", "ready to pay",
  "zur kasse", "kasse", "jetzt kaufen", "will bestellen", "moechte bestellen", "moechte kaufen", "will kaufen",
  "nehme es", "nehm es", "bestellen jetzt", "jetzt bestellen", "nehme die|den|das", "bring mich zur kasse",
] as const;

export const saveCues = [
  "save my cart", "save the cart", "save it", "email me", "mail me", "text me", "send me ~ cart", "remind me",
  "keep my cart", "whatsapp",
  "warenkorb speichern", "speicher*", "=merk*", "schick mir", "schicken sie mir", "erinner*", "per mail", "per sms",
] as const;

export const swapCues = [
  "instead", "switch*", "change ~ to", "swap", "rather", "get it in", "make it", "prefer", "change it",
  "lieber", "stattdessen", "statt", "tauschen", "aender*", "wechseln", "doch in", "nehme ~ in", "haette gern ~ in",
] as const;

export const greetingCues = ["hi", "hello", "hey", "hallo", "moin", "servus", "good morning", "good evening", "guten tag", "guten morgen", "huhu", "gruezi", "howdy"] as const;
export const thanksCues = ["thanks", "thank you", "thx", "ty", "danke", "dankeschoen", "vielen dank", "merci", "cheers", "appreciate"] as const;
export const yesCues = ["yes", "yeah", "yep", "yup", "sure", "ok", "okay", "please do", "go ahead", "sounds good", "do it", "ja", "gerne", "gern", "klar", "mach das", "machen sie das", "bitte ja", "jo", "genau", "perfect", "perfekt"] as const;
export const noCues = ["no", "nope", "nah", "no thanks", "nein", "nee", "noe", "lieber nicht", "not really"] as const;

export const unsureCues = [
  "not sure", "unsure", "dont know", "hmm", "hm", "no idea", "undecided", "torn",
  "weiss nicht", "nicht sicher", "unsicher", "keine ahnung", "ueberlege noch",
] as const;

/** A clause that says a topic is fine is not an objection: "shipping is fine, but returns?". */
export const satisfiedCues = [
  "is|are|sounds|seems|looks|ist|sind|klingt|scheint fine|ok|okay|good|great|reasonable|clear|gut|klar|fair|super|prima",
  "no problem", "not worried", "not concerned", "dont care", "doesnt matter", "dont need", "no need", "not an issue",
  "no rush", "not in a hurry", "not a problem",
  "kein problem", "keine sorge", "keine sorgen", "egal", "=passt schon", "brauche kein*", "nicht noetig", "keine eile",
  "kein stress", "nicht wichtig",
] as const;
