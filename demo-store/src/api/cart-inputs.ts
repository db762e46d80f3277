import { z } from "zod";
import { CustomerPatch } from "../domain/cart.ts";

export { CustomerPatch };

/** Request bodies of the cart routes. Unknown keys are rejected so typos surface as 400s. */
const VariantId = z.string().min(1).max(200);
const Quantity = z.number().int().min(1).max(99);

export const LineInput = z.strictObject({ variantId: VariantId, quantity: Quantity });


export const CreateCart = z.strictObject({
  lines: z.array(LineInput).max(50).default([]),
  customer: CustomerPatch.optional(),
});

export const LinePatch = z
  .strictObject({ quantity: z.number().int().min(0).max(99).optional(), variantId: VariantId.optional() })
  .refine((p) => p.quantity !== undefined || p.variantId !== undefined, "Give quantity, variantId or both.");

export const DiscountInput = z.strictObject({ code: z.string().trim().min(1).max(64) });
