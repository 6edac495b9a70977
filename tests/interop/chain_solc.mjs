// Compiles the chain-access tests' own Solidity (tests/integration/contracts) with the pinned
// solc, so that the tests deploy real compiled contracts without committing bytecode.
// stdin: { "sources": { "Name.sol": "<source text>" } }
// stdout: { "compiler": version, "contracts": { "ContractName": { "abi": [...], "bytecode": "0x..." } } }
import solc from 'solc';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const request = {
  language: 'Solidity',
  sources: Object.fromEntries(
    Object.entries(input.sources).map(([name, content]) => [name, { content }]),
  ),
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'paris',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(request)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(1);
}
const contracts = {};
for (const file of Object.values(output.contracts))
  for (const [name, c] of Object.entries(file))
    contracts[name] = { abi: c.abi, bytecode: '0x' + c.evm.bytecode.object };
process.stdout.write(JSON.stringify({ compiler: solc.version(), contracts }));
