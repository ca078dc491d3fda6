import { z } from 'zod';
import { sectors } from '../../domain/categories';
import { VERDICTS } from '../../services/stats/facility-verdicts';
import { OUTSIDE } from '../../services/stats/scope';
import { CategoryParam } from '../facilities/facilities.routes';

const KATO = /^\d{9}$/;
const Area = (what: string) =>
  z.string().refine((v) => v === OUTSIDE || KATO.test(v), `${what} must be a 9-digit KATO code, or "${OUTSIDE}" for facilities outside every ${what}`);

/** The selection every statistics endpoint takes, and how to answer. */
const Selection = {
  region: Area('region').optional(),
  district: Area('district').optional(),
  category: CategoryParam.optional(),
  sector: z.enum(sectors.map((s) => s.id) as [string, ...string[]]).optional(),
  format: z.enum(['json', 'csv', 'geojson']).default('json'),
  /** Language of names and column headings in exports. */
  lang: z.enum(['kk', 'ru', 'en']).default('kk'),
};

export const StatsQuery = z
  .object({ level: z.enum(['region', 'district', 'sector']).default('region'), ...Selection })
  .superRefine((q, ctx) => {
    if (q.level === 'region' && (q.region !== undefined || q.district !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'level=region covers the whole country; use level=district&region=<KATO> for one region' });
    }
    if (q.level === 'district' && (q.region === undefined || q.region === OUTSIDE)) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'level=district needs the KATO code of a region' });
    }
    if (q.level === 'district' && q.district !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['district'], message: 'level=district lists every district of the region; use level=sector or /api/stats/facilities for one district' });
    }
  });

export const TrendQuery = z.object({ ...Selection, months: z.coerce.number().int().min(1).max(240).default(36) });

export const FailingItemsQuery = z.object({ ...Selection, limit: z.coerce.number().int().min(1).max(500).default(20) });

export const FacilitiesQuery = z.object({
  ...Selection,
  region: Area('region'),
  verdict: z.enum(VERDICTS).optional(),
  limit: z.coerce.number().int().min(1).max(50_000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

export type SelectionQuery = { region?: string; district?: string; category?: string[]; sector?: string };
