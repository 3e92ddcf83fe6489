import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { Collapse } from '../../../../shared/http/validation';
import { OWNER_SORTS, OwnerSort } from '../../domain/owner.repository';

export class OwnerListQuery extends PageQuery {
  /** Sort field; lastName by default. `email` sorts by the address, though it is stored encrypted. */
  @IsOptional()
  @IsIn(OWNER_SORTS)
  sort?: OwnerSort;

  /** Start of a first or last name (case-insensitive), or an exact email when it contains "@". */
  @IsOptional()
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  q?: string;

  /** Exact email (case-insensitive). */
  @IsOptional()
  @Collapse()
  @IsEmail()
  email?: string;
}
