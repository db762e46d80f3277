import { bodyLimit } from "hono/body-limit";
import { apiError } from "./api-error.ts";

/** hono/body-limit answering 413 payload_too_large in the API's error shape. */
export function limitBody(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => apiError(413, "payload_too_large", `The request body exceeds ${maxBytes} bytes.`, { maxBytes }),
  });
}
