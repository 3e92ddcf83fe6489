import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { MAX_AGENDA_ITEMS } from '../../domain/agenda';
import { Trim } from '../../../../shared/http/validation';

export class AgendaItemRequest {
  /** The point to deliberate on, in French, 1 to 255 characters. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  title!: string;

  /** Details owners read before the assembly, in French, up to 4000 characters. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  /** The point in Dutch, for Dutch letters (1 to 255 characters); without it they show the French title. */
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  titleNl?: string | null;

  /** The details in Dutch, up to 4000 characters. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  descriptionNl?: string | null;
}

export class ReorderAgendaRequest {
  /** Every current item id exactly once, in the new order. */
  @IsArray()
  @ArrayMaxSize(MAX_AGENDA_ITEMS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  itemIds!: string[];
}
