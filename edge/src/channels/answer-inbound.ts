import type { InboundHandlers, InboundMessage, TextSender } from "./channel-messages.ts";

export interface AnswerOptions {
  /**
   * Runs the agent turn after the webhook has answered (pass `c.executionCtx.waitUntil`):
   * Twilio gives up after 15 s and Meta retries slow deliveries, while an LLM turn can take longer.
   * Without it the route waits for the reply before answering.
   */
  waitUntil?: (work: Promise<unknown>) => void;
}

/** Hands an inbound text to the agent and sends its answer back on the same channel. */
export async function answerInbound(
  message: InboundMessage,
  handlers: Pick<InboundHandlers, "onInbound">,
  sender: TextSender,
  options: AnswerOptions,
): Promise<void> {
  const work = (async () => {
    const reply = await handlers.onInbound(message);
    if (!reply) return;
    const sent = await sender.send({ to: message.from, text: reply.text, ...(reply.tag ? { tag: reply.tag } : {}) });
    if (!sent.ok) console.warn(`${message.channel} reply to ${message.providerMessageId} failed: ${sent.code} ${sent.message}`);
  })();
  if (options.waitUntil) options.waitUntil(work);
  else await work;
}
