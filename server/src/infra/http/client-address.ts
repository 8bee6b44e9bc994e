/**
 * The client address a request is counted under (rate limits, WebSocket admission, the judge queue's
 * per-address cap): the proxy-aware `request.ip` (TRUST_PROXY_HOPS), an IPv6 address by its /64 as
 * one household or classroom holds a whole /64. An injected request in tests has no socket address.
 */
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';

export function clientAddressOf(request: FastifyRequest): string {
  return request.socket?.remoteAddress === undefined ? 'unknown' : normalizeIP(request.ip);
}
