import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequest {
  /**
   * The account's email (case does not matter).
   * @example "sophie.peeters@example.be"
   */
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email!: string;

  /** @example "Grand-Place-1000-Bxl" */
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class RefreshRequest {
  /**
   * The opaque refresh token of the last sign-in or refresh; it works once.
   * @example "3q2-7wEAAAB3y8N0bHmVxPq1kR5tZC9uLmEXAMPLE"
   */
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken!: string;
}
