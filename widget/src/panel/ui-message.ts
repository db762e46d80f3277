import type { UIMessageChunk } from "ai";
import type { CartSaverToolName } from "./tool-names.ts";
import { arr, type Json, rec, str } from "../common/read.ts";

/** The panel's view of a conversation: text and tool results, built from the UI message stream. */
export interface TextPart {
  kind: "text";
  id: string;
  text: string;
}
export interface ToolPart {
  kind: "tool";
  id: string;
  tool: string;
  state: "input" | "output" | "error";
  output: unknown;
}
export type ViewPart = TextPart | ToolPart;
export interface ViewMessage {
  id: string;
  role: "user" | "assistant";
  parts: ViewPart[];
  /** Who on the store's team wrote it (a person's reply: metadata author "human" with its byline). */
  by?: string;
}

export const newId = () => Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join("");

type ChunkType = UIMessageChunk["type"];
const is = (chunk: Json, type: ChunkType) => chunk.type === type;

/** Applies one stream chunk to the assistant message being streamed (immutably). */
export function applyChunk(m: ViewMessage, chunk: Json): ViewMessage {
  const parts = m.parts;
  if (is(chunk, "start") && typeof chunk.messageId === "string") return { ...m, id: chunk.messageId };
  if (is(chunk, "text-start")) return { ...m, parts: [...parts, { kind: "text", id: str(chunk.id), text: "" }] };
  if (is(chunk, "text-delta")) {
    const id = str(chunk.id);
    const delta = str(chunk.delta);
    const hit = parts.some((p) => p.kind === "text" && p.id === id);
    if (!hit) return { ...m, parts: [...parts, { kind: "text", id, text: delta }] };
    return { ...m, parts: parts.map((p) => (p.kind === "text" && p.id === id ? { ...p, text: p.text + delta } : p)) };
  }
  const toolCallId = str(chunk.toolCallId);
  if (is(chunk, "tool-input-start") || is(chunk, "tool-input-available")) {
    if (parts.some((p) => p.kind === "tool" && p.id === toolCallId)) return m;
    return { ...m, parts: [...parts, { kind: "tool", id: toolCallId, tool: str(chunk.toolName), state: "input", output: undefined }] };
  }
  const update = (state: ToolPart["state"], output: unknown): ViewMessage => ({
    ...m,
    parts: parts.map((p) => (p.kind === "tool" && p.id === toolCallId ? { ...p, state, output } : p)),
  });
  if (is(chunk, "tool-output-available")) return update("output", chunk.output);
  if (is(chunk, "tool-output-error") || is(chunk, "tool-input-error")) return update("error", undefined);
  return m;
}

/** A stored UIMessage (GET /v1/sessions/:id) as a view message; unknown parts are skipped. */
export function fromUIMessage(raw: unknown): ViewMessage | null {
  const m = rec(raw);
  if (m.role !== "user" && m.role !== "assistant") return null;
  const parts: ViewPart[] = [];
  arr(m.parts).forEach((rp, i) => {
    const p = rec(rp);
    const type = str(p.type);
    if (type === "text") parts.push({ kind: "text", id: String(i), text: str(p.text) });
    else if (type.startsWith("tool-") || type === "dynamic-tool") {
      const tool = type === "dynamic-tool" ? str(p.toolName) : type.slice(5);
      const state = p.state === "output-available" ? "output" : p.state === "output-error" ? "error" : "input";
      parts.push({ kind: "tool", id: str(p.toolCallId, String(i)), tool, state, output: p.output });
    }
  });
  const meta = rec(m.metadata);
  const by = meta.author === "human" ? { by: str(meta.byline, str(meta.name)) } : {};
  return { id: str(m.id) || newId(), role: m.role, parts, ...by };
}

const CART_CHANGING: readonly CartSaverToolName[] = ["changeCartLine", "requestOffer"];

/** The new cart when this tool result changed it (a swapped variant, an applied offer), else null. */
export function changedCart(p: ViewPart): Json | null {
  if (p.kind !== "tool" || p.state !== "output" || !CART_CHANGING.some((t) => t === p.tool)) return null;
  const o = rec(p.output);
  if (o.ok !== true || (p.tool === "requestOffer" && o.granted !== true)) return null;
  return rec(o.cart);
}

export function textOf(m: ViewMessage): string {
  return m.parts.map((p) => (p.kind === "text" ? p.text : "")).join("").trim();
}
