// Reference side of interop_tst_compute_result: encrypted task results made as a TDX
// post-compute makes them (the app's output zipped with Deflate, a random AES-256 key,
// IV || AES-256-CBC of the zip, the key wrapped with RSA PKCS#1 v1.5, both in an outer zip),
// with Node's crypto and JSZip; each is first opened by the iexec SDK's own decryptResult, so
// that what we are given is a result the SDK reads.
// stdin:  { publicPem, privatePem, results: [{ files: { name: hex } }] }
// stdout: { archives: [hex], sdkEntries: [[names]] }
import { decryptResult } from 'iexec/utils';
import JSZip from 'jszip';
import { constants, createCipheriv, publicEncrypt, randomBytes } from 'node:crypto';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const archives = [];
const sdkEntries = [];
for (const { files } of input.results) {
  const inner = new JSZip();
  for (const [name, hex] of Object.entries(files)) inner.file(name, Buffer.from(hex, 'hex'));
  const zip = await inner.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const aesKey = randomBytes(32);
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', aesKey, iv);
  const encrypted = Buffer.concat([iv, cipher.update(zip), cipher.final()]);
  const outer = new JSZip();
  outer.file('aes-key.rsa', publicEncrypt(
    { key: input.publicPem, padding: constants.RSA_PKCS1_PADDING }, aesKey));
  outer.file('iexec_out.zip.aes', encrypted);
  const archive = await outer.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const opened = await JSZip.loadAsync(await decryptResult(archive, input.privatePem));
  sdkEntries.push(Object.keys(opened.files).sort());
  archives.push(archive.toString('hex'));
}
process.stdout.write(JSON.stringify({ archives, sdkEntries }));
