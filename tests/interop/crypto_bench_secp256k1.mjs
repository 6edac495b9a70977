// Reference side of bench_secp256k1: times @noble/curves secp256k1 signing (RFC 6979, low-s,
// recovered format) and public-key recovery on the same keys and digests we signed.
// stdin:  { keys: [hex], digests: [hex], rounds }
// stdout: { signPerSecond, recoverPerSecond, firstSignature (r||s||v hex, to check we agree) }
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const keys = input.keys.map(hexToBytes);
const digests = input.digests.map(hexToBytes);
const opts = { prehash: false, format: 'recovered' };

// Warm up the JIT and noble's precomputed tables before timing.
for (let i = 0; i < 200; i++) secp256k1.sign(digests[i % digests.length], keys[i % keys.length], opts);

const signatures = [];
let start = performance.now();
for (let round = 0; round < input.rounds; round++)
  for (let i = 0; i < digests.length; i++)
    signatures[i] = secp256k1.sign(digests[i], keys[i % keys.length], opts);
const signSeconds = (performance.now() - start) / 1000;

start = performance.now();
for (let i = 0; i < digests.length; i++)
  secp256k1.Signature.fromBytes(signatures[i], 'recovered').recoverPublicKey(digests[i]);
const recoverSeconds = (performance.now() - start) / 1000;

const first = signatures[0];
process.stdout.write(JSON.stringify({
  signPerSecond: (input.rounds * digests.length) / signSeconds,
  recoverPerSecond: digests.length / recoverSeconds,
  firstSignature: bytesToHex(first.subarray(1)) + (27 + first[0]).toString(16),
}));
