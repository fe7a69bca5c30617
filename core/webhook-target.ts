// Where a webhook may be sent. Only http(s); and, unless WEBHOOK_ALLOW_PRIVATE=true, never to a loopback,
// private, link-local or otherwise internal address: an API key holder must not be able to make the service
// call into the network it runs in (SSRF). Checked when the URL is given (literal addresses) and again at
// each delivery on every address the name resolves to. A name that resolves differently between the check
// and the connection (DNS rebinding) is not covered: run the service where its outbound traffic is filtered.
import { isIP } from "node:net";
import { InvalidInputError } from "./errors.js";

const V4_BLOCKS: Array<[string, number]> = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];

const v4 = (ip: string) => ip.split(".").reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;

/** True for an address no webhook may reach by default. */
export function isPrivateAddress(ip: string): boolean {
  const kind = isIP(ip);
  if (kind === 4) {
    const n = v4(ip);
    return V4_BLOCKS.some(([base, bits]) => {
      const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
      return (n & mask) >>> 0 === (v4(base) & mask) >>> 0;
    });
  }
  if (kind === 6) {
    const low = ip.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(low);
    if (mapped?.[1]) return isPrivateAddress(mapped[1]);
    return (
      low === "::" ||
      low === "::1" ||
      /^f[cd]/.test(low) || // unique local fc00::/7
      /^fe[89ab]/.test(low) || // link-local fe80::/10
      /^ff/.test(low) // multicast
    );
  }
  return false;
}

/** The URL as given, or an InvalidInputError naming `field`. */
export function checkWebhookUrl(url: string, allowPrivate: boolean, field = "webhook"): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidInputError(`${field}: not a URL`, { field });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new InvalidInputError(`${field}: only http and https URLs are accepted`, { field });
  if (parsed.username || parsed.password)
    throw new InvalidInputError(`${field}: credentials in the URL are not accepted`, { field });
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && (isPrivateAddress(host) || host === "localhost" || host.endsWith(".localhost")))
    throw new InvalidInputError(
      `${field}: ${host} is a loopback or private address; webhooks reach those only with WEBHOOK_ALLOW_PRIVATE=true`,
      { field },
    );
  return parsed;
}
