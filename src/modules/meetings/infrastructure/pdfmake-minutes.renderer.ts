import { Injectable } from '@nestjs/common';
import { MinutesDocument, MinutesRenderer } from '../domain/minutes';
import { renderMinutesPdf } from './minutes-pdf.renderer';

/** The minutes port, served by the shared pdfmake document. */
@Injectable()
export class PdfmakeMinutesRenderer extends MinutesRenderer {
  render(minutes: MinutesDocument): Promise<Buffer> {
    return renderMinutesPdf(minutes);
  }
}
