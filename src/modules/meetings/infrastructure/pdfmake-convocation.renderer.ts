import { Injectable } from '@nestjs/common';
import { ConvocationLetter, ConvocationRenderer } from '../domain/convocation';
import { renderConvocationPdf } from './convocation-pdf.renderer';

/** The convocation port, served by the shared pdfmake letter. */
@Injectable()
export class PdfmakeConvocationRenderer extends ConvocationRenderer {
  render(letter: ConvocationLetter): Promise<Buffer> {
    return renderConvocationPdf(letter);
  }
}
