import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UsersService } from '../../identity';
import type { Actor } from '../../../shared/domain/tenant';
import { CurrentActor, Public } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { AuthService } from '../application/auth.service';
import { LoginRequest, RefreshRequest } from './dto/auth.request';
import { TokenResponse } from './dto/auth.response';
import { UsersAccountResponse } from './dto/users-account.response';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  /** Signs in; the same 401 for a wrong email or password. 10 failures per 15 minutes per IP or email: 429. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse })
  @ApiProblem(400, 401, 429)
  async login(@Body() body: LoginRequest, @Ip() ip: string): Promise<TokenResponse> {
    return TokenResponse.from(await this.auth.login(body.email, body.password, ip));
  }

  /** A new token pair; the presented refresh token stops working. Reusing an old one ends the whole session. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse })
  @ApiProblem(400, 401)
  async refresh(@Body() body: RefreshRequest, @Ip() ip: string): Promise<TokenResponse> {
    return TokenResponse.from(await this.auth.refresh(body.refreshToken, ip));
  }

  /** Ends the session of this refresh token. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblem(400)
  async logout(@Body() body: RefreshRequest): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UsersAccountResponse })
  @ApiProblem(401)
  async me(@CurrentActor() actor: Actor): Promise<UsersAccountResponse> {
    return UsersAccountResponse.from(await this.users.get(actor, actor.userId));
  }
}
