import type { ChatClient, Reply } from "./chat-client.ts";
import { checkExpect, checkEveryAnswer } from "./check-answer.ts";
import { checkContext } from "./check-context.ts";
import type { EvalCase } from "./eval-case.ts";
import type { StoreFacts } from "./store-facts.ts";

export interface CaseResult {
  case: EvalCase;
  failures: string[];
  answer: string;
}

/**
 * One conversation on a fresh cart and session: every turn sent through the public chat API,
 * each answer checked for the house rules, the last one also for its facts.
 */
export async function runCase(c: EvalCase, index: number, client: ChatClient, facts: StoreFacts, storeUrl: string): Promise<CaseResult> {
  // A holdout session gets no assistant by design: take another cart (the group follows the cart).
  let attempt = 0;
  let cartId = await client.createCart(c.cart);
  let session = await client.openSession(cartId, `eval-${index}-${cartId}`);
  while (session.group === "holdout" && attempt++ < 8) {
    cartId = await client.createCart(c.cart);
    session = await client.openSession(cartId, `eval-${index}-${cartId}`);
  }
  let previous: Reply | undefined;
  if (c.page) previous = await client.opener(session, c.page.includes("checkout") ? "checkout_step" : "exit_intent", c.page);
  const failures: string[] = [];
  let answer = "";
  for (const [turn, text] of c.turns.entries()) {
    const reply = await client.say(session, text, `m${turn}`);
    const ctx = checkContext({ lang: c.lang, cartId, facts, storeUrl, page: c.page, previous, firstVariant: c.cart[0] ?? "" });
    failures.push(...checkEveryAnswer(reply, ctx).map((f) => `turn ${turn + 1}: ${f}`));
    if (turn === c.turns.length - 1) {
      for (const e of c.expect) failures.push(...(await checkExpect(e, reply, ctx)));
    }
    previous = reply;
    answer = reply.text;
  }
  return { case: c, failures, answer };
}

/** Runs cases `concurrency` at a time, in order of the list. */
export async function runAll(cases: EvalCase[], concurrency: number, run: (c: EvalCase, i: number) => Promise<CaseResult>): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i];
      if (!c) continue;
      try {
        results[i] = await run(c, i);
      } catch (error) {
        results[i] = { case: c, failures: [`error: ${error instanceof Error ? error.message : String(error)}`], answer: "" };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
