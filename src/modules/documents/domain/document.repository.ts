import type { Page, PageRequest } from '@shared/domain';
import type { Document, DocumentSnapshot, DocumentType, DocumentVisibility } from './document';

export const DOCUMENT_SORTS = ['createdAt', 'title'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

export interface DocumentCriteria {
  readonly buildingId?: string;
  readonly type?: DocumentType;
  readonly meetingId?: string;
  readonly expenseId?: string;
  /** Restricts the list to these buildings (an owner's). */
  readonly onlyBuildingIds?: readonly string[];
  /** Restricts the list to these visibilities (an owner's: public_to_owners). */
  readonly onlyVisibilities?: readonly DocumentVisibility[];
}

/**
 * Document metadata of one organization. Every method runs under row-level security: a read in one round trip, a write in
 * one transaction.
 */
export abstract class DocumentRepository {
  abstract findById(organizationId: string, id: string): Promise<DocumentSnapshot | null>;
  abstract list(
    organizationId: string,
    criteria: DocumentCriteria,
    page: PageRequest<DocumentSort>,
  ): Promise<Page<DocumentSnapshot>>;
  /**
   * Inserts the row, then runs `publish` (making the bytes visible) in the same transaction, last: the row is
   * committed only if `publish` resolved, and a rejection of either rolls the insert back. A link that no longer
   * exists (building, meeting, expense deleted meanwhile) is a not-found DomainError, thrown before `publish` runs.
   */
  abstract insert(document: Document, publish: () => Promise<void>): Promise<void>;
  /** Deletes the row and returns what it was, so the caller can remove the bytes; null when there is no such row. */
  abstract delete(organizationId: string, id: string): Promise<DocumentSnapshot | null>;
}
