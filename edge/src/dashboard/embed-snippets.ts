/**
 * The embed code a merchant pastes, per platform: the queue stub, the widget script and an
 * `identify` call with the cart the store knows (widget/README.md "Embed").
 */
export interface EmbedSnippet {
  platform: "html" | "shopify" | "woocommerce" | "vendure";
  title: string;
  where: string;
  code: string;
}

const stub = `<script>window.CartSaver=window.CartSaver||function(){(window.CartSaver.q=window.CartSaver.q||[]).push(arguments)};</script>`;
const js = (value: string) => JSON.stringify(value);

export function embedSnippets(edgeOrigin: string, siteId: string): EmbedSnippet[] {
  const script = `<script src=${js(`${edgeOrigin}/widget.js`)} data-site=${js(siteId)} async></script>`;
  return [
    {
      platform: "html",
      title: "Plain HTML",
      where: "On every page, before </body>. Put your cart's id where it says CART_ID (item count and value in cents let the widget stay quiet for an empty or small cart).",
      code: `${stub}\n${script}\n<script>CartSaver('identify', { cartId: "CART_ID", itemCount: 2, cartValue: 5800 });</script>`,
    },
    {
      platform: "shopify",
      title: "Shopify (theme)",
      where: "Online Store → Themes → Edit code → layout/theme.liquid, before </body>. The cart token comes from the storefront's /cart.js.",
      code:
        `${stub}\n${script}\n<script>\n  fetch('/cart.js', { credentials: 'same-origin' })\n    .then(function (r) { return r.json(); })\n` +
        `    .then(function (cart) { CartSaver('identify', { cartId: cart.token, itemCount: cart.item_count, cartValue: cart.total_price }); });\n</script>`,
    },
    {
      platform: "woocommerce",
      title: "WooCommerce",
      where: "In your (child) theme's functions.php or a small plugin: prints the embed in the footer with the shopper's WooCommerce session.",
      code:
        `add_action('wp_footer', function () {\n  if (!function_exists('WC') || !WC()->cart || !WC()->session) return;\n  $cart = WC()->cart; ?>\n` +
        `  ${stub}\n  ${script}\n  <script>CartSaver('identify', {\n` +
        `    cartId: <?php echo wp_json_encode((string) WC()->session->get_customer_id()); ?>,\n` +
        `    itemCount: <?php echo (int) $cart->get_cart_contents_count(); ?>,\n` +
        `    cartValue: <?php echo (int) round((float) $cart->get_subtotal() * 100); ?>\n  });</script>\n<?php });`,
    },
    {
      platform: "vendure",
      title: "Vendure (storefront)",
      where: "In your storefront's root layout; the active order's code is the cart id. Adjust SHOP_API to your Shop API URL.",
      code:
        `${stub}\n${script}\n<script>\n  fetch(SHOP_API, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' },\n` +
        `    body: JSON.stringify({ query: '{ activeOrder { code totalQuantity subTotalWithTax } }' }) })\n` +
        `    .then(function (r) { return r.json(); })\n    .then(function (res) { var o = res.data && res.data.activeOrder;\n` +
        `      if (o) CartSaver('identify', { cartId: o.code, itemCount: o.totalQuantity, cartValue: o.subTotalWithTax }); });\n</script>`,
    },
  ];
}
