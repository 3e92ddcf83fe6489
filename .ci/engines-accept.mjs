// Exits 0 when this Node satisfies package.json's engines.node, written as `^x.y.z` and `>=x.y.z` ranges joined by ||.
import { readFileSync } from 'node:fs';

const range = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const version = process.versions.node.split('.').map(Number);
const atLeast = (min) => {
  for (let i = 0; i < 3; i++) if (version[i] !== min[i]) return version[i] > min[i];
  return true;
};
const accepts = range.split('||').some((part) => {
  const match = /^\s*(\^|>=)(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
  if (!match) throw new Error(`engines.node: cannot read "${part.trim()}"`);
  const min = match.slice(2).map(Number);
  return atLeast(min) && (match[1] === '>=' || version[0] === min[0]);
});
process.exit(accepts ? 0 : 1);
