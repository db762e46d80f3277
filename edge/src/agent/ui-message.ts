import type { InferUITools, UIMessage } from "ai";
import type { CartSaverTools } from "./tools/index.ts";

export type { CartSaverTools } from "./tools/index.ts";

/** The chat message type shared by the edge and the widget (`import type` only). */
export type CartSaverUIMessage = UIMessage<unknown, never, InferUITools<CartSaverTools>>;
