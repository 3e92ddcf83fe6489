import { IsDefined, IsUUID } from 'class-validator';
import { ApiId } from '../../../../shared/http/api-property.decorators';

export class MatchMovementRequest {
  /** The owner whose payment the credit is: it goes to that owner's oldest due call items in the building. */
  @IsDefined({ message: 'ownerId is required' })
  @IsUUID()
  @ApiId()
  ownerId!: string;
}
