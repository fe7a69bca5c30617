// Where a request came from and over what, read from the socket @hono/node-server hands the app. A request
// made in-process (app.request() in tests, the CLI's own calls) has no socket: it is local by construction.
import type { Context } from "hono";

interface PeerSocket {
  remoteAddress?: string;
  encrypted?: boolean;
}
interface NodeBindings {
  incoming?: { socket?: PeerSocket };
}

function socketOf(c: Context): PeerSocket | undefined {
  const env: unknown = c.env;
  if (!env || typeof env !== "object") return undefined;
  return (env as NodeBindings).incoming?.socket;
}

/** The peer's address, or null for an in-process request. */
export function clientAddress(c: Context): string | null {
  return socketOf(c)?.remoteAddress ?? null;
}

/** 127.0.0.0/8, ::1, and IPv4 loopback seen through an IPv6 socket. */
export function isLoopbackAddress(address: string): boolean {
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return v4.startsWith("127.") || address === "::1";
}

/** Interface names an operator may give as HOST that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || isLoopbackAddress(host.replace(/^\[|\]$/g, ""));
}

/**
 * A client on this machine, asking for itself. A request relayed by a proxy (Forwarded or X-Forwarded-For)
 * comes from somewhere else even when the proxy runs on loopback, so it never counts as local.
 */
export function isLocalRequest(c: Context): boolean {
  if (c.req.header("forwarded") || c.req.header("x-forwarded-for")) return false;
  const address = clientAddress(c);
  return address === null || isLoopbackAddress(address);
}

/**
 * Whether the request reached us over HTTPS: a TLS socket, or, behind a proxy the operator vouches for
 * (TRUST_PROXY=true), `X-Forwarded-Proto: https`. Without that setting the header is anyone's to forge.
 */
export function cameOverHttps(c: Context, trustProxy: boolean): boolean {
  if (socketOf(c)?.encrypted) return true;
  if (new URL(c.req.url).protocol === "https:") return true;
  if (!trustProxy) return false;
  return c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}
