import { Injectable, Logger } from '@nestjs/common';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { AuditEvent, AuditLog } from '../domain/audit-log';

/** Appends to audit_events; a failure to audit is logged, never turned into a failed request. */
@Injectable()
export class DatabaseAuditLog extends AuditLog {
  private readonly logger = new Logger('Audit');

  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async record(event: AuditEvent): Promise<void> {
    try {
      await this.db.acrossOrganizations((manager) =>
        manager.query(
          `INSERT INTO audit_events (organization_id, actor_user_id, subject_user_id, event, ip, details)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            event.organizationId,
            event.actorUserId,
            event.subjectUserId ?? null,
            event.event,
            event.ip ?? null,
            event.details ?? {},
          ],
        ),
      );
    } catch (error) {
      this.logger.error({ err: error, event: event.event }, 'Could not write an audit event');
    }
  }
}
