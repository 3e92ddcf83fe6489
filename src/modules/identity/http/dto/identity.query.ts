import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { ROLES } from '../../../../shared/domain/tenant';
import { ApiId } from '../../../../shared/http/api-property.decorators';

export class ListOrganizationsQuery extends PageQuery {
  @IsOptional()
  @IsIn(['name', 'createdAt'])
  sort?: 'name' | 'createdAt';
}

export class ListUsersQuery extends PageQuery {
  @IsOptional()
  @IsIn(['lastName', 'firstName', 'createdAt', 'role'])
  sort?: 'lastName' | 'firstName' | 'createdAt' | 'role';

  /** Platform superadmin only: one organization's users. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  organizationId?: string;

  @IsOptional()
  @IsIn(ROLES)
  role?: string;
}
