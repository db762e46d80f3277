/** @jsxImportSource hono/jsx */
import type { Kpis } from "../analytics/summary-schema.ts";
import { formatCount, formatMoney, formatRate } from "./format.ts";

export function KpiCards(props: { kpis: Kpis }) {
  const k = props.kpis;
  const cards: [string, string, string][] = [
    ["abandonedCarts", "Abandoned carts", formatCount(k.abandonedCarts)],
    ["cartsWithIntervention", "Carts with an AI intervention", formatCount(k.cartsWithIntervention)],
    ["conversations", "Conversations", formatCount(k.conversations)],
    ["recoveredCarts", `Recovered carts (${k.inSessionRecoveries} in session, ${k.followUpRecoveries} follow-up)`, formatCount(k.recoveredCarts)],
    ["recoveredRevenue", "Recovered revenue", formatMoney(k.recoveredRevenue.amount, k.recoveredRevenue.currency)],
    ["recoveryRate", "Recovery rate (agent group)", formatRate(k.recoveryRate)],
    ["discountSpend", "Discount spend", formatMoney(k.discountSpend.amount, k.discountSpend.currency)],
    ["averageOrderValue", "Average recovered order", k.averageOrderValue ? formatMoney(k.averageOrderValue.amount, k.averageOrderValue.currency) : "–"],
    ["aiResolutionRate", "AI resolution rate", formatRate(k.aiResolutionRate)],
  ];
  return (
    <div class="kpis">
      {cards.map(([key, name, value]) => (
        <div class="kpi" data-kpi={key}>
          <b>{value}</b>
          <span>{name}</span>
        </div>
      ))}
    </div>
  );
}
