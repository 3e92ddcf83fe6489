import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.filter';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem';

/**
 * Refusals of the router itself (a malformed URL, a path parameter too long), which come before any hook or filter:
 * they answer as problem+json like every other error, with the same security headers and request id.
 */
export function frameworkErrors(headersOf: (request: FastifyRequest) => Readonly<Record<string, string>>) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    void reply.headers(headersOf(request)).header('x-request-id', request.id);
    sendProblem(error, request, reply);
  };
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers or URL above the size limit, broken framing):
 * a raw problem+json on the socket, then the connection closes, since what follows on it cannot be trusted.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const problem = toProblem(
    { statusCode: status, code: error.code, message: STATUS_CODES[status] },
    randomUUID(),
    'en',
  );
  const body = JSON.stringify(problem.body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
