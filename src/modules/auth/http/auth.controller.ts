import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import { UsersService } from '../../identity';
import type { Actor } from '../../../shared/domain/tenant';
import { CurrentActor, Public } from '../../../shared/http/access.decorators';
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

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperationDoc({
    summary: 'Sign in',
    description:
      'Signs in; the same 401 for a wrong email or password. 10 failures per 15 minutes per IP or email: 429.',
    success: TokenResponse,
    problems: [400, 401, 429],
    public: true,
  })
  async login(@Body() body: LoginRequest, @Ip() ip: string): Promise<TokenResponse> {
    return TokenResponse.from(await this.auth.login(body.email, body.password, ip));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperationDoc({
    summary: 'Refresh the tokens',
    description:
      'A new token pair; the presented refresh token stops working. Reusing an old one ends the whole session.',
    success: TokenResponse,
    problems: [400, 401],
    public: true,
  })
  async refresh(@Body() body: RefreshRequest, @Ip() ip: string): Promise<TokenResponse> {
    return TokenResponse.from(await this.auth.refresh(body.refreshToken, ip));
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperationDoc({
    summary: 'Sign out',
    description: 'Ends the session of this refresh token.',
    status: 204,
    problems: [400],
    public: true,
  })
  async logout(@Body() body: RefreshRequest): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperationDoc({
    summary: 'The signed-in account',
    description: 'The account the access token belongs to.',
    success: UsersAccountResponse,
  })
  async me(@CurrentActor() actor: Actor): Promise<UsersAccountResponse> {
    return UsersAccountResponse.from(await this.users.get(actor, actor.userId));
  }
}
