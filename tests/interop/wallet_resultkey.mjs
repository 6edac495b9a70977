// Reference side of interop_tst_wallet_resultkey: an account's RSA result key pair used the way
// iExec uses it. A worker wraps the result's AES key with the requester's public key (Node's
// crypto, PKCS#1 v1.5); the iExec SDK's own decryptResult (node-forge) opens the result with
// the requester's private key.
// stdin:  { publicPem, privatePem, results: [hex] }
// stdout: { wrapped: [hex] (AES keys wrapped with publicPem, for us to unwrap), aesKeys: [hex],
//           sdkDecrypted: [hex] (each result zip after iexec's decryptResult) }
import { decryptResult } from 'iexec/utils';
import JSZip from 'jszip';
import { constants, createCipheriv, publicEncrypt, randomBytes } from 'node:crypto';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const wrapped = [];
const aesKeys = [];
const sdkDecrypted = [];
for (const resultHex of input.results) {
  const aesKey = randomBytes(32);
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', aesKey, iv);
  const encrypted = Buffer.concat([iv, cipher.update(Buffer.from(resultHex, 'hex')), cipher.final()]);
  const wrappedKey = publicEncrypt(
    { key: input.publicPem, padding: constants.RSA_PKCS1_PADDING }, aesKey);
  const zip = new JSZip();
  zip.file('aes-key.rsa', wrappedKey);
  zip.file('iexec_out.zip.aes', encrypted);
  const zipBuffer = await zip.generateAsync({ type: 'nodebuffer' });
  const opened = await decryptResult(zipBuffer, input.privatePem);
  sdkDecrypted.push(Buffer.from(opened).toString('hex'));
  wrapped.push(wrappedKey.toString('hex'));
  aesKeys.push(aesKey.toString('hex'));
}
process.stdout.write(JSON.stringify({ wrapped, aesKeys, sdkDecrypted }));
