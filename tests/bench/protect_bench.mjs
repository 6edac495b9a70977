// The iexec SDK's dataset encryption and checksum (what DataProtector's protectData runs on
// the zip) over one file, for bench_protect. stdin: {"path": "..."}.
// stdout: {"ms": N, "bytes": N, "maxRssKiB": N, "checksum": "0x..."}
import { readFileSync } from 'node:fs';

const input = JSON.parse(readFileSync(0, 'utf8'));
const lib = (path) => import(new URL(`../node_modules/iexec/src/common/${path}`, import.meta.url).href);
const { encryptAes256Cbc, sha256Sum, generateAes256Key } = await lib('utils/encryption-utils.js');

const t = performance.now();
const file = readFileSync(input.path);
const encrypted = await encryptAes256Cbc(file, generateAes256Key());
const checksum = await sha256Sum(encrypted);
const ms = performance.now() - t;
process.stdout.write(JSON.stringify({
  ms, bytes: file.length, maxRssKiB: process.resourceUsage().maxRSS, checksum,
}));
