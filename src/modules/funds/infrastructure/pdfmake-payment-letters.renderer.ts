import { Injectable } from '@nestjs/common';
import { CallLettersDocument, PaymentLettersRenderer, ReminderLettersDocument } from '../domain/payment-letters';
import { renderCallLettersPdf } from './call-letters-pdf';
import { renderReminderLettersPdf } from './reminder-letters-pdf';

/** The payment letters port, served by the shared pdfmake renderer. */
@Injectable()
export class PdfmakePaymentLettersRenderer extends PaymentLettersRenderer {
  renderCallLetters(letters: CallLettersDocument): Promise<Buffer> {
    return renderCallLettersPdf(letters);
  }

  renderReminderLetters(letters: ReminderLettersDocument): Promise<Buffer> {
    return renderReminderLettersPdf(letters);
  }
}
