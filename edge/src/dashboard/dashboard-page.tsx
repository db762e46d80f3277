/** @jsxImportSource hono/jsx */
import type { Summary } from "../analytics/summary-schema.ts";
import { BarChart } from "./bar-chart.tsx";
import { ChannelTable } from "./channel-table.tsx";
import { ComparisonTable } from "./comparison-table.tsx";
import { formatMoney, formatRate, label } from "./format.ts";
import { KpiCards } from "./kpi-cards.tsx";
import { Layout } from "./layout.tsx";
import { RecentConversations } from "./recent-conversations.tsx";
import { TimeSeriesChart } from "./time-series-chart.tsx";

export interface DashboardProps {
  summary: Summary;
  siteIds: string[];
  /** The dashboard's own path, for the filter form and sign-out. */
  basePath: string;
}

const day = (iso: string) => iso.slice(0, 10);
/** `to` is exclusive; the form shows the last included day. */
const lastDay = (iso: string) => new Date(Date.parse(iso) - 1).toISOString().slice(0, 10);

export function DashboardPage({ summary: s, siteIds, basePath }: DashboardProps) {
  const sites = siteIds.includes(s.siteId) ? siteIds : [s.siteId, ...siteIds];
  return (
    <Layout title={`Cart Saver · ${s.siteId}`} base={basePath}>
      <header>
        <h1>Cart Saver · {s.siteId}</h1>
        <form method="get" action={basePath}>
          <label>
            Site
            <select name="siteId">
              {sites.map((id) => (
                <option value={id} selected={id === s.siteId}>
                  {id}
                </option>
              ))}
            </select>
          </label>
          <label>
            From <input type="date" name="from" value={day(s.from)} />
          </label>
          <label>
            To <input type="date" name="to" value={lastDay(s.to)} />
          </label>
          <button type="submit">Show</button>
        </form>
        <a href={`${basePath === "/" ? "" : basePath}/sites/${s.siteId}`}>Site settings</a>
        <form method="post" action={`${basePath}/logout`}>
          <button type="submit">Sign out</button>
        </form>
      </header>
      <main>
        <section id="kpis">
          <h2>Key figures</h2>
          <KpiCards kpis={s.kpis} />
          {s.otherCurrencyOrders > 0 ? <p class="note">{s.otherCurrencyOrders} orders in other currencies are not included.</p> : null}
        </section>
        <section id="comparison">
          <h2>Agent vs holdout</h2>
          <ComparisonTable comparison={s.comparison} currency={s.currency} />
        </section>
        <section id="timeseries">
          <h2>Per day</h2>
          <TimeSeriesChart points={s.timeSeries} />
        </section>
        <div class="grid2">
          <section id="funnel">
            <h2>Funnel (agent group)</h2>
            <BarChart title="Funnel" bars={s.funnel.map((f) => ({ label: label(f.step), value: f.count }))} />
          </section>
          <section id="objections">
            <h2>Objections</h2>
            <BarChart
              title="Objections ranked"
              color="#f59e0b"
              bars={s.objections.map((o) => ({ label: label(o.code), value: o.sessions, note: `${formatRate(o.recoveryRate)} recovered` }))}
            />
          </section>
        </div>
        <section id="channels">
          <h2>Channels</h2>
          <ChannelTable channels={s.channels} currency={s.currency} />
          <p class="note">
            Offers: {s.offers.granted} granted, {s.offers.refused} refused
            {s.offers.refusalReasons.length > 0 ? ` (${s.offers.refusalReasons.map((r) => `${r.reason}: ${r.count}`).join("; ")})` : ""}.
            Discount spend {formatMoney(s.kpis.discountSpend.amount, s.currency)}.
          </p>
          {s.offers.overCap.length > 0 && (
            <p class="note" data-over-cap>
              Over your discount cap at order time: {s.offers.overCap.map((o) => `order ${o.orderId} (${o.percent}% off)`).join(", ")}. A code outside the offer rules reached
              these orders: check the store's coupons against the site's offers.
            </p>
          )}
        </section>
        <section id="conversations">
          <h2>Recent conversations</h2>
          <RecentConversations conversations={s.recentConversations} currency={s.currency} />
        </section>
      </main>
    </Layout>
  );
}
