// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { dirname, relative, resolve, sep } from 'node:path';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = [
  '@nestjs/',
  '@fastify/',
  'typeorm',
  'fastify',
  'class-validator',
  'class-transformer',
  'pg',
  'nestjs-pino',
];
const LAYERS = new Set(['domain', 'application', 'infrastructure', 'http']);
const SRC = resolve('src');
const SHARED = resolve('src', 'shared');
/** Port fakes (style §8) implement a context's abstract ports, so they import its internals like its own specs do. */
const FAKES = resolve('test', 'fakes');
/** Drivers a context may not reach past the executors of src/shared/persistence, which take `sql` statements only. */
const DATABASE_DRIVERS = ['pg', 'typeorm', '@nestjs/typeorm'];
const isTest = (file) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(file);

/** Where a source file sits: its context (src/modules/<context>/...) and its layer folder. */
function locate(file) {
  const parts = relative(SRC, file).split(sep);
  if (parts[0] !== 'modules' || parts.length < 3) return { context: undefined, layer: undefined, rest: parts };
  return { context: parts[1], layer: LAYERS.has(parts[2]) ? parts[2] : undefined, rest: parts.slice(2) };
}

/** The contexts (src/modules) and the composition root (files directly in src): the shared kernel sits below them. */
function aboveTheKernel(target) {
  const parts = relative(SRC, target).split(sep);
  return !parts[0]?.startsWith('..') && (parts[0] === 'modules' || parts.length === 1);
}

/** Layer rules of the house style, enforced on every import. */
const boundaries = {
  meta: { type: 'problem', schema: [], messages: {} },
  create(context) {
    const file = context.filename;
    if (file.startsWith(FAKES + sep)) return {};
    const here = locate(file);
    const inShared = file.startsWith(SHARED + sep);
    const check = (node, source) => {
      if (
        here.context &&
        here.layer !== 'domain' &&
        !isTest(file) &&
        DATABASE_DRIVERS.some((d) => source === d || source.startsWith(`${d}/`))
      ) {
        context.report({
          node,
          message: `Reach PostgreSQL through TenantDatabase or PlatformDatabase with sql\`…\` statements, not "${source}".`,
        });
      }
      if (here.layer === 'domain' && FRAMEWORKS.some((f) => source === f.replace(/\/$/, '') || source.startsWith(f))) {
        context.report({ node, message: `The domain stays plain TypeScript: it may not import "${source}".` });
      }
      let target;
      if (source.startsWith('.')) target = resolve(dirname(file), source);
      else if (source.startsWith('@modules/')) target = resolve(SRC, 'modules', source.slice('@modules/'.length));
      else return;
      if (inShared && aboveTheKernel(target)) {
        context.report({
          node,
          message: `The shared kernel knows no context nor the composition root: it may not import "${source}".`,
        });
        return;
      }
      const there = locate(target);
      if (!there.context || there.context === here.context) return;
      const isIndex =
        there.rest.length === 0 || (there.rest.length === 1 && /^index(\.ts)?$/.test(there.rest[0] ?? ''));
      if (!isIndex) {
        context.report({
          node,
          message: `Import the ${there.context} context through "@modules/${there.context}" (its index.ts), not its internals.`,
        });
      }
      if (here.layer === 'domain') {
        context.report({ node, message: 'A domain may not depend on another context.' });
      }
    };
    const literal = (node) => (node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined);
    const visit = (node) => {
      const source = literal(node.source);
      if (source !== undefined) check(node, source);
    };
    return {
      ImportDeclaration: visit,
      ExportNamedDeclaration: visit,
      ExportAllDeclaration: visit,
      ImportExpression: visit,
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', '.data/**', 'src/metadata.ts', 'openapi.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { koprogo: { rules: { boundaries } } },
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', __dirname: 'readonly' },
    },
    rules: {
      'koprogo/boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='parseFloat']", message: 'Money is integer cents: no parseFloat.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.spec.ts', 'src/**/*.int-spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
