import type { Money } from "./product-schemas.ts";

/** Digits after the decimal point in `currency` (EUR 2, JPY 0, KWD 3), from the runtime's ISO 4217 data. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "29.90" EUR → 2990, exactly (no float rounding); null when the text is not a decimal number. */
export function toMinor(decimal: string, currency: string): number | null {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) return null;
  const digits = minorDigits(currency);
  const fraction = (match[3] ?? "").padEnd(digits, "0");
  const kept = fraction.slice(0, digits);
  const rest = fraction.slice(digits);
  let value = Number(`${match[2]}${kept}`) + (rest !== "" && Number(rest[0]) >= 5 ? 1 : 0);
  if (match[1]) value = -value;
  return value;
}

/** 2990 EUR → "29.90". */
export function fromMinor(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(amount);
  const sign = amount < 0 ? "-" : "";
  const text = String(Math.abs(amount)).padStart(digits + 1, "0");
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export function money(decimal: string, currency: string): Money | null {
  const amount = toMinor(decimal, currency);
  return amount === null ? null : { amount, currency: currency.toUpperCase() };
}
