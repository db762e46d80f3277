/**
 * Storage that stays in memory until consent allows more: with a site that requires consent nothing
 * is written to localStorage/sessionStorage (and the widget never sets cookies) before
 * CartSaver('consent', { storage: true }).
 */
export type StorageKind = "local" | "session";

export interface ConsentStorage {
  get(kind: StorageKind, key: string): string | null;
  set(kind: StorageKind, key: string, value: string): void;
  /** Whether the site needs consent at all (known once the config arrived). */
  setRequired(required: boolean): void;
  consent(storage: boolean): void;
  readonly persistent: boolean;
}

const PREFIX = "cartsaver:";

export function createConsentStorage(backend: (kind: StorageKind) => Storage | null): ConsentStorage {
  const memory = new Map<string, string>();
  // Until the config says otherwise, consent counts as required.
  let required = true;
  let granted = false;
  const allowed = () => granted || !required;
  const write = (kind: StorageKind, key: string, value: string) => {
    try {
      backend(kind)?.setItem(PREFIX + key, value);
    } catch {
      // storage full or blocked (private mode): memory keeps working
    }
  };
  const flush = () => {
    for (const [k, v] of memory) {
      const [kind, key] = k.split("|");
      if ((kind === "local" || kind === "session") && key) write(kind, key, v);
    }
  };
  return {
    get(kind, key) {
      const held = memory.get(`${kind}|${key}`);
      if (held !== undefined) return held;
      try {
        return backend(kind)?.getItem(PREFIX + key) ?? null;
      } catch {
        return null;
      }
    },
    set(kind, key, value) {
      memory.set(`${kind}|${key}`, value);
      if (allowed()) write(kind, key, value);
    },
    setRequired(r) {
      required = r;
      if (allowed()) flush();
    },
    consent(storage) {
      granted = storage;
      if (allowed()) return flush();
      for (const kind of ["local", "session"] as const) {
        try {
          const s = backend(kind);
          for (const k of Object.keys(s ?? {})) if (k.startsWith(PREFIX)) s?.removeItem(k);
        } catch {
          // nothing stored
        }
      }
    },
    get persistent() {
      return allowed();
    },
  };
}

export function browserStorage(kind: StorageKind): Storage | null {
  try {
    return kind === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}
