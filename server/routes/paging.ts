// Pagination and list-valued query parameters, shared by every list endpoint.
import { z } from "@hono/zod-openapi";

export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ example: 0 }),
};

export const PageInfo = { total: z.number().int(), limit: z.number().int(), offset: z.number().int() };

/** `?status=a,b` or `?status=a&status=b`, checked against a closed set. */
export const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .preprocess(
      (v) =>
        v === undefined
          ? undefined
          : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(",")).filter(Boolean),
      z.array(z.enum(values)).optional(),
    )
    .openapi({ type: "string", example: values[0] });
