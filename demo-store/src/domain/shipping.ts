import { z } from "zod";

export const Country = z.enum(["DE", "FR", "GB", "US", "AU"]);
export type Country = z.infer<typeof Country>;

export const countryNames: Record<Country, string> = {
  DE: "Germany",
  FR: "France",
  GB: "United Kingdom",
  US: "United States",
  AU: "Australia",
};

export interface ShippingRate {
  id: string;
  kind: "standard" | "express";
  name: string;
  price: number;
  minDays: number;
  maxDays: number;
  /** Standard shipping is free when the discounted subtotal reaches this (minor units). */
  freeOver?: number;
}

const duties =
  "Shipped from Germany. Import duties and taxes may be charged by the carrier on delivery and are not included.";

/** Ships from Berlin. Working days, after dispatch within 1 working day. */
export const shippingTable: Record<Country, { rates: ShippingRate[]; dutiesNote?: string }> = {
  DE: {
    rates: [
      { id: "de-standard", kind: "standard", name: "Standard (DHL)", price: 495, minDays: 2, maxDays: 3, freeOver: 6000 },
      { id: "de-express", kind: "express", name: "Express (DHL Express)", price: 1290, minDays: 1, maxDays: 1 },
    ],
  },
  FR: {
    rates: [
      { id: "fr-standard", kind: "standard", name: "Standard (Colissimo)", price: 895, minDays: 3, maxDays: 5, freeOver: 9000 },
      { id: "fr-express", kind: "express", name: "Express (DHL Express)", price: 1990, minDays: 1, maxDays: 2 },
    ],
  },
  GB: {
    dutiesNote: duties,
    rates: [
      { id: "gb-standard", kind: "standard", name: "Standard (Royal Mail)", price: 1295, minDays: 4, maxDays: 7, freeOver: 15000 },
      { id: "gb-express", kind: "express", name: "Express (DHL Express)", price: 2490, minDays: 2, maxDays: 3 },
    ],
  },
  US: {
    dutiesNote: duties,
    rates: [
      { id: "us-standard", kind: "standard", name: "Standard (USPS)", price: 1995, minDays: 6, maxDays: 10 },
      { id: "us-express", kind: "express", name: "Express (FedEx)", price: 3995, minDays: 2, maxDays: 4 },
    ],
  },
  AU: {
    dutiesNote: duties,
    rates: [
      { id: "au-standard", kind: "standard", name: "Standard (Australia Post)", price: 2495, minDays: 8, maxDays: 14 },
      { id: "au-express", kind: "express", name: "Express (DHL Express)", price: 4995, minDays: 3, maxDays: 5 },
    ],
  },
};

export interface RateQuote extends ShippingRate {
  /** Price before the free-over threshold or a free-shipping coupon, when it differs. */
  originalPrice?: number;
  freeBecause?: "threshold" | "coupon";
  dutiesNote?: string;
}

/** Rates for a destination given the cart's discounted merchandise total. Pure. */
export function quoteRates(country: Country, merchandiseTotal: number, freeShippingCoupon: boolean): RateQuote[] {
  const { rates, dutiesNote } = shippingTable[country];
  return rates.map((rate) => {
    const quote: RateQuote = { ...rate, ...(dutiesNote ? { dutiesNote } : {}) };
    if (rate.kind !== "standard" || rate.price === 0) return quote;
    if (rate.freeOver !== undefined && merchandiseTotal >= rate.freeOver) {
      return { ...quote, price: 0, originalPrice: rate.price, freeBecause: "threshold" };
    }
    if (freeShippingCoupon) return { ...quote, price: 0, originalPrice: rate.price, freeBecause: "coupon" };
    return quote;
  });
}

export const findRate = (rateId: string) =>
  Country.options.flatMap((c) => shippingTable[c].rates.map((r) => ({ country: c, rate: r }))).find((x) => x.rate.id === rateId);
