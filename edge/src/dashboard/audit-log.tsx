/** @jsxImportSource hono/jsx */
import type { AuditEntry } from "../sites/site-repository.ts";

const show = (value: unknown) => (value === null || value === undefined ? "–" : typeof value === "string" ? value : JSON.stringify(value));
const time = (at: number) => new Date(at).toISOString().replace("T", " ").slice(0, 19) + " UTC";

/** Every saved change to the site, newest first: who, when, and each field before → after. */
export function AuditLog({ entries }: { entries: AuditEntry[] }) {
  return (
    <section id="audit">
      <h2>Change history</h2>
      {entries.length === 0 ? (
        <p class="empty">No changes saved yet.</p>
      ) : (
        <div class="table-wrap">
          <table class="audit">
            <thead>
              <tr>
                <th>When</th>
                <th>Who</th>
                <th>Changes</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr data-audit-entry>
                  <td>{time(entry.at)}</td>
                  <td>
                    {entry.actor} <small>via {entry.via}</small>
                  </td>
                  <td>
                    <ul>
                      {entry.changes.map((change) => (
                        <li data-path={change.path}>
                          <code>{change.path}</code>: {show(change.before)} → {show(change.after)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="note">Everyone signs in with the one admin token, so “who” is the token holder and the IP the change came from.</p>
    </section>
  );
}
