import { describe, expect, it } from "vitest";
import { compareGroups, katzRatio, newcombeDifference, resolutionRate, wilson } from "../../src/analytics/lift.ts";

/** Published values are given to 4 decimals. */
const close = (actual: number | undefined, expected: number) => expect(actual).toBeCloseTo(expected, 4);

describe("wilson", () => {
  // Newcombe (1998a), "Two-sided confidence intervals for the single proportion", Table I, method 3.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("%i/%i → (%f, %f)", (x, n, lower, upper) => {
    const ci = wilson(x, n);
    close(ci?.lower, lower);
    close(ci?.upper, upper);
  });

  it("is undefined without observations", () => {
    expect(wilson(0, 0)).toBeNull();
  });
});

describe("newcombeDifference (hybrid score, method 10)", () => {
  // Newcombe (1998b), "Interval estimation for the difference between independent proportions",
  // Statistics in Medicine 17:873–890, Table II, method 10.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1.0],
    [10, 10, 0, 10, 0.6075, 1.0],
  ])("%i/%i − %i/%i → (%f, %f)", (x1, n1, x2, n2, lower, upper) => {
    const ci = newcombeDifference(x1, n1, x2, n2);
    close(ci?.lower, lower);
    close(ci?.upper, upper);
    close(ci?.estimate, x1 / n1 - x2 / n2);
  });
});

describe("katzRatio", () => {
  it("matches a hand computation", () => {
    // RR = (56/70)/(48/80) = 0.8/0.6 = 1.333333; SE(ln RR) = sqrt(1/56 − 1/70 + 1/48 − 1/80)
    // = sqrt(0.0178571 − 0.0142857 + 0.0208333 − 0.0125) = sqrt(0.0119048) = 0.1091089;
    // exp(0.2876821 ∓ 1.959964 × 0.1091089) = exp(0.0738325), exp(0.5015317) = 1.076626, 1.651283.
    const ci = katzRatio(56, 70, 48, 80);
    close(ci?.estimate, 1.333333);
    close(ci?.lower, 1.076626);
    close(ci?.upper, 1.651283);
  });

  it("is undefined when a group has no recoveries", () => {
    expect(katzRatio(5, 56, 0, 29)).toBeNull();
  });
});

describe("compareGroups", () => {
  it("reports rates, lifts and revenue per 1,000 abandoned carts", () => {
    const result = compareGroups({ abandoned: 70, recovered: 56, revenue: 560_000 }, { abandoned: 80, recovered: 48, revenue: 480_000 });
    close(result.agent.rate?.estimate, 0.8);
    close(result.holdout.rate?.estimate, 0.6);
    close(result.absoluteLift?.lower, 0.0524);
    close(result.relativeLift?.estimate, 0.333333);
    close(result.relativeLift?.lower, 0.076626);
    // 560000/70×1000 = 8,000,000 and 480000/80×1000 = 6,000,000 minor units.
    expect(result.agent.revenuePer1000).toBe(8_000_000);
    expect(result.holdout.revenuePer1000).toBe(6_000_000);
    expect(result.incrementalRevenuePer1000).toBe(2_000_000);
    expect(result.significant).toBe(true);
  });

  it("is not significant when the interval spans zero, and empty groups have no rate", () => {
    const result = compareGroups({ abandoned: 56, recovered: 5, revenue: 1 }, { abandoned: 0, recovered: 0, revenue: 0 });
    expect(result.holdout.rate).toBeNull();
    expect(result.absoluteLift).toBeNull();
    expect(result.significant).toBe(false);
    expect(compareGroups({ abandoned: 56, recovered: 5, revenue: 1 }, { abandoned: 29, recovered: 0, revenue: 0 }).significant).toBe(false);
  });
});

describe("resolutionRate", () => {
  it("is the share of conversations without a handover", () => {
    expect(resolutionRate(8, 2)).toBe(0.75);
    expect(resolutionRate(0, 0)).toBeNull();
  });
});
