// Deploys the same PoCo v6.1.0 contracts as Strongroom's PocoDeployer, in the same order and
// with the same calls, through ethers, and prints how long it took. Input (stdin):
// {"rpcUrl": "...", "nodeModules": "..."}. Output: {"ms": N, "hub": "0x...", "transactions": N}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ethers } from 'ethers';

const input = JSON.parse(readFileSync(0, 'utf8'));
const poco = join(input.nodeModules, '@iexec', 'poco');
const artifact = (p) => JSON.parse(readFileSync(join(poco, 'artifacts', 'contracts', p + '.json'), 'utf8'));
const deployment = (n) => JSON.parse(readFileSync(join(poco, 'deployments', 'arbitrumSepolia', n + '.json'), 'utf8'));

const provider = new ethers.JsonRpcProvider(input.rpcUrl, undefined, { staticNetwork: true, batchMaxCount: 1 });
const signer = await provider.getSigner(0);
const owner = await signer.getAddress();
let transactions = 0;

async function deploy(bytecode, args = '0x') {
  const tx = await signer.sendTransaction({ data: ethers.concat([bytecode, args]), gasLimit: 30000000 });
  const receipt = await tx.wait();
  transactions++;
  return receipt.contractAddress;
}
async function transact(to, abi, fn, args) {
  const c = new ethers.Contract(to, abi, signer);
  const tx = await c[fn](...args);
  await tx.wait();
  transactions++;
}
function selectors(abi) {
  const out = [];
  for (const e of abi) {
    if (e.type === 'function') out.push(ethers.FunctionFragment.from(e).selector);
    else if (e.type === 'receive') out.push('0x00000000');
    else if (e.type === 'fallback') out.push('0xffffffff');
  }
  return out;
}
function link(a, lib) {
  let hex = a.bytecode.slice(2);
  for (const libs of Object.values(a.linkReferences || {}))
    for (const places of Object.values(libs))
      for (const { start } of places) hex = hex.slice(0, start * 2) + lib.slice(2).toLowerCase() + hex.slice(start * 2 + 40);
  return '0x' + hex;
}

const started = performance.now();
const rlc = await deploy(deployment('RLC').bytecode);
const records = ['DiamondInit', 'DiamondCutFacet', 'DiamondLoupeFacet', 'OwnershipFacet'].map(deployment);

const addresses = [];
for (const r of records) addresses.push(await deploy(r.bytecode));
const present = new Set();
const baseCuts = [];
for (const [i, r] of records.slice(1).entries()) {
  const fresh = selectors(r.abi).filter((s) => !present.has(s) && present.add(s));
  baseCuts.push([addresses[i + 1], 0, fresh]);
}
const coder = ethers.AbiCoder.defaultAbiCoder();
const initSelector = ethers.id('init()').slice(0, 10);
const diamondArgs = coder.encode(['(address,uint8,bytes4[])[]', '(address,address,bytes)'], [baseCuts, [owner, addresses[0], initSelector]]);
const hub = await deploy(artifact('Diamond.sol/Diamond').bytecode, diamondArgs);
const libOrders = await deploy(artifact('libs/IexecLibOrders_v5.sol/IexecLibOrders_v5').bytecode);
const cutAbi = ['function diamondCut((address,uint8,bytes4[])[],address,bytes)'];
for (const name of ['IexecAccessorsABILegacyFacet', 'IexecCategoryManagerFacet', 'IexecConfigurationExtraFacet',
  'IexecConfigurationFacet', 'IexecERC20Facet', 'IexecEscrowTokenFacet', 'IexecOrderManagementFacet',
  'IexecPoco1Facet', 'IexecPoco2Facet', 'IexecPocoAccessorsFacet', 'IexecPocoBoostFacet',
  'IexecPocoBoostAccessorsFacet', 'IexecRelayFacet']) {
  const a = artifact(`facets/${name}.sol/${name}`);
  const facet = await deploy(link(a, libOrders));
  const fresh = selectors(a.abi).filter((s) => !present.has(s) && present.add(s));
  if (fresh.length) await transact(hub, cutAbi, 'diamondCut', [[[facet, 0, fresh]], ethers.ZeroAddress, '0x']);
}
const registryAbi = ['function initialize(address)', 'function setBaseURI(string)'];
const registries = [];
for (const [path, kind] of [['registries/apps/AppRegistry.sol/AppRegistry', 'app'],
  ['registries/datasets/DatasetRegistry.sol/DatasetRegistry', 'dataset'],
  ['registries/workerpools/WorkerpoolRegistry.sol/WorkerpoolRegistry', 'workerpool']]) {
  const reg = await deploy(artifact(path).bytecode);
  await transact(reg, registryAbi, 'initialize', [ethers.ZeroAddress]);
  await transact(reg, registryAbi, 'setBaseURI', [`https://sandbox.strongroom.invalid/${kind}/`]);
  registries.push(reg);
}
await transact(hub, ['function configure(address,string,string,uint8,address,address,address,address)'], 'configure',
  [rlc, 'Staked RLC', 'SRLC', 9, ...registries, ethers.ZeroAddress]);
for (const [name, seconds] of [['XS', 300], ['S', 1200], ['M', 3600], ['L', 10800], ['XL', 36000]])
  await transact(hub, ['function createCategory(string,string,uint256)'], 'createCategory', [name, '""', seconds]);
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, hub, transactions }));
