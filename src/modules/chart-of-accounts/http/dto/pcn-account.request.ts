import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class RelabelPcnAccountRequest {
  /**
   * French label, 1 to 255 characters.
   * @example "Entretien des ascenseurs"
   */
  @IsString()
  @Length(1, 255)
  labelFr!: string;

  /**
   * Dutch label, 1 to 255 characters.
   * @example "Onderhoud van de liften"
   */
  @IsString()
  @Length(1, 255)
  labelNl!: string;

  /**
   * English label; documents in English fall back to the French label without it.
   * @example "Lift maintenance"
   */
  @IsOptional()
  @IsString()
  @Length(0, 255)
  labelEn?: string | null;
}

export class CreatePcnAccountRequest extends RelabelPcnAccountRequest {
  /**
   * A class-6 (charges) account code of six digits, unique in the organization's chart; it never changes.
   * @example "611200"
   */
  @IsString()
  @Matches(/^6\d{5}$/, { message: 'code must be a class-6 account code of 6 digits' })
  code!: string;
}
