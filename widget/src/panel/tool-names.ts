import type { CartSaverTools } from "../../../edge/src/agent/ui-message.ts";

/** Tool names come from the edge's tool set (type-only import: nothing of the server ships). */
export type CartSaverToolName = keyof CartSaverTools & string;
