import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@shared/http/page.query';
import { MAX_KEY_WEIGHT } from '../../domain/distribution-key';
import { KEY_SORTS, type KeySort } from '../../domain/distribution-key.repository';
import { Trim } from '../../../../shared/http/validation';
import { ApiId, ApiInteger } from '../../../../shared/http/api-property.decorators';

export class KeyWeightRequest {
  /** A unit of the key's building. */
  @IsUUID()
  @ApiId()
  unitId!: string;

  /** The unit's weight in the key: a whole number above 0 (a share is weight / Σ weights). */
  @IsInt()
  @Min(1)
  @Max(MAX_KEY_WEIGHT)
  @ApiInteger({ example: 3 })
  weight!: number;
}

export class DistributionKeyRequest {
  /**
   * The key's name as the statutes give it ("Ascenseur"), 1 to 100 characters, unique in the building.
   * @example "Ascenseur"
   */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  /** One entry per unit charged by the key, each unit once; one unit alone makes a private charge. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => KeyWeightRequest)
  weights!: KeyWeightRequest[];
}

export class ListKeysQuery extends PageQuery {
  /** Sort field; name by default. */
  @IsOptional()
  @IsIn(KEY_SORTS)
  sort?: KeySort;
}
