/** @jsxImportSource preact */
import { render } from "preact";
import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "../src/panel/markdown.ts";
import { Markdown } from "../src/panel/markdown-view.tsx";
import { safeHref } from "../src/panel/safe-link.ts";

const origins = new Set(["https://shop.example"]);
const base = "https://shop.example";
const html = (text: string) => {
  const el = document.createElement("div");
  render(<Markdown text={text} origins={origins} base={base} />, el);
  return el;
};

describe("markdown subset", () => {
  it("parses bold, italic and links", () => {
    expect(parseInline("a **b** *c* [d](/x)")).toEqual([
      { t: "text", v: "a " },
      { t: "strong", c: [{ t: "text", v: "b" }] },
      { t: "text", v: " " },
      { t: "em", c: [{ t: "text", v: "c" }] },
      { t: "text", v: " " },
      { t: "link", href: "/x", c: [{ t: "text", v: "d" }] },
    ]);
  });
  it("parses lists and paragraphs with line breaks", () => {
    const blocks = parseMarkdown("Hello\nthere\n\n- one\n- two\n1. first");
    expect(blocks.map((b) => b.t)).toEqual(["p", "list", "list"]);
    expect(blocks[0]).toEqual({ t: "p", c: [{ t: "text", v: "Hello" }, { t: "br" }, { t: "text", v: "there" }] });
    expect(blocks[1]).toMatchObject({ ordered: false, items: [[{ v: "one" }], [{ v: "two" }]] });
    expect(blocks[2]).toMatchObject({ ordered: true });
  });
  it("renders elements, never markup from the text", () => {
    const el = html('**Free** shipping over €60 <img src=x onerror="alert(1)"><script>alert(1)</script>');
    expect(el.querySelector("strong")?.textContent).toBe("Free");
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("script")).toBeNull();
    expect(el.textContent).toContain("<script>alert(1)</script>");
  });
  it("links only to the store's own origin; other links become text", () => {
    const el = html("[cart](/cart) [evil](https://evil.example/x) [js](javascript:alert(1))");
    const links = Array.from(el.querySelectorAll("a"));
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["https://shop.example/cart"]);
    expect(el.textContent).toContain("evil");
    expect(el.textContent).toContain("js");
  });
  it("renders lists as list elements", () => {
    const el = html("- a\n- b");
    expect(el.querySelectorAll("ul > li").length).toBe(2);
  });
});

describe("safe links", () => {
  it("allows the page origin and listed checkout origins over http(s) only", () => {
    const allowed = new Set([base, "https://pay.shop.example"]);
    expect(safeHref("/checkout", allowed, base)).toBe("https://shop.example/checkout");
    expect(safeHref("https://pay.shop.example/r/1", allowed, base)).toBe("https://pay.shop.example/r/1");
    expect(safeHref("https://evil.example", allowed, base)).toBeNull();
    expect(safeHref("data:text/html,hi", allowed, base)).toBeNull();
    expect(safeHref("//evil.example/x", allowed, base)).toBeNull();
  });
});
