import { describe, expect, it } from "vitest";
import { detectIntents } from "../../../src/models/builtin/intents/detect-intents.ts";
import { englishCases } from "./intent-cases-en.ts";
import { flagCases, germanCases, languageCases } from "./intent-cases-de.ts";

const cases = [...englishCases, ...germanCases, ...flagCases];

describe("detectIntents", () => {
  it("has a table of at least 150 phrasings", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(cases)("%s", (text, intents, entities = {}, flags = {}) => {
    const detected = detectIntents(text);
    expect(detected.intents).toEqual(intents);
    expect(detected.entities).toMatchObject(entities);
    expect(detected).toMatchObject(flags);
  });

  it.each(languageCases)("detects the language of %s", (text, language) => {
    expect(detectIntents(text).language).toBe(language);
  });

  it("returns the same result for the same text", () => {
    const text = "Do you have it in M and will it arrive by Friday?";
    expect(detectIntents(text)).toEqual(detectIntents(text));
  });
});
