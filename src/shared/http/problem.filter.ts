import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../../config/app-config';
import { languageFrom } from './language';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem';

/** The one exception filter: every error, domain or HTTP, leaves as problem+json. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  constructor(private readonly config: AppConfig) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    // With request logging, the request's own line reports a 5xx and its error; without, the filter does.
    const logger = this.config.requestLogging ? undefined : this.logger;
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), logger);
  }
}

export function sendProblem(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger?: Pick<Logger, 'error'>,
): void {
  const problem = toProblem(error, String(request.id), languageFrom(request.headers['accept-language'], 'en'));
  // The request's log line (pino-http reads `res.err`) is then written at error level, with this error's stack.
  if (problem.status >= 500) (reply.raw as { err?: unknown }).err = error;
  if (problem.unexpected) logger?.error({ err: error, requestId: request.id }, 'Unexpected error');
  if (reply.sent) return;
  // Refused before its body was read (an upload above the limit): the rest of it would arrive as the next request on a
  // keep-alive connection and leave the client waiting. Closing it after the answer is the only safe way out.
  if (!request.raw.complete) void reply.header('connection', 'close');
  void reply.status(problem.status).headers(problem.headers).type(PROBLEM_CONTENT_TYPE).send(problem.body);
}
