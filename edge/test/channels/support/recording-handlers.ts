import type { DeliveryStatus, InboundHandlers, InboundMessage } from "../../../src/channels/channel-messages.ts";
import type { Channel } from "../../../src/domain/session-state.ts";

/** InboundHandlers that record every call and answer inbound messages like an agent would. */
export interface RecordingHandlers extends InboundHandlers {
  inbound: InboundMessage[];
  optOuts: { channel: Channel; from: string }[];
  optIns: { channel: Channel; from: string }[];
  statuses: DeliveryStatus[];
  /** Everything recorded, for "nothing stored" assertions. */
  total(): number;
}

export function recordingHandlers(answer: (message: InboundMessage) => string | null): RecordingHandlers {
  const handlers: RecordingHandlers = {
    inbound: [],
    optOuts: [],
    optIns: [],
    statuses: [],
    total: () => handlers.inbound.length + handlers.optOuts.length + handlers.optIns.length + handlers.statuses.length,
    async onInbound(message) {
      handlers.inbound.push(message);
      const text = answer(message);
      return text === null ? null : { text };
    },
    async onOptOut({ channel, from }) {
      handlers.optOuts.push({ channel, from });
    },
    async onOptIn({ channel, from }) {
      handlers.optIns.push({ channel, from });
    },
    async onStatus(status) {
      handlers.statuses.push(status);
    },
  };
  return handlers;
}
