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

/** How to end open mode; every refusal that open mode causes says it. */
export const FIRST_KEY_COMMAND = "npx garde-fou keys create --name NAME --role admin";

export class LocalOnlyError extends GardeFouError {
  override readonly name = "LocalOnlyError";
  constructor() {
    super(
      "unauthorized",
      `no API key exists yet, so only clients on this machine are answered; create the first admin key on the server: ${FIRST_KEY_COMMAND}`,
    );
  }
}

export class KeysNeedAKeyError extends GardeFouError {
  override readonly name = "KeysNeedAKeyError";
  constructor() {
    super(
      "forbidden",
      `API keys are not created over HTTP without a key: create the first admin key on the server with ${FIRST_KEY_COMMAND}, then call /v1/keys with it`,
    );
  }
}
