import type { z } from "zod";

/** `{ error: { code, message, ...context } }`, the one error body every 4xx/5xx uses. */
export function apiError(status: number, code: string, message: string, context: Record<string, unknown> = {}): Response {
  return Response.json({ error: { code, message, ...context } }, { status });
}

/** Zod issues as plain JSON for clients: where, what, and zod's code. */
export function issuesOf(error: z.ZodError): { path: string; message: string; code: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message, code: issue.code }));
}
