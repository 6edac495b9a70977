// Reference side of interop_tst_wallet_keystore: keystores written by ethers and by the iExec
// SDK's own wallet code (iexec 9.0.1 `src/cli/utils/keystore.js`, what `iexec wallet create`
// runs), and ethers opening the keystores Strongroom writes.
// stdin:  { write: [{ privateKey, password, n }],   // ethers, scrypt N = n (null: ethers' default)
//           iexec: [{ privateKey, password }],       // the SDK's wallet code (its default N)
//           read: [{ json, password }] }             // ours, opened by ethers
// stdout: { written: [{ json, address }], iexec: [{ json, address, fileName }],
//           read: [{ address, privateKey }] }
import { Wallet, encryptKeystoreJsonSync, decryptKeystoreJsonSync } from 'ethers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const written = input.write.map(({ privateKey, password, n }) => {
  const wallet = new Wallet(privateKey);
  const json = n
    ? encryptKeystoreJsonSync({ address: wallet.address, privateKey }, password, { scrypt: { N: n } })
    : wallet.encryptSync(password);
  return { json, address: wallet.address };
});

// The CLI's wallet code is not among the package's exports: reach it from the package's entry
// point (node_modules/iexec/dist/esm/lib/index.js).
const keystoreJs = new URL('../../../src/cli/utils/keystore.js', import.meta.resolve('iexec'));
const { importPrivateKeyAndSave } = await import(keystoreJs);
const iexec = [];
for (const { privateKey, password } of input.iexec) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strongroom-iexec-wallet-'));
  const saved = await importPrivateKeyAndSave(privateKey, { walletOptions: { password, path: dir } });
  iexec.push({
    json: fs.readFileSync(saved.fileName, 'utf8'),
    address: saved.address,
    fileName: path.basename(saved.fileName),
  });
  fs.rmSync(dir, { recursive: true, force: true });
}

const read = [];
for (const { json, password } of input.read) {
  const account = decryptKeystoreJsonSync(json, password);
  const wallet = await Wallet.fromEncryptedJson(json, password);
  if (wallet.address !== account.address) throw new Error('ethers disagrees with itself');
  read.push({ address: wallet.address, privateKey: account.privateKey });
}

process.stdout.write(JSON.stringify({ written, iexec, read }));
