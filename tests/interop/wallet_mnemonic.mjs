// Reference side of interop_tst_wallet_mnemonic: @scure/bip39, @scure/bip32 and ethers'
// HD wallets (what MetaMask-style wallets compute), and JavaScript's own NFKD.
// stdin:  { cases: [{ entropy: hex, passphrase, indices: [n] }], nfkd: [string],
//           phrases: [string] }
// stdout: { cases: [{ phrase, seed, scureAddresses: [..], ethersAddresses: [..], xprv }],
//           nfkd: [string], phrases: [{ valid, entropy }] }
import { entropyToMnemonic, mnemonicToSeedSync, mnemonicToEntropy, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { HDKey } from '@scure/bip32';
import { HDNodeWallet, computeAddress, hexlify } from 'ethers';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const path = (i) => `m/44'/60'/0'/0/${i}`;

const cases = input.cases.map(({ entropy, passphrase, indices }) => {
  const phrase = entropyToMnemonic(Buffer.from(entropy, 'hex'), wordlist);
  const seed = mnemonicToSeedSync(phrase, passphrase);
  const master = HDKey.fromMasterSeed(seed);
  return {
    phrase,
    seed: Buffer.from(seed).toString('hex'),
    xprv: master.privateExtendedKey,
    scureAddresses: indices.map((i) => computeAddress(hexlify(master.derive(path(i)).privateKey))),
    ethersAddresses: indices.map((i) => HDNodeWallet.fromPhrase(phrase, passphrase, path(i)).address),
  };
});

const phrases = input.phrases.map((p) => {
  const valid = validateMnemonic(p, wordlist);
  return { valid, entropy: valid ? Buffer.from(mnemonicToEntropy(p, wordlist)).toString('hex') : '' };
});

process.stdout.write(JSON.stringify({
  cases,
  nfkd: input.nfkd.map((s) => s.normalize('NFKD')),
  phrases,
}));
