import type { SignalType } from "../common/widget-types.ts";

/**
 * Signals go out as text/plain JSON through navigator.sendBeacon: a CORS-simple request that
 * survives unload and never blocks it. Signals raised before the session exists wait in a queue.
 */
export interface SignalSender {
  send(type: SignalType, data?: Record<string, unknown>): void;
  ready(token: string): void;
}

export function createSignalSender(edge: string): SignalSender {
  let token: string | null = null;
  const waiting: [SignalType, Record<string, unknown> | undefined][] = [];
  const post = (type: SignalType, data: Record<string, unknown> | undefined) => {
    const body = JSON.stringify({ token, type, data: { page: location.pathname, ...data } });
    const url = `${edge}/v1/signals`;
    if (navigator.sendBeacon?.(url, body)) return;
    fetch(url, { method: "POST", body, keepalive: true, credentials: "omit", headers: { "content-type": "text/plain" } }).catch(() => {});
  };
  return {
    send(type, data) {
      if (token) post(type, data);
      else if (waiting.length < 20) waiting.push([type, data]);
    },
    ready(t) {
      token = t;
      for (const [type, data] of waiting.splice(0)) post(type, data);
    },
  };
}
