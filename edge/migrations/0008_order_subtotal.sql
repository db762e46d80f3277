-- The merchandise subtotal of an order (Store API v1 and platform webhooks send it): the
-- discount cap is re-checked against it at order time (edge/src/analytics/discount-audit.ts).
ALTER TABLE analytics_orders ADD COLUMN subtotal_amount INTEGER;
