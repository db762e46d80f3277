import { z } from "zod";

type Schema = z.core.$ZodType;

/** Every leaf field path of a schema: `a.b`, `list[].c`, `store(shopify|vendure).facts.x` for union options. */
export function leafPaths(schema: Schema, path = ""): string[] {
  if (
    schema instanceof z.core.$ZodOptional ||
    schema instanceof z.core.$ZodNullable ||
    schema instanceof z.core.$ZodDefault ||
    schema instanceof z.core.$ZodPrefault ||
    schema instanceof z.core.$ZodReadonly ||
    schema instanceof z.core.$ZodCatch
  ) {
    return leafPaths(schema._zod.def.innerType, path);
  }
  // z.preprocess(fn, schema) pipes a transform into the schema; a transform after a pipe is a leaf.
  if (schema instanceof z.core.$ZodPipe) return schema._zod.def.out instanceof z.core.$ZodTransform ? [path] : leafPaths(schema._zod.def.out, path);
  if (schema instanceof z.core.$ZodArray) return leafPaths(schema._zod.def.element, `${path}[]`);
  if (schema instanceof z.core.$ZodObject) {
    return Object.entries(schema._zod.def.shape).flatMap(([key, field]) => leafPaths(field, path ? `${path}.${key}` : key));
  }
  if (schema instanceof z.core.$ZodDiscriminatedUnion) {
    // Each field, with the discriminator values (platforms) whose option has it.
    const { discriminator, options } = schema._zod.def;
    const owners = new Map<string, string[]>();
    for (const option of options) {
      const tag = [...(option._zod.propValues?.[discriminator] ?? [])].join("|");
      for (const sub of leafPaths(option)) owners.set(sub, [...(owners.get(sub) ?? []), tag]);
    }
    return [...owners].map(([sub, tags]) => `${path}(${tags.join("|")}).${sub}`);
  }
  if (schema instanceof z.core.$ZodUnion) return [...new Set(schema._zod.def.options.flatMap((option) => leafPaths(option, path)))];
  return [path];
}
