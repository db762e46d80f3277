import { z } from "zod";
import { Coupon } from "../domain/coupon.ts";

/** The store's discount codes. VIP20's single use is consumed by a seeded order (data/seed.ts). */
export const coupons: Coupon[] = z.array(Coupon).parse([
  { code: "SAVE10", kind: "percent", value: 10, minSubtotal: 5000, description: "10% off orders over €50" },
  { code: "TENOFF", kind: "fixed", value: 1000, minSubtotal: 4000, description: "€10 off orders over €40" },
  { code: "FREESHIP", kind: "free_shipping", value: 0, countries: ["DE"], description: "Free standard shipping within Germany" },
  { code: "SHOES15", kind: "percent", value: 15, category: "shoes", description: "15% off shoes" },
  { code: "SUMMER24", kind: "percent", value: 20, expiresAt: "2024-08-31T23:59:59Z", description: "Summer sale 2024: 20% off" },
  { code: "VIP20", kind: "percent", value: 20, singleUse: true, description: "20% VIP thank-you (single use)" },
  { code: "WELCOME5", kind: "fixed", value: 500, firstOrderOnly: true, description: "€5 off your first order" },
]);

export const findCoupon = (code: string) => coupons.find((c) => c.code === code.trim().toUpperCase());
