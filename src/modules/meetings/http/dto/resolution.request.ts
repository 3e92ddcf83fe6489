import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { Trim } from '../../../../shared/http/validation';
import { MAJORITIES, Majority } from '../../domain/majority';
import { BALLOT_CHOICES, BallotChoice } from '../../domain/tally';
import { ApiId } from '../../../../shared/http/api-property.decorators';

export class ProposeResolutionRequest {
  /** The agenda item the resolution decides on: only agenda items are voted. */
  @IsUUID()
  @ApiId()
  agendaItemId!: string;

  /** The decision put to the vote, 1 to 255 characters. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  title!: string;

  /** Its full wording, up to 8000 characters. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(8000)
  text?: string | null;

  /** The majority of art. 3.88 it needs: absolute, two_thirds, four_fifths or unanimity (of all the building's votes). */
  @IsIn(MAJORITIES)
  majority!: Majority;
}

export class BallotRequest {
  /** An owner present or represented at the assembly. */
  @IsUUID()
  @ApiId()
  ownerId!: string;

  /** for, against or abstain (an abstention is not a vote cast). */
  @IsIn(BALLOT_CHOICES)
  choice!: BallotChoice;
}

export class ResolutionListQuery extends PageQuery {
  /** Sort field: the order they were proposed in. */
  @IsOptional()
  @IsIn(['createdAt'])
  sort?: 'createdAt';
}

export class MinutesQuery {
  /** Language of the minutes (fr or nl); by default from Accept-Language, else fr. */
  @IsOptional()
  @IsIn(['fr', 'nl'])
  lang?: 'fr' | 'nl';
}
