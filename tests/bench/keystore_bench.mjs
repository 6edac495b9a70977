// Reference side of bench_keystore: ethers 6 opening the same keystore file as Strongroom, timed
// in the same run, and ethers' signing rate.
// stdin:  { json, password, runs, signSeconds }
// stdout: { address, asyncMs: [..] (Wallet.fromEncryptedJson), syncMs: [..]
//           (decryptKeystoreJsonSync), signaturesPerSecond }
import { Wallet, SigningKey, decryptKeystoreJsonSync, keccak256, randomBytes } from 'ethers';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { json, password, runs, signSeconds } = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const asyncMs = [];
const syncMs = [];
let address = '';
for (let i = 0; i < runs; ++i) {
  let t = process.hrtime.bigint();
  address = (await Wallet.fromEncryptedJson(json, password)).address;
  asyncMs.push(Number(process.hrtime.bigint() - t) / 1e6);
  t = process.hrtime.bigint();
  decryptKeystoreJsonSync(json, password);
  syncMs.push(Number(process.hrtime.bigint() - t) / 1e6);
}

const key = new SigningKey(randomBytes(32));
let count = 0;
const start = process.hrtime.bigint();
const limit = BigInt(Math.round(signSeconds * 1e9));
while (process.hrtime.bigint() - start < limit) {
  key.sign(keccak256(new Uint8Array([count & 0xff, (count >> 8) & 0xff, count >> 16])));
  ++count;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(JSON.stringify({ address, asyncMs, syncMs, signaturesPerSecond: count / seconds }));
