import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '@shared/domain';
import { isUniqueViolation } from '@shared/persistence/postgres-error';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { AccountClass, ChargeAccount, Chart, ChartAccount, ChartReads } from '../domain/chart';

interface AccountRow {
  version: string;
  valid_from: string;
  code: string;
  class: number;
  label_fr: string;
  label_nl: string;
  source: string | null;
  to_verify: boolean;
  parent_code: string | null;
}

interface ChargeRow {
  code: string;
  label_fr: string;
  label_nl: string;
  label_en: string | null;
  parent_code: string | null;
  created_at: Date;
  updated_at: Date;
}

const chargeAccount = (r: ChargeRow): ChargeAccount => ({
  code: r.code,
  labelFr: r.label_fr,
  labelNl: r.label_nl,
  labelEn: r.label_en,
  parentCode: r.parent_code,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The chart in force and the organization's sub-accounts, in one statement, by code. */
@Injectable()
export class PostgresChartReads extends ChartReads {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async chartOn(organizationId: string, day: CalendarDate): Promise<Chart> {
    const rows = await this.db.reader(organizationId).rows<AccountRow>(
      sql`WITH version AS (
          SELECT v.id, v.valid_from FROM chart_versions v WHERE v.valid_from <= ${day}::date
          ORDER BY v.valid_from DESC LIMIT 1
        )
        SELECT v.id AS version, v.valid_from::text AS valid_from, a.code, a.class, a.label_fr, a.label_nl, a.source,
               a.to_verify, NULL AS parent_code
          FROM version v JOIN chart_accounts a ON a.version_id = v.id
        UNION ALL
        SELECT v.id, v.valid_from::text, o.code, left(o.code, 1)::int, o.label_fr, o.label_nl, NULL, false,
               o.parent_code
          FROM version v CROSS JOIN organization_accounts o WHERE o.organization_id = ${organizationId}
        ORDER BY code`,
    );
    return {
      version: rows[0]?.version ?? '',
      validFrom: rows[0]?.valid_from ?? '',
      accounts: rows.map((r): ChartAccount => ({
        code: r.code,
        class: Number(r.class) as AccountClass,
        labelFr: r.label_fr,
        labelNl: r.label_nl,
        source: r.source,
        toVerify: r.to_verify,
        parentCode: r.parent_code,
      })),
    };
  }

  async addSubAccount(organizationId: string, account: ChartAccount, labelEn: string | null = null): Promise<boolean> {
    try {
      await this.db.writeOnce(
        organizationId,
        sql`INSERT INTO organization_accounts (organization_id, code, parent_code, label_fr, label_nl, label_en)
          VALUES (${organizationId}, ${account.code}, ${account.parentCode ?? account.code.slice(0, 1)},
                  ${account.labelFr}, ${account.labelNl}, ${labelEn})`,
      );
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** The version in force on `day`, or the first one for a day before any (books kept before 2013). */
  async chargeAccounts(organizationId: string, day: CalendarDate): Promise<ChargeAccount[]> {
    const rows = await this.db.reader(organizationId).rows<ChargeRow>(
      sql`WITH version AS (
          SELECT v.id, v.created_at FROM chart_versions v
          ORDER BY CASE WHEN v.valid_from <= ${day}::date THEN v.valid_from END DESC NULLS LAST, v.valid_from
          LIMIT 1
        )
        SELECT a.code, a.label_fr, a.label_nl, NULL AS label_en, NULL AS parent_code, v.created_at,
               v.created_at AS updated_at
          FROM version v JOIN chart_accounts a ON a.version_id = v.id AND a.class = 6
        UNION ALL
        SELECT o.code, o.label_fr, o.label_nl, o.label_en, o.parent_code, o.created_at, o.updated_at
          FROM organization_accounts o WHERE o.organization_id = ${organizationId} AND left(o.code, 1) = '6'
        ORDER BY code`,
    );
    return rows.map(chargeAccount);
  }

  async relabelSubAccount(
    organizationId: string,
    code: string,
    labels: Pick<ChargeAccount, 'labelFr' | 'labelNl' | 'labelEn'>,
    now: Date,
  ): Promise<ChargeAccount | null> {
    const [row] = await this.db.writeOnce<ChargeRow>(
      organizationId,
      sql`UPDATE organization_accounts
        SET label_fr = ${labels.labelFr}, label_nl = ${labels.labelNl}, label_en = ${labels.labelEn}, updated_at = ${now}
        WHERE organization_id = ${organizationId} AND code = ${code}
        RETURNING code, label_fr, label_nl, label_en, parent_code, created_at, updated_at`,
    );
    return row ? chargeAccount(row) : null;
  }
}
