import type { Money } from "../domain/money.ts";

const eurFormat = new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" });

/** The only place money becomes text. */
export const formatMoney = (money: Money | number) => eurFormat.format((typeof money === "number" ? money : money.amount) / 100);

export const formatDays = (min: number, max: number) => (min === max ? `${min} working day${min === 1 ? "" : "s"}` : `${min}–${max} working days`);
