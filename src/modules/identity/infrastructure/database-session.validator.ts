import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionValidator } from '../../../shared/http/session-validator';

/** Asks the database on each request, so deactivation and suspension take effect at once. */
@Injectable()
export class DatabaseSessionValidator extends SessionValidator {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async isActive(userId: string): Promise<boolean> {
    const rows: Array<{ active: boolean }> = await this.dataSource.query('SELECT app_session_active($1) AS active', [userId]);
    return rows[0]?.active === true;
  }
}
