import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { languageFrom } from './language';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem';

/** The one exception filter: every error, domain or HTTP, leaves as problem+json. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}

export function sendProblem(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Pick<Logger, 'error'>,
): void {
  const problem = toProblem(error, String(request.id), languageFrom(request.headers['accept-language'], 'en'));
  if (problem.unexpected) logger.error({ err: error, requestId: request.id }, 'Unexpected error');
  if (reply.sent) return;
  void reply.status(problem.status).headers(problem.headers).type(PROBLEM_CONTENT_TYPE).send(problem.body);
}
