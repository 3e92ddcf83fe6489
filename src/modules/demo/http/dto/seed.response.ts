export class SeedResponse {
  /** False when the demo data was already there (nothing changed). */
  loaded!: boolean;
  /** Demo accounts; their password is demo-password-2026. */
  accounts!: string[];
}
