/** Expected failures are values: every store call and tool returns one of these. */
export interface Failure {
  ok: false;
  code: string;
  message: string;
  /** HTTP status of the store response, when there was one. */
  status?: number;
  [context: string]: unknown;
}

export type Result<T> = { ok: true; value: T } | Failure;

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: string, message: string, context: Record<string, unknown> = {}): Failure {
  return { ...context, ok: false, code, message };
}
