import { zodSchema, type Schema } from "ai";
import type { z } from "zod";

/**
 * A tool's input schema, wrapped once per isolate (at module level). The AI SDK converts a bare
 * zod schema to JSON schema on every step of every turn; a wrapper caches its JSON schema.
 */
export function toolInput<T>(schema: z.ZodType<T>): Schema<T> {
  return zodSchema(schema);
}
