import type { BookClosingSnapshot } from '../../domain/book-closing';
import { ApiDay, ApiId, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class BookClosingResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  /** The last day of the closed books (inclusive), YYYY-MM-DD. */
  @ApiDay()
  until!: string;
  @ApiTimestamp()
  closedAt!: string;
  /** The user who closed the books. */
  @ApiId()
  closedBy!: string;
  /**
   * The assembly decision that approved the accounts.
   * @example "AGO 2026-03-14, résolution 3"
   */
  note!: string | null;

  static from(s: BookClosingSnapshot): BookClosingResponse {
    return {
      id: s.id,
      buildingId: s.buildingId,
      until: s.until,
      closedAt: new Date(s.closedAt).toISOString(),
      closedBy: s.closedBy,
      note: s.note,
    };
  }
}
