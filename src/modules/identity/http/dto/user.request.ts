import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export const ASSIGNABLE_ROLES = ['syndic', 'accountant', 'board_member', 'owner'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export class CreateUserRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** At least 12 characters. */
  @IsString()
  @Length(12, 256)
  password!: string;

  @IsString()
  @Length(1, 100)
  firstName!: string;

  @IsString()
  @Length(1, 100)
  lastName!: string;

  /** syndic, accountant, board_member or owner; asking for superadmin answers 403. */
  @IsIn([...ASSIGNABLE_ROLES, 'superadmin'])
  role!: AssignableRole;

  /** Platform superadmin only: the organization of the new user. */
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class UpdateUserRequest {
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @IsString()
  @Length(1, 100)
  lastName!: string;

  @IsIn(ASSIGNABLE_ROLES)
  role!: AssignableRole;
}
