/** Notices single-page-app navigations (pushState/replaceState/popstate) as well as full loads. */
export function watchRoutes(onRoute: (path: string) => void): void {
  let last = location.pathname;
  const check = () => {
    if (location.pathname === last) return;
    last = location.pathname;
    onRoute(last);
  };
  for (const name of ["pushState", "replaceState"] as const) {
    const original = history[name];
    history[name] = function (this: History, ...args: Parameters<History["pushState"]>) {
      original.apply(this, args);
      check();
    };
  }
  addEventListener("popstate", check);
}

/** The checkout step the store marks with data-checkout-step (on body or main). */
export function checkoutStep(): string | null {
  const el = document.querySelector("[data-checkout-step]");
  return el?.getAttribute("data-checkout-step") || null;
}
