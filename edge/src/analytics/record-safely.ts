import type { RecordResult } from "./record-event.ts";

/**
 * Analytics must never cost a shopper their answer: a failed or invalid write is logged, not thrown.
 * Writes are awaited (D1 is local to the worker) so a summary read right after sees them.
 */
export async function recordSafely(what: string, write: () => Promise<RecordResult>): Promise<void> {
  try {
    const result = await write();
    if (!result.ok) console.error(`cart-saver analytics: ${what} rejected`, JSON.stringify(result.issues));
  } catch (error) {
    console.error(`cart-saver analytics: ${what} failed`, error);
  }
}
