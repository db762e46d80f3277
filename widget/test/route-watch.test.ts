import { describe, expect, it } from "vitest";
import { checkoutStep, watchRoutes } from "../src/loader/route-watch.ts";

describe("single-page-app route changes", () => {
  it("notices pushState, replaceState and popstate navigations, once per path change", () => {
    const seen: string[] = [];
    history.replaceState(null, "", "/");
    watchRoutes((path) => seen.push(path));
    history.pushState({}, "", "/cart");
    history.replaceState({}, "", "/cart"); // same path: not a navigation
    history.replaceState({}, "", "/checkout/shipping");
    history.pushState({}, "", "/products/tee");
    history.replaceState({}, "", "/cart");
    dispatchEvent(new PopStateEvent("popstate")); // same path again: ignored
    expect(seen).toEqual(["/cart", "/checkout/shipping", "/products/tee", "/cart"]);
  });

  it("reads the checkout step the store marks up", () => {
    document.body.innerHTML = "";
    expect(checkoutStep()).toBeNull();
    document.body.setAttribute("data-checkout-step", "payment");
    expect(checkoutStep()).toBe("payment");
  });
});
