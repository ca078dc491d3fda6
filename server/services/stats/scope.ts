import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { categories as allCategories, type LocalizedText } from '../../domain/categories';
import { BadRequestError, NotFoundError } from '../../errors';
import type { StatsSelection } from './selection';

/** Area parameters as the API takes them: a KATO code, "none" (outside every area), or absent (all). */
export interface ScopeQuery {
  region?: string;
  district?: string;
  categories?: readonly string[];
  sector?: string;
}

/** A selection with the names of its areas, echoed in every answer. */
export interface StatsScope {
  region: string | null;
  district: string | null;
  categories: readonly string[] | null;
  sector: string | null;
  names: { region?: LocalizedText; district?: LocalizedText };
  selection: StatsSelection;
}

export const OUTSIDE = 'none';

/** Checks that the areas exist and belong together, and turns category and sector into categories. */
export async function resolveScope(database: Database, query: ScopeQuery): Promise<StatsScope> {
  const names: StatsScope['names'] = {};
  if (query.district !== undefined && query.region === undefined) {
    throw new BadRequestError('district needs its region', [{ path: 'region', message: 'give the region of the district' }]);
  }
  if (query.region && query.region !== OUTSIDE) {
    const [r] = await database.rows<NameRow>(sql`SELECT name_kk, name_ru, name_en FROM regions WHERE kato = ${query.region}`);
    if (!r) throw new NotFoundError(`No region has KATO code ${query.region}; GET /api/regions lists them.`);
    names.region = localized(r);
  }
  if (query.district && query.district !== OUTSIDE) {
    const [d] = await database.rows<NameRow & { region_kato: string }>(
      sql`SELECT name_kk, name_ru, name_en, region_kato FROM districts WHERE kato = ${query.district}`,
    );
    if (!d) throw new NotFoundError(`No district has KATO code ${query.district}.`);
    if (d.region_kato !== query.region) {
      throw new BadRequestError(`District ${query.district} lies in region ${d.region_kato}, not ${query.region}`, [
        { path: 'district', message: `not a district of region ${query.region}` },
      ]);
    }
    names.district = localized(d);
  }
  const inSector = query.sector ? allCategories.filter((c) => c.sector === query.sector).map((c) => c.id) : null;
  const categories =
    inSector && query.categories ? query.categories.filter((c) => inSector.includes(c)) : (inSector ?? query.categories ?? null);
  const area = (value: string | undefined) => (value === undefined ? undefined : value === OUTSIDE ? null : value);
  return {
    region: query.region ?? null,
    district: query.district ?? null,
    categories,
    sector: query.sector ?? null,
    names,
    selection: { region: area(query.region), district: area(query.district), categories: categories ?? undefined },
  };
}

interface NameRow {
  name_kk: string;
  name_ru: string;
  name_en: string;
}

export const localized = (r: NameRow): LocalizedText => ({ kk: r.name_kk, ru: r.name_ru, en: r.name_en });
