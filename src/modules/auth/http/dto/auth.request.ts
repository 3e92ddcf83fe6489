import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequest {
  /** The account's email (case does not matter). */
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class RefreshRequest {
  /** The opaque refresh token of the last sign-in or refresh; it works once. */
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken!: string;
}
