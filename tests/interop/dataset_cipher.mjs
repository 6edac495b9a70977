// Reference side of interop_tst_dataset_cipher: the iexec SDK's dataset cipher
// (src/common/utils/encryption-utils.js: forge AES-256-CBC, IV first, and its sha256 checksum).
// stdin: { decrypt: [{ in, key, out }], encrypt: [{ in, key, out }], checksum: [path] }
//   decrypt: our ciphertext, decrypted with forge as the SDK's format implies, written to out;
//   encrypt: the SDK's encryptAes256Cbc of `in`, written to `out`;
//   checksum: the SDK's sha256Sum of a file.
// stdout: { checksum: ["0x..."] }
import { readFileSync, writeFileSync } from 'node:fs';

const lib = (path) => import(new URL(`../node_modules/iexec/src/common/${path}`, import.meta.url).href);
const { encryptAes256Cbc, sha256Sum } = await lib('utils/encryption-utils.js');
const forgeAes = (await lib('libs/forge-aes.js')).default;

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

function forgeDecrypt(encrypted, base64Key) {
  const decipher = forgeAes.cipher.createDecipher(
    'AES-CBC', forgeAes.util.createBuffer(Buffer.from(base64Key, 'base64')));
  decipher.start({ iv: forgeAes.util.createBuffer(encrypted.subarray(0, 16)) });
  decipher.update(forgeAes.util.createBuffer(encrypted.subarray(16)));
  if (!decipher.finish()) throw Error('bad padding');
  return Buffer.from(decipher.output.getBytes(), 'binary');
}

for (const d of input.decrypt ?? []) writeFileSync(d.out, forgeDecrypt(readFileSync(d.in), d.key));
for (const e of input.encrypt ?? []) writeFileSync(e.out, await encryptAes256Cbc(readFileSync(e.in), e.key));
const checksum = [];
for (const path of input.checksum ?? []) checksum.push(await sha256Sum(readFileSync(path)));
process.stdout.write(JSON.stringify({ checksum }));
