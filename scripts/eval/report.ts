import type { CaseResult } from "./run-case.ts";

const pct = (passed: number, total: number) => (total === 0 ? 0 : (100 * passed) / total);

/** The pass-rate table per kind (with single/multi-turn and language splits); returns the overall rate. */
export function printReport(results: CaseResult[], showFailures: boolean): number {
  const rows = new Map<string, { passed: number; total: number }>();
  const count = (key: string, passed: boolean) => {
    const row = rows.get(key) ?? { passed: 0, total: 0 };
    row.total += 1;
    if (passed) row.passed += 1;
    rows.set(key, row);
  };
  for (const r of results) count(r.case.group, r.failures.length === 0);
  const groups = [...rows.keys()].sort();
  for (const r of results) {
    const ok = r.failures.length === 0;
    count(r.case.turns.length > 1 ? "(multi-turn)" : "(single-turn)", ok);
    count(r.case.lang === "de" ? "(German)" : "(English)", ok);
  }
  if (showFailures) {
    for (const r of results.filter((x) => x.failures.length > 0)) {
      console.log(`\n✗ [${r.case.group}/${r.case.lang}] ${r.case.turns.map((t) => JSON.stringify(t)).join(" → ")}`);
      for (const f of r.failures) console.log(`    - ${f}`);
      console.log(`    answer: ${r.answer}`);
    }
  }
  const width = Math.max(...[...rows.keys()].map((k) => k.length), 7);
  console.log(`\n${"kind".padEnd(width)}  passed  total   rate`);
  const line = (key: string) => {
    const row = rows.get(key);
    if (!row) return;
    console.log(`${key.padEnd(width)}  ${String(row.passed).padStart(6)}  ${String(row.total).padStart(5)}  ${pct(row.passed, row.total).toFixed(1).padStart(5)}%`);
  };
  for (const g of groups) line(g);
  console.log("-".repeat(width + 24));
  for (const k of ["(single-turn)", "(multi-turn)", "(English)", "(German)"]) line(k);
  const passed = results.filter((r) => r.failures.length === 0).length;
  const overall = pct(passed, results.length);
  console.log(`${"overall".padEnd(width)}  ${String(passed).padStart(6)}  ${String(results.length).padStart(5)}  ${overall.toFixed(1).padStart(5)}%`);
  return overall;
}
