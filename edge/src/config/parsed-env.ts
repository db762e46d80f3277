import { EdgeEnv, insecureSecrets } from "./edge-env.ts";

export interface EnvCheck {
  /** Secrets a deployed worker must not serve with (empty in development). */
  insecure: string[];
  parsed: ReturnType<typeof EdgeEnv.safeParse>;
}

/** workerd hands every request of an isolate the same env object: it is checked once per object. */
const checked = new WeakMap<object, EnvCheck>();

/** The worker env's security check and parse, computed once per env object (per isolate). */
export function checkEnv(env: object): EnvCheck {
  let check = checked.get(env);
  if (check === undefined) {
    check = { insecure: insecureSecrets(env), parsed: EdgeEnv.safeParse(env) };
    checked.set(env, check);
  }
  return check;
}
