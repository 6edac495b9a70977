// Rebuilds SandboxContracts.json from the Solidity sources here with the pinned solc (npm
// package `solc`, see packaging/npm/package.json):
//   node resources/contracts/compile.mjs
// (from a checkout where packaging/install-deps.sh has run). The JSON is committed, so
// building Strongroom needs no compiler; a test checks that it matches the sources.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// The pinned packages: $STRONGROOM_NODE_MODULES if set, else the checkout's packaging/npm.
const modules = process.env.STRONGROOM_NODE_MODULES || join(here, '../../packaging/npm/node_modules');
const require = createRequire(join(modules, '..', 'package.json'));
const solc = require('solc');

const names = ['SandboxDataProtector', 'SandboxAppWhitelist'];
const input = {
  language: 'Solidity',
  sources: Object.fromEntries(
    names.map((n) => [`${n}.sol`, { content: readFileSync(join(here, `${n}.sol`), 'utf8') }]),
  ),
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'paris',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(1);
}
const result = { compiler: solc.version(), contracts: {} };
for (const n of names) {
  const c = output.contracts[`${n}.sol`][n];
  result.contracts[n] = { abi: c.abi, bytecode: '0x' + c.evm.bytecode.object };
}
const target = process.argv[2] || join(here, 'SandboxContracts.json');
writeFileSync(target, JSON.stringify(result, null, 1) + '\n');
console.log(`wrote ${target} (solc ${solc.version()})`);
