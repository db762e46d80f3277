import init from "../../migrations/0001_init.sql";
import analytics from "../../migrations/0002_analytics.sql";
import channels from "../../migrations/0003_channels.sql";
import siteAudit from "../../migrations/0004_site_audit.sql";
import offerGrants from "../../migrations/0005_offer_grants.sql";
import outboundMessages from "../../migrations/0006_outbound_messages.sql";
import handovers from "../../migrations/0007_handovers.sql";
import orderSubtotal from "../../migrations/0008_order_subtotal.sql";

/**
 * The D1 schema: edge/migrations, the only place it is written. `wrangler d1 migrations apply`
 * runs the files (deploys, `npm start`, `npm run db:migrate`); the worker bundles the same files
 * (ensure-migrations.ts). Names are the file names, as wrangler records them. A new migration file
 * is listed here too (edge/test/deploy/migrations.test.ts fails until it is).
 */
export const migrations: readonly { name: string; sql: string }[] = [
  { name: "0001_init.sql", sql: init },
  { name: "0002_analytics.sql", sql: analytics },
  { name: "0003_channels.sql", sql: channels },
  { name: "0004_site_audit.sql", sql: siteAudit },
  { name: "0005_offer_grants.sql", sql: offerGrants },
  { name: "0006_outbound_messages.sql", sql: outboundMessages },
  { name: "0007_handovers.sql", sql: handovers },
  { name: "0008_order_subtotal.sql", sql: orderSubtotal },
];

/** The statements of a migration file: split at `;` outside quotes and comments, comments dropped. */
export function statementsOf(sql: string): string[] {
  const statements: string[] = [];
  let current = "";
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end - 1;
    } else if (ch === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 1;
    } else if (ch === "'" || ch === '"' || ch === "`") {
      const end = sql.indexOf(ch, i + 1);
      const stop = end === -1 ? sql.length : end + 1;
      current += sql.slice(i, stop);
      i = stop - 1;
    } else if (ch === ";") {
      if (current.trim()) statements.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
