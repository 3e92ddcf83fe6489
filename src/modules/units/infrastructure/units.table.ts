import { column, table } from '../../../shared/persistence/table';
import { sql } from '../../../shared/persistence/sql';
import type { UnitRecord, UnitSnapshot } from '../domain/unit';

/** m² with 2 decimals, exact: "50.25" is 5025 hundredths. */
const toHundredths = (raw: string): number => Number(raw.replace('.', ''));
const toSquareMetres = (hundredths: number): string =>
  `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;

export const units = table<UnitRecord>('units', 'u', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  unitNumber: column('unit_number'),
  type: column('type'),
  floor: column('floor'),
  surfaceAreaHundredths: column('surface_area', { read: toHundredths, write: toSquareMetres }),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});

/** A unit's columns and its quota on the day of the `quotaOnJoin` (alias cq), for `unitFromRow`. */
export const unitColumns = sql`${units.columns}, cq.quota`;

export const unitFromRow = (row: Record<string, unknown>): UnitSnapshot => ({
  ...units.fromRow(row),
  quota: (row.quota as number | null) ?? null,
});
