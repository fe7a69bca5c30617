// The Mistral SDK's transport, with our timeout and a guard against bodies that are not JSON.
//
// Why the guard: the SDK (2.2.1) parses a JSON response inside a promise it also derives an unobserved
// copy of (types/async.js APIPromise), so an unparsable 200 body becomes an unhandled rejection, which
// ends a Node process. Relabelled as text, the SDK returns an ordinary SDKError carrying status 200,
// which provider-errors.ts classifies as invalid output.
import { HTTPClient } from "@mistralai/mistralai/lib/http.js";
import { fetchWithTimeout, type RetryPolicy } from "./retry.js";

async function relabelUnparsableJson(response: Response): Promise<Response> {
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok || !type.includes("application/json")) return response;
  const body = await response.text();
  const init = { status: response.status, statusText: response.statusText };
  try {
    JSON.parse(body);
    return new Response(body, { ...init, headers: response.headers });
  } catch {
    return new Response(body, { ...init, headers: { "content-type": "text/plain" } });
  }
}

export function mistralHttpClient(policy: Pick<RetryPolicy, "timeoutMs">, base?: typeof fetch): HTTPClient {
  const timed = fetchWithTimeout(policy, base);
  return new HTTPClient({ fetcher: async (input, init) => relabelUnparsableJson(await timed(input, init)) });
}
