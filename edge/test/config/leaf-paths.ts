import type { z } from "zod";

/** Every leaf field path of a schema: `a.b`, `list[].c`, `store(shopify|vendure).facts.x` for union options. */
export function leafPaths(schema: z.core.$ZodType, path = ""): string[] {
  const def = schema._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return "innerType" in def ? leafPaths(def.innerType as z.core.$ZodType, path) : [path];
    case "pipe": {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema; a transform after it is a leaf.
      const out = "out" in def ? (def.out as z.core.$ZodType) : null;
      return out && out._zod.def.type !== "transform" ? leafPaths(out, path) : [path];
    }
    case "array":
      return "element" in def ? leafPaths(def.element as z.core.$ZodType, `${path}[]`) : [path];
    case "object": {
      const shape = "shape" in def ? (def.shape as Record<string, z.core.$ZodType>) : {};
      return Object.entries(shape).flatMap(([key, field]) => leafPaths(field, path ? `${path}.${key}` : key));
    }
    case "union": {
      const options = "options" in def ? (def.options as z.core.$ZodType[]) : [];
      const discriminator = "discriminator" in def && typeof def.discriminator === "string" ? def.discriminator : null;
      if (discriminator === null) return [...new Set(options.flatMap((o) => leafPaths(o, path)))];
      // Group each field by the platforms (discriminator values) that have it.
      const owners = new Map<string, string[]>();
      for (const option of options) {
        const tag = String(option._zod.propValues?.[discriminator]?.values().next().value);
        for (const sub of leafPaths(option, "")) owners.set(sub, [...(owners.get(sub) ?? []), tag]);
      }
      return [...owners].map(([sub, tags]) => `${path}(${tags.join("|")}).${sub}`);
    }
    default:
      return [path];
  }
}
