import { Injectable, Logger } from '@nestjs/common';
import { PlatformDatabase } from '../../../shared/persistence/platform-database';
import { sql } from '../../../shared/persistence/sql';
import { AuditEvent, AuditLog } from '../domain/audit-log';

/** Appends to audit_events, which belongs to the platform (the application role cannot read or write it); a failure to audit is logged, never turned into a failed request. */
@Injectable()
export class DatabaseAuditLog extends AuditLog {
  private readonly logger = new Logger('Audit');

  constructor(private readonly platform: PlatformDatabase) {
    super();
  }

  async record(event: AuditEvent): Promise<void> {
    try {
      await this.platform.rows(
        sql`INSERT INTO audit_events (organization_id, actor_user_id, subject_user_id, event, ip, details)
            VALUES (${event.organizationId}, ${event.actorUserId}, ${event.subjectUserId ?? null}, ${event.event},
                    ${event.ip ?? null}, ${event.details ?? {}})`,
      );
    } catch (error) {
      this.logger.error({ err: error, event: event.event }, 'Could not write an audit event');
    }
  }
}
