// Reference side of interop_tst_crypto_hashes: computes every request with @noble/hashes and
// aes-js (the AES that ethers uses for keystores), independent of OpenSSL and libsodium.
// stdin: { keccak256: [hex], sha256: [hex], hmacSha256: [{key, data}], hmacSha512: [...],
//          pbkdf2Sha256: [{password, salt, c, dkLen}], pbkdf2Sha512: [...],
//          scrypt: [{password, salt, N, r, p, dkLen}], aes128Ctr: [{key, iv, data}],
//          aes256Cbc: [{key, iv, data}] }          (all byte strings as unprefixed hex)
// stdout: the same keys, each an array of unprefixed hex results in request order.
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { hmac } from '@noble/hashes/hmac.js';
import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { CTR, CBC, pkcs7Pad } from 'aes-js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const b = hexToBytes;

const out = {
  keccak256: (input.keccak256 ?? []).map((d) => bytesToHex(keccak_256(b(d)))),
  sha256: (input.sha256 ?? []).map((d) => bytesToHex(sha256(b(d)))),
  hmacSha256: (input.hmacSha256 ?? []).map((t) => bytesToHex(hmac(sha256, b(t.key), b(t.data)))),
  hmacSha512: (input.hmacSha512 ?? []).map((t) => bytesToHex(hmac(sha512, b(t.key), b(t.data)))),
  pbkdf2Sha256: (input.pbkdf2Sha256 ?? []).map((t) =>
    bytesToHex(pbkdf2(sha256, b(t.password), b(t.salt), { c: t.c, dkLen: t.dkLen }))),
  pbkdf2Sha512: (input.pbkdf2Sha512 ?? []).map((t) =>
    bytesToHex(pbkdf2(sha512, b(t.password), b(t.salt), { c: t.c, dkLen: t.dkLen }))),
  scrypt: (input.scrypt ?? []).map((t) =>
    bytesToHex(scrypt(b(t.password), b(t.salt), { N: t.N, r: t.r, p: t.p, dkLen: t.dkLen }))),
  aes128Ctr: (input.aes128Ctr ?? []).map((t) =>
    bytesToHex(new CTR(b(t.key), b(t.iv)).encrypt(b(t.data)))),
  aes256Cbc: (input.aes256Cbc ?? []).map((t) =>
    bytesToHex(new CBC(b(t.key), b(t.iv)).encrypt(pkcs7Pad(b(t.data))))),
};
process.stdout.write(JSON.stringify(out));
