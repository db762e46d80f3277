import { z } from "zod";

/** Money is integer minor units plus currency; formatted only in views. The demo store sells in EUR. */
export const Currency = z.literal("EUR");
export type Currency = z.infer<typeof Currency>;

export const Money = z.object({ amount: z.number().int(), currency: Currency });
export type Money = z.infer<typeof Money>;

export const eur = (amount: number): Money => ({ amount, currency: "EUR" });
