/** edge/migrations/*.sql, bundled as text (wrangler's default Text rule; the vitest config and test bundler do the same). */
declare module "*.sql" {
  const sql: string;
  export default sql;
}
