/** Expected failures are values; routes turn them into `{ error: { code, message, ...context } }`. */
export interface Failure {
  ok: false;
  status: 400 | 404 | 409 | 413 | 422;
  code: string;
  message: string;
  context?: Record<string, unknown>;
}

export type Result<T> = ({ ok: true } & T) | Failure;

export const fail = (status: Failure["status"], code: string, message: string, context?: Record<string, unknown>): Failure => ({
  ok: false,
  status,
  code,
  message,
  ...(context ? { context } : {}),
});

export const cartNotFound = (cartId: string) => fail(404, "cart_not_found", `No cart with id ${cartId}.`, { cartId });
