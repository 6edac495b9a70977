// Reference side of interop_tst_earnings_ethers: ethers reads the hub's Reward logs on its own
// (one eth_getLogs over the whole chain, decoded by its Interface) and sums them per account.
// stdin:  { rpcUrl, hub, accounts: ["0x..."] }
// stdout: { accounts: { "<lowercase address>": { count, total, refs: ["0x..."] } } }
import { Interface, JsonRpcProvider } from 'ethers';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const provider = new JsonRpcProvider(input.rpcUrl, undefined, { staticNetwork: true });
const hub = new Interface(['event Reward(address owner, uint256 amount, bytes32 ref)']);
const logs = await provider.getLogs({
  address: input.hub,
  topics: [hub.getEvent('Reward').topicHash],
  fromBlock: 0,
  toBlock: 'latest',
});
const accounts = {};
for (const a of input.accounts) accounts[a.toLowerCase()] = { count: 0, total: 0n, refs: [] };
for (const log of logs) {
  const reward = hub.parseLog(log);
  const entry = accounts[reward.args.owner.toLowerCase()];
  if (!entry) continue;
  entry.count += 1;
  entry.total += reward.args.amount;
  entry.refs.push(reward.args.ref);
}
for (const entry of Object.values(accounts)) entry.total = entry.total.toString();
process.stdout.write(JSON.stringify({ accounts }));
provider.destroy();
