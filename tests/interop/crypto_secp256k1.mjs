// Reference side of interop_tst_crypto_secp256k1: @noble/curves secp256k1 and ethers v6.
// stdin: { sign: [{key, digest}], recover: [{digest, rsv}], addresses: [hex40 lowercase],
//          checksumCandidates: [mixed-case "0x..." strings], messages: [{key, message}] }
// stdout: { sign: [{rsv, publicKey, address}], recover: [publicKey], addresses: [checksummed],
//           checksumCandidates: [true|false (ethers accepts)], messages: [{hash, signature,
//           recovered}] } — hex unprefixed except addresses and signatures, as ethers prints them.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { ethers } from 'ethers';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const b = hexToBytes;

// noble's "recovered" format is recovery || r || s; we compare as r || s || v (v = 27 + id).
const toRsv = (recovered) =>
  bytesToHex(recovered.subarray(1)) + (27 + recovered[0]).toString(16).padStart(2, '0');
const fromRsv = (rsv) => {
  const bytes = b(rsv);
  return Uint8Array.of(bytes[64] - 27, ...bytes.subarray(0, 64));
};

const out = {
  sign: (input.sign ?? []).map((t) => ({
    rsv: toRsv(secp256k1.sign(b(t.digest), b(t.key), { prehash: false, format: 'recovered' })),
    publicKey: bytesToHex(secp256k1.getPublicKey(b(t.key), false).subarray(1)),
    address: ethers.computeAddress('0x' + t.key),
  })),
  recover: (input.recover ?? []).map((t) =>
    bytesToHex(secp256k1.Signature.fromBytes(fromRsv(t.rsv), 'recovered')
      .recoverPublicKey(b(t.digest)).toBytes(false).subarray(1))),
  addresses: (input.addresses ?? []).map((a) => ethers.getAddress('0x' + a)),
  checksumCandidates: (input.checksumCandidates ?? []).map((a) => {
    try {
      ethers.getAddress(a);
      return true;
    } catch {
      return false;
    }
  }),
  messages: await Promise.all((input.messages ?? []).map(async (t) => {
    const wallet = new ethers.Wallet('0x' + t.key);
    const message = b(t.message);
    const signature = await wallet.signMessage(message);
    return {
      hash: ethers.hashMessage(message).slice(2),
      signature,
      recovered: t.ours ? ethers.verifyMessage(message, t.ours) : null,
    };
  })),
};
process.stdout.write(JSON.stringify(out));
