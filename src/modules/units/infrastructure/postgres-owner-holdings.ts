import { Injectable } from '@nestjs/common';
import { sql } from '../../../shared/persistence/sql';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { HeldShare, OwnerHoldings } from '../application/owner-holdings';
import { formatShare, Share } from '../../../shared/domain/share';

interface HeldShareRow {
  unit_id: string;
  building_id: string;
  unit_number: string;
  share: string;
  start_date: string;
  end_date: string | null;
  is_primary_contact: boolean;
}

@Injectable()
export class PostgresOwnerHoldings extends OwnerHoldings {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async historyOf(organizationId: string, ownerId: string): Promise<HeldShare[]> {
    const rows = await this.db.reader(organizationId).rows<HeldShareRow>(
      sql`SELECT u.id AS unit_id, u.building_id, u.unit_number, o.share, o.start_date::text AS start_date,
                o.end_date::text AS end_date, o.is_primary_contact
           FROM unit_ownerships o JOIN units u ON u.organization_id = o.organization_id AND u.id = o.unit_id
          WHERE o.organization_id = ${organizationId} AND o.owner_id = ${ownerId}
          ORDER BY o.start_date, u.unit_number, o.id`,
    );
    return rows.map((row) => ({
      unitId: row.unit_id,
      buildingId: row.building_id,
      unitNumber: row.unit_number,
      share: formatShare(Share.parse(row.share).tenThousandths),
      startDate: row.start_date,
      endDate: row.end_date,
      isPrimaryContact: row.is_primary_contact,
    }));
  }
}
