/** Shop API and Admin API operations of the Vendure adapter (Vendure 3). */

const order = `
  id code state currencyCode updatedAt
  subTotalWithTax totalWithTax
  couponCodes
  discounts { description amountWithTax }
  promotions { couponCode name }
  customer { emailAddress phoneNumber }
  shippingAddress { countryCode postalCode }
  lines { id quantity unitPriceWithTax linePriceWithTax featuredAsset { preview }
    productVariant { id name sku stockLevel options { name group { name } } product { id name slug } } }`;

const orderResult = `... on Order { ${order} } ... on ErrorResult { errorCode message }`;
const stockResult = `${orderResult} ... on InsufficientStockError { quantityAvailable }`;

const product = `id name slug description
  featuredAsset { preview }
  facetValues { name facet { code } }
  variants { id sku name priceWithTax currencyCode stockLevel options { name group { name } } }`;

export const shopOperations = {
  activeOrder: `query ActiveOrder { activeOrder { ${order} } }`,
  addItem: `mutation AddItem($variantId: ID!, $quantity: Int!) { addItemToOrder(productVariantId: $variantId, quantity: $quantity) { ${stockResult} } }`,
  adjustLine: `mutation AdjustLine($lineId: ID!, $quantity: Int!) { adjustOrderLine(orderLineId: $lineId, quantity: $quantity) { ${stockResult} } }`,
  removeLine: `mutation RemoveLine($lineId: ID!) { removeOrderLine(orderLineId: $lineId) { ${orderResult} } }`,
  applyCoupon: `mutation ApplyCoupon($code: String!) { applyCouponCode(couponCode: $code) { ${orderResult} } }`,
  removeCoupon: `mutation RemoveCoupon($code: String!) { removeCouponCode(couponCode: $code) { ${order} } }`,
  product: `query Product($id: ID!) { product(id: $id) { ${product} } }`,
  products: `query Products($take: Int!, $term: String) { search(input: { take: $take, term: $term, groupByProduct: true }) { items { productId } } }`,
  shipping: `query Shipping { eligibleShippingMethods { id name description priceWithTax } availableCountries { code } }`,
  setCustomer: `mutation SetCustomer($input: CreateCustomerInput!) { setCustomerForOrder(input: $input) { ${orderResult} } }`,
};

export const adminOperations = {
  promotionByCode: `query PromotionByCode($code: String!) {
    promotions(options: { filter: { couponCode: { eq: $code } } }) { items { id couponCode enabled endsAt usageLimit conditions { code args { name value } } } } }`,
  customerOrders: `query CustomerOrders($email: String!) {
    customers(options: { filter: { emailAddress: { eq: $email } } }) {
      items { emailAddress orders { items { id code state totalWithTax currencyCode orderPlacedAt lines { quantity productVariant { name product { id name } } } } } } } }`,
};
