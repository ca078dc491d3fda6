import { getJson } from '../../app/api';
import type { Account } from '../../../server/services/users/account';
import { sendJson } from '../audit/send';

export type { Account, Role } from '../../../server/services/users/account';

const listeners = new Set<(account: Account | null) => void>();
let known: Promise<Account | null> | undefined;

/**
 * Who is signed in. Asked once per page and remembered; offline the service worker answers with
 * the last known reply, so an inspector stays signed in while the tablet has no network.
 */
export function currentAccount(refresh = false): Promise<Account | null> {
  if (refresh || !known) {
    known = getJson<{ account: Account | null }>('/api/session')
      .then((reply) => reply.account)
      .catch(() => null);
  }
  return known;
}

export async function signIn(email: string, password: string): Promise<Account> {
  const { account } = await sendJson<{ account: Account }>('POST', '/api/session', { email, password });
  known = Promise.resolve(account);
  listeners.forEach((listener) => listener(account));
  return account;
}

export async function signOut(): Promise<void> {
  await sendJson('DELETE', '/api/session').catch(() => undefined);
  known = Promise.resolve(null);
  listeners.forEach((listener) => listener(null));
}

export function onAccountChange(listener: (account: Account | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where a role starts after signing in. */
export function homeOf(account: Account): string {
  return account.role === 'inspector' ? '/inspect' : account.role === 'admin' ? '/admin/users' : '/dashboard';
}
