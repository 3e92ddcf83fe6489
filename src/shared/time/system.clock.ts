import { Injectable } from '@nestjs/common';
import { Clock } from '../domain/clock';

/** The server's clock; "today" is still the Brussels day, whatever the server's zone. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
