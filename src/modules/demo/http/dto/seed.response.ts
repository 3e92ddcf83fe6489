export class SeedResponse {
  /**
   * False when the demo data was already there (nothing changed).
   * @example true
   */
  loaded!: boolean;
  /**
   * Demo accounts; their password is demo-password-2026.
   * @example ["admin@demo.koprogo.be", "syndic@demo.koprogo.be", "accountant@demo.koprogo.be", "owner@demo.koprogo.be"]
   */
  accounts!: string[];
}
