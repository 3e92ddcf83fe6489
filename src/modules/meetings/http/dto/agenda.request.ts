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
  /**
   * The point to deliberate on, in French, 1 to 255 characters.
   * @example "Approbation des comptes 2025"
   */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  title!: string;

  /**
   * Details owners read before the assembly, in French, up to 4000 characters.
   * @example "Les comptes et le bilan au 31 décembre 2025 sont joints à la convocation."
   */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  /**
   * The point in Dutch, for Dutch letters (1 to 255 characters); without it they show the French title.
   * @example "Goedkeuring van de rekeningen 2025"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  titleNl?: string | null;

  /**
   * The details in Dutch, up to 4000 characters.
   * @example "De rekeningen en de balans op 31 december 2025 zijn bij de oproeping gevoegd."
   */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  descriptionNl?: string | null;
}

export class ReorderAgendaRequest {
  /**
   * Every current item id exactly once, in the new order.
   * @example ["5d1c8e2a-7b3f-4c6d-9e0a-1f2b3c4d5e6f", "0b6f3c1e-2d4a-4f8b-9c3e-5a7d1e2f3b4c"]
   */
  @IsArray()
  @ArrayMaxSize(MAX_AGENDA_ITEMS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  itemIds!: string[];
}
