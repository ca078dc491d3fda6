import { describe, expect, it } from 'vitest';
import { accessStatuses } from '../../app/api-types';
import { filteredCategories, filteredStatuses, filtersActive } from './filters';

describe('facility filters', () => {
  it('keep every facility until something is chosen', () => {
    const all = { place: '', statuses: [...accessStatuses] };
    expect(filteredCategories(all)).toBeUndefined();
    expect(filteredStatuses(all)).toBeUndefined();
    expect(filtersActive(all)).toBe(false);
  });

  it('turn a sector into its categories and keep the chosen statuses', () => {
    const health = { place: 'sector:health', statuses: accessStatuses.filter((s) => s !== 'unknown') };
    expect(filteredCategories(health)).toEqual(expect.arrayContaining(['hospital', 'pharmacy']));
    expect(filteredCategories(health)).not.toContain('school');
    expect(filteredStatuses(health)).toEqual(['accessible', 'partial', 'conditional', 'inaccessible']);
    expect(filteredCategories({ place: 'category:school', statuses: [] })).toEqual(['school']);
    expect(filtersActive(health)).toBe(true);
  });
});
