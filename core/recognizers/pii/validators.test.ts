import { describe, expect, it } from "vitest";
import { isValidIban, isValidNir, isValidSiret, luhn } from "./validators.js";

describe("isValidNir", () => {
  it("accepts a NIR whose key is 97 − (number mod 97), with or without spaces", () => {
    expect(isValidNir("1 85 05 78 006 048 30")).toBe(true);
    expect(isValidNir("185057800604830")).toBe(true);
    expect(isValidNir("2 69 02 99 341 732 85")).toBe(true);
  });
  it("rejects a wrong key, a wrong length and a wrong sex digit", () => {
    expect(isValidNir("1 85 05 78 006 048 31")).toBe(false);
    expect(isValidNir("1 85 05 78 006 048")).toBe(false);
    expect(isValidNir("5 85 05 78 006 048 30")).toBe(false);
  });
  it("computes Corsica's key with 2A as 19 and 2B as 18", () => {
    expect(isValidNir("1 85 05 2A 006 048 71")).toBe(true);
    expect(isValidNir("1 85 05 2B 006 048 01")).toBe(true);
    // The key of 2A does not fit 2B: the departments are told apart.
    expect(isValidNir("1 85 05 2B 006 048 71")).toBe(false);
    expect(isValidNir("1 85 05 2a 006 048 71")).toBe(true);
  });
});

describe("isValidIban", () => {
  it("accepts valid IBANs of several countries, spaced or not", () => {
    expect(isValidIban("FR76 3000 6000 0112 3456 7890 189")).toBe(true);
    expect(isValidIban("DE89370400440532013000")).toBe(true);
    expect(isValidIban("GB82 WEST 1234 5698 7654 32")).toBe(true);
  });
  it("rejects a changed digit, a wrong country length and garbage", () => {
    expect(isValidIban("FR76 3000 6000 0112 3456 7890 188")).toBe(false);
    expect(isValidIban("DE89 3704 0044 0532 0130 0")).toBe(false);
    expect(isValidIban("not an iban")).toBe(false);
  });
});

describe("isValidSiret and luhn", () => {
  it("checks the Luhn key", () => {
    expect(luhn("79927398713")).toBe(true);
    expect(luhn("79927398710")).toBe(false);
    expect(luhn("")).toBe(false);
    expect(isValidSiret("732 829 320 00074")).toBe(true);
    expect(isValidSiret("54205118000066")).toBe(true);
    expect(isValidSiret("54205118000067")).toBe(false);
    expect(isValidSiret("5420511800006")).toBe(false);
  });
  it("applies La Poste's rule: digit sum a multiple of 5", () => {
    expect(isValidSiret("35600000049837")).toBe(true);
    expect(isValidSiret("35600000010000")).toBe(true);
    expect(luhn("35600000049837")).toBe(false);
    expect(isValidSiret("35600000000049")).toBe(false);
    // The same digit-sum trick does not make another company's number valid.
    expect(isValidSiret("12345678901234")).toBe(false);
  });
});
