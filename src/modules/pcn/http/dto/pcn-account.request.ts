import { IsOptional, IsString, Length, Matches } from 'class-validator';

/** A charge account code: class 6, 2 to 10 digits. */
export const CHARGE_ACCOUNT_CODE = /^6\d{1,9}$/;

export class RelabelPcnAccountRequest {
  /**
   * French label, 1 to 200 characters.
   * @example "Entretien des ascenseurs"
   */
  @IsString()
  @Length(1, 200)
  labelFr!: string;

  /**
   * Dutch label, 1 to 200 characters.
   * @example "Onderhoud van de liften"
   */
  @IsString()
  @Length(1, 200)
  labelNl!: string;

  /**
   * English label; documents in English fall back to the French label without it.
   * @example "Lift maintenance"
   */
  @IsOptional()
  @IsString()
  @Length(0, 200)
  labelEn?: string | null;
}

export class CreatePcnAccountRequest extends RelabelPcnAccountRequest {
  /**
   * A charge (class 6) account code of 2 to 10 digits, new in the chart and among the organization's sub-accounts;
   * it never changes.
   * @example "611200"
   */
  @IsString()
  @Matches(CHARGE_ACCOUNT_CODE, { message: 'code must be a class-6 account code of 2 to 10 digits' })
  code!: string;
}
