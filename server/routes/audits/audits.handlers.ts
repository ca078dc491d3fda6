import type { Context } from 'hono';
import type { z } from 'zod';
import { currentAccount } from '../../auth/current-user';
import type { AppDeps } from '../../deps';
import { getAudit } from '../../services/audits/get-audit';
import { listFacilityAudits } from '../../services/audits/list-facility-audits';
import { submitAudit } from '../../services/audits/submit-audit';
import type { AuditBody, AuditIdParam, FacilityIdParam, IdempotencyHeader } from './audits.routes';

type SubmitInput = {
  out: { param: z.output<typeof FacilityIdParam>; header: z.output<typeof IdempotencyHeader>; json: z.output<typeof AuditBody> };
};

export function submitHandler(deps: AppDeps) {
  return async (c: Context<object, string, SubmitInput>) => {
    const { id } = c.req.valid('param');
    const key = c.req.valid('header')['idempotency-key'];
    const { audit, replayed } = await submitAudit(deps.database, currentAccount(c), id, key.toLowerCase(), c.req.valid('json'));
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(audit, 201);
  };
}

export function historyHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { param: z.output<typeof FacilityIdParam> } }>) => {
    return c.json(await listFacilityAudits(deps.database, c.req.valid('param').id));
  };
}

export function getAuditHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { param: z.output<typeof AuditIdParam> } }>) => {
    return c.json(await getAudit(deps.database, c.req.valid('param').id));
  };
}
