import { num, rec, str } from "../common/read.ts";

/** Money arrives as integer minor units plus currency; this is the only place it becomes text. */
export function formatMoney(value: unknown, locale: string): string {
  const m = rec(value);
  const currency = str(m.currency, "EUR");
  try {
    const f = new Intl.NumberFormat(locale, { style: "currency", currency });
    const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
    return f.format(num(m.amount) / 10 ** digits);
  } catch {
    return `${num(m.amount) / 100} ${currency}`;
  }
}
