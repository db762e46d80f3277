import { describe, expect, it } from "vitest";
import { type Box, placePanel } from "../src/panel/panel-place.ts";

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });

describe("desktop panel placement", () => {
  it("sits beside the launcher at full height when nothing marked is under it", () => {
    expect(placePanel(1280, 800, [], false)).toEqual({ side: "end", height: 600 });
    expect(placePanel(1280, 800, [box(100, 300, 200, 48)], false)).toEqual({ side: "end", height: 600 });
  });

  it("gets shorter so its top stays below a marked checkout button in its column", () => {
    // Panel column: x 884..1264, bottom at 712; the button ends at y 348.
    expect(placePanel(1280, 800, [box(780, 300, 380, 48)], false)).toEqual({ side: "end", height: 356 });
  });

  it("moves to the other side when shortening would leave too little panel", () => {
    expect(placePanel(1280, 800, [box(780, 500, 380, 48)], false)).toEqual({ side: "start", height: 600 });
    // In a right-to-left page "end" is the left side.
    expect(placePanel(1280, 800, [box(20, 500, 380, 48)], true)).toEqual({ side: "start", height: 600 });
    expect(placePanel(1280, 800, [box(780, 500, 380, 48)], true)).toEqual({ side: "end", height: 600 });
  });

  it("ignores marked elements scrolled out of view", () => {
    expect(placePanel(1280, 800, [box(780, -200, 380, 48), box(780, 900, 380, 48)], false)).toEqual({ side: "end", height: 600 });
  });
});
