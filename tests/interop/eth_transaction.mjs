// Reference side of interop_tst_eth_transaction: ethers signs the same transactions with the
// same keys, and parses our raw transactions.
// stdin:  { cases: [{ privateKey, tx: { type, chainId, nonce, gasPrice | maxFeePerGas +
//            maxPriorityFeePerGas, gasLimit, to, value, data, accessList }, ours: "0x.." }] }
//         (big integers as decimal strings)
// stdout: { cases: [{ signed, parsed: { hash, from, unsignedHash, serialized } } | { error }] }
import { Wallet, Transaction } from 'ethers';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const cases = [];
for (const { privateKey, tx, ours } of input.cases) {
  try {
    const signed = await new Wallet(privateKey).signTransaction(tx);
    const parsed = Transaction.from(ours);
    cases.push({
      signed,
      parsed: {
        hash: parsed.hash,
        from: parsed.from,
        unsignedHash: parsed.unsignedHash,
        serialized: parsed.serialized,
      },
    });
  } catch (error) {
    cases.push({ error: String(error.stack ?? error) });
  }
}
process.stdout.write(JSON.stringify({ cases }));
