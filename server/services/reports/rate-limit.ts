import { AppError } from '../../errors';

export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'too_many_requests', message);
  }
}

/**
 * At most `limit` attempts per client in any `windowMs`, counted in this process. A restart
 * forgets the counts and each API process counts its own: enough to slow a script down, which
 * is all a form without accounts can ask of it (docs/adr/0504).
 */
export class SlidingWindowLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts an attempt of `client`; throws TooManyRequestsError when it is one too many. */
  take(client: string, now = Date.now()): void {
    const since = now - this.windowMs;
    const recent = (this.attempts.get(client) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit) {
      this.attempts.set(client, recent);
      const retryAfterSeconds = Math.ceil((recent[0] + this.windowMs - now) / 1000);
      throw new TooManyRequestsError(`Too many reports from your connection. Please try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, retryAfterSeconds);
    }
    recent.push(now);
    this.attempts.set(client, recent);
    if (this.attempts.size > 10_000) this.forgetIdle(since);
  }

  private forgetIdle(since: number) {
    for (const [client, times] of this.attempts) {
      if (times[times.length - 1] <= since) this.attempts.delete(client);
    }
  }
}

/** The part of an address one client controls: the whole IPv4 address, the /64 network of IPv6. */
export function clientKey(ip: string): string {
  const v4 = ip.replace(/^::ffff:/i, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v4) || !ip.includes(':')) return v4;
  const [head, tail = ''] = ip.toLowerCase().split('%')[0].split('::');
  const headGroups = head.split(':').filter(Boolean);
  const tailGroups = tail.split(':').filter(Boolean);
  const zeros = Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0');
  const groups = [...headGroups, ...zeros, ...tailGroups].map((g) => parseInt(g, 16).toString(16));
  return `${groups.slice(0, 4).join(':')}::/64`;
}
