import type { SizeGuide } from "../domain/product.ts";

/** Body measurements (cm) per size; the product page renders these and the agent quotes them. */
export const topsGuide: SizeGuide = {
  unit: "cm",
  note: "Measure around the fullest part of the chest. Between sizes? Take the larger size for a relaxed fit.",
  rows: [
    { size: "XS", chest: [80, 85], waist: [64, 69], hips: [86, 91] },
    { size: "S", chest: [86, 91], waist: [70, 75], hips: [92, 97] },
    { size: "M", chest: [92, 99], waist: [76, 83], hips: [98, 103] },
    { size: "L", chest: [100, 107], waist: [84, 91], hips: [104, 109] },
    { size: "XL", chest: [108, 115], waist: [92, 99], hips: [110, 115] },
  ],
};

export const bottomsGuide: SizeGuide = {
  unit: "cm",
  note: "Measure your natural waist and the widest part of the hips. These trousers are cut slim.",
  rows: [
    { size: "XS", waist: [62, 67], hips: [84, 89] },
    { size: "S", waist: [68, 73], hips: [90, 95] },
    { size: "M", waist: [74, 81], hips: [96, 101] },
    { size: "L", waist: [82, 89], hips: [102, 107] },
    { size: "XL", waist: [90, 97], hips: [108, 113] },
  ],
};

/** EU shoe size to foot length in cm (heel to longest toe). */
export const shoeGuide: SizeGuide = {
  unit: "cm",
  note: "Measure your foot standing, heel to longest toe, in the evening.",
  rows: Array.from({ length: 17 }, (_, i) => {
    const eu = 38 + i / 2;
    return { size: String(eu), footLengthCm: Math.round(((eu * 2) / 3 - 1.5) * 10) / 10 };
  }),
};
