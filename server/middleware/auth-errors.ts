// Access errors; server/errors.ts maps their codes to 401 and 403.
import { GardeFouError } from "../../core/errors.js";

export class UnauthorizedError extends GardeFouError {
  override readonly name = "UnauthorizedError";
  constructor(message = "an API key is required: Authorization: Bearer gf_… or x-api-key") {
    super("unauthorized", message);
  }
}

export class ForbiddenError extends GardeFouError {
  override readonly name = "ForbiddenError";
  constructor(role: string, allowed: readonly string[]) {
    super("forbidden", `the ${role} role may not do this; it needs ${allowed.join(" or ")}`, {
      role,
      allowed,
    });
  }
}
