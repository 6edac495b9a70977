// Reference side of bench_earnings: ethers reads the same hub logs as the ledger (the five
// events, the same chunks of blocks), decodes them with its Interface and sums the rewards to
// one account, timed inside node (its start-up left out). Each eth_getLogs is its own HTTP
// request (batchMaxCount 1), as a plain loop would make them.
// stdin:  { rpcUrl, hub, owner, fromBlock, toBlock, chunk }
// stdout: { ms, requests, logs, rewards, total }
import { Interface, JsonRpcProvider } from 'ethers';
import { readFileSync } from 'node:fs';

const input = JSON.parse(readFileSync(0, 'utf8'));
const provider = new JsonRpcProvider(input.rpcUrl, undefined, {
  staticNetwork: true,
  batchMaxCount: 1,
});
const hub = new Interface([
  'event OrdersMatched(bytes32 dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume)',
  'event TaskInitialize(bytes32 indexed taskid, address indexed workerpool)',
  'event TaskFinalize(bytes32 indexed taskid, bytes results)',
  'event TaskClaimed(bytes32 indexed taskid)',
  'event Reward(address owner, uint256 amount, bytes32 ref)',
]);
const topics = [
  ['OrdersMatched', 'TaskInitialize', 'TaskFinalize', 'TaskClaimed', 'Reward'].map(
    (name) => hub.getEvent(name).topicHash,
  ),
];
const owner = input.owner.toLowerCase();

const start = process.hrtime.bigint();
let requests = 0;
let logs = 0;
let rewards = 0;
let total = 0n;
for (let from = input.fromBlock; from <= input.toBlock; from += input.chunk) {
  const to = Math.min(input.toBlock, from + input.chunk - 1);
  const chunk = await provider.getLogs({ address: input.hub, topics, fromBlock: from, toBlock: to });
  ++requests;
  logs += chunk.length;
  for (const log of chunk) {
    const event = hub.parseLog(log);
    if (event && event.name === 'Reward' && event.args.owner.toLowerCase() === owner) {
      ++rewards;
      total += event.args.amount;
    }
  }
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ ms, requests, logs, rewards, total: total.toString() }));
provider.destroy();
