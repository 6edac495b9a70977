// Reference side of interop_tst_crypto_rsa: node-forge (what the iExec SDK uses to unwrap
// aes-key.rsa) and node:crypto's generateKeyPair (what `iexec result generate-encryption-keypair`
// uses to make the keys).
// stdin:  { ourPrivatePem, ourPublicPem, ourCiphertexts: [hex], toWrap: [hex] }
// stdout: { forgeDecrypted: [hex] (our ciphertexts, forge + our private key),
//           forgeWrapped: [hex] (toWrap, forge + our public key),
//           forgeBits, sdkPrivatePem, sdkPublicPem, sdkPkcs1PrivatePem,
//           sdkWrapped: [hex] (toWrap, forge + the SDK-style public key) }
import forge from 'node-forge';
import { generateKeyPairSync, createPrivateKey } from 'node:crypto';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const toBinary = (hex) => Buffer.from(hex, 'hex').toString('binary');
const toHex = (binary) => Buffer.from(binary, 'binary').toString('hex');

const ourPrivate = forge.pki.privateKeyFromPem(input.ourPrivatePem);
const ourPublic = forge.pki.publicKeyFromPem(input.ourPublicPem);

// Same call and options as the iexec CLI's key pair generation.
const sdk = generateKeyPairSync('rsa', {
  modulusLength: 4096,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const sdkPublic = forge.pki.publicKeyFromPem(sdk.publicKey);
const sdkPkcs1 = createPrivateKey(sdk.privateKey).export({ type: 'pkcs1', format: 'pem' });

const out = {
  forgeBits: ourPublic.n.bitLength(),
  forgeDecrypted: input.ourCiphertexts.map((c) => toHex(ourPrivate.decrypt(toBinary(c)))),
  forgeWrapped: input.toWrap.map((p) => toHex(ourPublic.encrypt(toBinary(p)))),
  sdkPrivatePem: sdk.privateKey,
  sdkPublicPem: sdk.publicKey,
  sdkPkcs1PrivatePem: sdkPkcs1,
  sdkWrapped: input.toWrap.map((p) => toHex(sdkPublic.encrypt(toBinary(p)))),
};
process.stdout.write(JSON.stringify(out));
