import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { NewAccountRequest } from './organization.request';
import { ApiId } from '../../../../shared/http/api-property.decorators';

export const ASSIGNABLE_ROLES = ['syndic', 'accountant', 'board_member', 'owner'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export class CreateUserRequest extends NewAccountRequest {
  /**
   * syndic, accountant, board_member or owner; asking for superadmin answers 403.
   * @example "accountant"
   */
  @IsIn([...ASSIGNABLE_ROLES, 'superadmin'])
  role!: AssignableRole;

  /** Platform superadmin only: the organization of the new user. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  organizationId?: string;
}

export class UpdateUserRequest {
  /** @example "Sophie" */
  @IsString()
  @Length(1, 100)
  firstName!: string;

  /** @example "Peeters" */
  @IsString()
  @Length(1, 100)
  lastName!: string;

  /** @example "board_member" */
  @IsIn(ASSIGNABLE_ROLES)
  role!: AssignableRole;
}
