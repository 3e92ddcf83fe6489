import { ESLint } from 'eslint';
import { join } from 'node:path';

/** The layer rules of the house style are enforced by lint; these cases prove the rule fires. */
describe('layer rules (eslint koprogo/boundaries)', () => {
  const root = join(__dirname, '..', '..');
  const eslint = new ESLint({ cwd: root });
  const messagesFor = async (code: string, file: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(root, file) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'koprogo/boundaries').map((m) => m.message);
  };

  it('refuses framework imports in a domain folder', async () => {
    const messages = await messagesFor(
      "import { Injectable } from '@nestjs/common';\nimport { Entity } from 'typeorm';\nexport const x = [Injectable, Entity];\n",
      'src/modules/expenses/domain/probe.ts',
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/domain stays plain TypeScript/);
  });

  it("refuses another context's internals, relative or aliased", async () => {
    const messages = await messagesFor(
      "import { Building } from '../../buildings/domain/building';\nimport { X } from '@modules/units/application/units.service';\nexport const y = [Building, X];\n",
      'src/modules/expenses/application/probe.ts',
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/through "@modules\/buildings"/);
  });

  it("accepts another context's index and the context's own internals", async () => {
    const messages = await messagesFor(
      "import { BuildingsService } from '../../buildings';\nimport { Expense } from '../domain/expense';\nexport const z = [BuildingsService, Expense];\n",
      'src/modules/expenses/application/probe.ts',
    );
    expect(messages).toEqual([]);
  });

  it('refuses database drivers in a context: statements go through the executors, as sql templates', async () => {
    const messages = await messagesFor(
      "import { Pool } from 'pg';\nimport { EntityManager } from 'typeorm';\nimport { TypeOrmModule } from '@nestjs/typeorm';\nexport const w = [Pool, EntityManager, TypeOrmModule];\n",
      'src/modules/expenses/infrastructure/probe.ts',
    );
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/through TenantDatabase or PlatformDatabase/);
  });

  it('refuses, in the shared kernel, any import of a context or of the application, static or dynamic', async () => {
    const messages = await messagesFor(
      "import { UnitsModule } from '@modules/units';\nimport { X } from '../../modules/expenses';\n" +
        "export const load = async () => [UnitsModule, X, (await import('../../metadata')).default];\n",
      'src/shared/http/probe.ts',
    );
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/shared kernel knows no context/);
  });

  it('accepts, in the shared kernel, its own files and packages', async () => {
    const messages = await messagesFor(
      "import { Module } from '@nestjs/common';\nimport { DomainError } from '../domain';\nexport const k = [Module, DomainError];\n",
      'src/shared/http/probe.ts',
    );
    expect(messages).toEqual([]);
  });
});
