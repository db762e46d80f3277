import type { Objection } from "../../../src/domain/objection.ts";
import type { DetectedIntents } from "../../../src/models/builtin/intents/detect-intents.ts";

/** [message, expected objections in order, expected entities (subset), expected flags (subset)] */
export type IntentCase = [string, Objection[], Partial<DetectedIntents["entities"]>?, Partial<Omit<DetectedIntents, "intents" | "entities">>?];
