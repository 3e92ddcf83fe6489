export type AuditEventName =
  | 'login_succeeded'
  | 'login_failed'
  | 'login_rate_limited'
  | 'refresh_reuse_detected'
  | 'logout'
  | 'organization_created'
  | 'organization_suspended'
  | 'organization_activated'
  | 'user_created'
  | 'user_updated'
  | 'user_deactivated'
  | 'gdpr_export'
  | 'gdpr_delete';

export interface AuditEvent {
  readonly event: AuditEventName;
  readonly organizationId: string | null;
  readonly actorUserId: string | null;
  readonly subjectUserId?: string | null;
  readonly ip?: string | null;
  /** Never a secret, a token or a full email. */
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
}

/** The security audit trail. */
export abstract class AuditLog {
  abstract record(event: AuditEvent): Promise<void>;
}
