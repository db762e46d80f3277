/** Admin API operations (single-use codes, customer orders). No Admin schema ships in a package; the emulator checks the shapes. */

const userErrors = "userErrors { field code message }";

export const adminOperations = {
  discountCodeBasicCreate: `mutation DiscountCodeBasicCreate($basicCodeDiscount: DiscountCodeBasicInput!) {
    discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) { codeDiscountNode { id } ${userErrors} } }`,
  discountCodeFreeShippingCreate: `mutation DiscountCodeFreeShippingCreate($freeShippingCodeDiscount: DiscountCodeFreeShippingInput!) {
    discountCodeFreeShippingCreate(freeShippingCodeDiscount: $freeShippingCodeDiscount) { codeDiscountNode { id } ${userErrors} } }`,
  customerOrders: `query CustomerOrders($query: String!) {
    customers(first: 1, query: $query) {
      nodes {
        id
        email
        orders(first: 20, sortKey: CREATED_AT, reverse: true) {
          nodes {
            id
            name
            createdAt
            displayFinancialStatus
            totalPriceSet { shopMoney { amount currencyCode } }
            lineItems(first: 20) { nodes { title variantTitle quantity product { id } } }
          }
        }
      }
    } }`,
} as const;
