/**
 * Every Storefront API operation the Shopify adapter sends. The contract suite validates each
 * against the Storefront schema Shopify ships (@shopify/hydrogen-react's storefront.schema.json).
 */

const money = "amount currencyCode";

export const cartFields = `
  id
  checkoutUrl
  updatedAt
  buyerIdentity { email phone countryCode }
  cost { subtotalAmount { ${money} } totalAmount { ${money} } }
  discountCodes { code applicable }
  discountAllocations { discountedAmount { ${money} } ... on CartCodeDiscountAllocation { code } }
  lines(first: 100) {
    nodes {
      id
      quantity
      cost { amountPerQuantity { ${money} } totalAmount { ${money} } }
      discountAllocations { discountedAmount { ${money} } ... on CartCodeDiscountAllocation { code } }
      merchandise {
        ... on ProductVariant {
          id
          title
          quantityAvailable
          selectedOptions { name value }
          image { url }
          product { id title handle productType onlineStoreUrl }
        }
      }
    }
  }`;

const userErrors = "userErrors { code field message } warnings { code message target }";

export const storefrontOperations = {
  cart: `query Cart($id: ID!) { cart(id: $id) { ${cartFields} } }`,
  cartLinesUpdate: `mutation CartLinesUpdate($cartId: ID!, $lines: [CartLineUpdateInput!]!) {
    cartLinesUpdate(cartId: $cartId, lines: $lines) { cart { ${cartFields} } ${userErrors} } }`,
  cartLinesAdd: `mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {
    cartLinesAdd(cartId: $cartId, lines: $lines) { cart { ${cartFields} } ${userErrors} } }`,
  cartLinesRemove: `mutation CartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {
    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) { cart { ${cartFields} } ${userErrors} } }`,
  cartDiscountCodesUpdate: `mutation CartDiscountCodesUpdate($cartId: ID!, $discountCodes: [String!]!) {
    cartDiscountCodesUpdate(cartId: $cartId, discountCodes: $discountCodes) { cart { ${cartFields} } ${userErrors} } }`,
  cartBuyerIdentityUpdate: `mutation CartBuyerIdentityUpdate($cartId: ID!, $buyerIdentity: CartBuyerIdentityInput!) {
    cartBuyerIdentityUpdate(cartId: $cartId, buyerIdentity: $buyerIdentity) { cart { ${cartFields} } ${userErrors} } }`,
  cartDeliveryOptions: `mutation CartDeliveryOptions($cartId: ID!, $addresses: [CartSelectableAddressInput!]!) {
    cartDeliveryAddressesReplace(cartId: $cartId, addresses: $addresses) {
      cart { deliveryGroups(first: 5, withCarrierRates: true) { nodes { deliveryOptions { handle title description deliveryMethodType estimatedCost { ${money} } } } } }
      userErrors { code field message }
    } }`,
  product: `query Product($id: ID!) { product(id: $id) { ...ProductFields } }`,
  products: `query Products($first: Int!, $query: String) { products(first: $first, query: $query) { nodes { ...ProductFields } } }`,
  shipsTo: `query ShipsTo { shop { shipsToCountries } }`,
  shopPolicies: `query ShopPolicies {
    shop {
      name
      refundPolicy { title body url }
      shippingPolicy { title body url }
      contactInformation { body }
      paymentSettings { acceptedCardBrands supportedDigitalWallets }
      shopPayInstallmentsPricing { minPrice { ${money} } maxPrice { ${money} } }
    } }`,
} as const;

/** Appended to the product queries. */
export const productFragment = `fragment ProductFields on Product {
  id
  title
  description
  handle
  productType
  onlineStoreUrl
  featuredImage { url }
  variants(first: 100) {
    nodes { id title sku availableForSale quantityAvailable selectedOptions { name value } price { ${money} } }
  }
}`;

export function storefrontDocument(name: keyof typeof storefrontOperations): string {
  const text = storefrontOperations[name];
  return text.includes("...ProductFields") ? `${text}\n${productFragment}` : text;
}
