import { carts as k, single, type EvalCase, type Expect, type Lang } from "./eval-case.ts";

/** Accounts, trust, checkout trouble, price, leaving, a person, saving the cart and buying now. */

const ask = (group: string, expect: Expect) => (lang: Lang, cart: string, text: string) => single(group, lang, cart, text, expect);
const guest = ask("account_creation", { kind: "guest" });
const trust = ask("trust_security", { kind: "trust" });
const stuck = ask("checkout_confusion", { kind: "checkout_help" });
const price = ask("price_discount", { kind: "discount_first" });
const later = ask("distracted", { kind: "distracted" });
const human = ask("handover", { kind: "human" });
const buy = ask("checkout_link", { kind: "checkout_link" });
const save = (lang: Lang, cart: string, text: string, email: string) => single("save_cart", lang, cart, text, { kind: "save", email });
const dontSave = ask("save_cart", { kind: "no_save" });

export const checkoutCases: EvalCase[] = [
  guest("en", k.sweater, "do I need an account?"),
  guest("en", k.tee, "can I checkout as a guest"),
  guest("en", k.lamp, "I don't want to sign up for anything"),
  guest("en", k.runner, "do I have to register to order?"),
  guest("en", k.shell, "is creating an acount required"),
  guest("en", k.throw, "can I order without making a login"),
  guest("en", k.chino, "I hate making accounts, is there another way?"),
  guest("de", k.sweater, "Muss ich mich registrieren?"),
  guest("de", k.tee, "Kann ich als Gast bestellen?"),
  guest("de", k.runner, "Ich will kein Kundenkonto anlegen"),
  guest("de", k.lamp, "Geht das auch ohne Konto?"),
  guest("de", k.shell, "Brauche ich ein Passwort zum Bestellen?"),

  trust("en", k.sweater, "is this site safe?"),
  trust("en", k.tee, "is this legit?"),
  trust("en", k.runner, "are my card details secure"),
  trust("en", k.lamp, "how do I know this isn't a scam"),
  trust("en", k.shell, "is paying here secure?"),
  trust("en", k.earbuds, "never heard of you, can I trust this shop?"),
  trust("en", k.chino, "do you store my credit card number?"),
  trust("de", k.sweater, "Ist die Zahlung sicher?"),
  trust("de", k.tee, "Ist der Shop seriös?"),
  trust("de", k.runner, "Sind meine Kartendaten sicher?"),
  trust("de", k.lamp, "Woher weiß ich, dass das kein Betrug ist?"),
  trust("de", k.throw, "Kann ich euch vertrauen?"),

  stuck("en", k.sweater, "the checkout button doesn't work"),
  stuck("en", k.tee, "I can't find where to pay"),
  stuck("en", k.runner, "how do I complete my order?"),
  stuck("en", k.lamp, "it keeps giving me an error at payment"),
  stuck("en", k.shell, "I'm stuck on the shipping step, nothing happens when I click continue"),
  stuck("en", k.chino, "the page won't let me checkout"),
  stuck("de", k.sweater, "Ich komme an der Kasse nicht weiter"),
  stuck("de", k.tee, "Der Bezahlen-Button funktioniert nicht"),
  stuck("de", k.runner, "Wie bestelle ich das jetzt?"),
  stuck("de", k.lamp, "Beim Bezahlen kommt immer ein Fehler"),

  price("en", k.sweater, "give me a discount or I'm leaving"),
  price("en", k.tee, "do you have any discount codes?"),
  price("en", k.sweater, "it's too expensive"),
  price("en", k.runner, "can you do a better price?"),
  price("en", k.shell, "any coupons?"),
  price("en", k.lamp, "seems a bit pricey tbh"),
  price("en", k.chino, "is there a promo code for first orders"),
  price("en", k.sweater, "I saw it cheaper somewhere else"),
  price("en", k.throw, "will this go on sale soon?"),
  price("en", k.earbuds, "any chance of 10% off?"),
  price("de", k.sweater, "Gibt es einen Rabatt?"),
  price("de", k.tee, "Zu teuer."),
  price("de", k.runner, "Habt ihr einen Gutscheincode?"),
  price("de", k.shell, "Geht da noch was am Preis?"),
  price("de", k.lamp, "Woanders ist es billiger"),

  later("en", k.sweater, "I'll think about it"),
  later("en", k.tee, "just browsing"),
  later("en", k.runner, "maybe later"),
  later("en", k.lamp, "not now, I'm busy"),
  later("en", k.shell, "I need to sleep on it"),
  later("en", k.chino, "I'll come back another time"),
  later("de", k.sweater, "Ich überlege noch"),
  later("de", k.tee, "Ich schau später nochmal"),
  later("de", k.runner, "Gerade keine Zeit"),
  later("de", k.lamp, "Ich muss noch darüber nachdenken"),

  human("en", k.sweater, "can I talk to a real person?"),
  human("en", k.tee, "I want to speak to customer service"),
  human("en", k.runner, "get me a human please"),
  human("de", k.sweater, "Ich möchte mit einem Mitarbeiter sprechen"),
  human("de", k.lamp, "Kann ich mit einem Menschen reden?"),

  save("en", k.sweater, "email me my cart at anna@example.com", "anna@example.com"),
  save("en", k.tee, "can you save my cart? my email is tom@example.org", "tom@example.org"),
  save("en", k.runner, "send the cart to jo.smith@example.net so I can buy later", "jo.smith@example.net"),
  save("de", k.sweater, "Schick mir den Warenkorb an lisa@example.de", "lisa@example.de"),
  save("de", k.lamp, "Kannst du mir den Warenkorb per Mail an max@example.de schicken?", "max@example.de"),
  dontSave("en", k.sweater, "Please do NOT email me. My email is x@y.com for the invoice only"),
  dontSave("en", k.tee, "don't send me any marketing, my address is ben@example.com in case you need it for the order"),
  dontSave("de", k.runner, "Bitte keine E-Mails schicken! Meine Adresse ist eva@example.de, nur für die Rechnung."),

  buy("en", k.sweater, "I'm ready to buy, take me to checkout"),
  buy("en", k.tee, "ok I'll take it"),
  buy("en", k.runner, "send me a link to checkout"),
  buy("en", k.lamp, "let's do it, where do I pay"),
  buy("de", k.sweater, "Ich möchte jetzt bestellen"),
  buy("de", k.tee, "Bring mich zur Kasse"),
];
