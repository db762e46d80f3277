/** Events the host page subscribes to with CartSaver('on', event, fn), e.g. cart_updated. */
type Listener = (detail: unknown) => void;

export function createHostEvents() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    on(event: string, fn: Listener): void {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(fn);
      listeners.set(event, set);
    },
    emit(event: string, detail?: unknown): void {
      for (const fn of listeners.get(event) ?? []) {
        try {
          fn(detail);
        } catch {
          // a host listener's bug must not break the widget
        }
      }
    },
  };
}
