// Reference side of interop_tst_ipfs_unixfs: CIDs from ipfs-unixfs-importer (the JS port of
// Kubo's importer) and /p2p/ multiaddrs from @multiformats/multiaddr (what DataProtector uses).
// stdin: { files: [{ hex | path, chunkSize, maxChildren, cidVersion, rawLeaves }],
//          multiaddrs: ["Qm..." | "bafy..."], multiaddrBytes: [hex] }
// stdout: { files: [{ cid, size }], multiaddrs: [hex], multiaddrStrings: [string] }
// Kubo's defaults: cidVersion 0, rawLeaves false, fixed 262144-byte chunks, balanced layout of
// 174 links, reduceSingleLeafToSelf; every option is passed explicitly.
import { createReadStream } from 'node:fs';
import { importer } from 'ipfs-unixfs-importer';
import { fixedSize } from 'ipfs-unixfs-importer/chunker';
import { balanced } from 'ipfs-unixfs-importer/layout';
import { MemoryBlockstore, BlackHoleBlockstore } from 'blockstore-core';
import { multiaddr } from '@multiformats/multiaddr';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

async function cidOf(file) {
  const content = file.path !== undefined
    ? createReadStream(file.path, { highWaterMark: 1 << 20 })
    : Uint8Array.from(Buffer.from(file.hex, 'hex'));
  // Large files go to a blockstore that keeps nothing.
  const blockstore = file.path !== undefined ? new BlackHoleBlockstore() : new MemoryBlockstore();
  let last;
  for await (const entry of importer([{ content }], blockstore, {
    cidVersion: file.cidVersion ?? 0,
    rawLeaves: file.rawLeaves ?? false,
    leafType: 'file',
    chunker: fixedSize({ chunkSize: file.chunkSize ?? 262144 }),
    layout: balanced({ maxChildrenPerNode: file.maxChildren ?? 174 }),
    reduceSingleLeafToSelf: true,
    wrapWithDirectory: false,
  })) {
    last = entry;
  }
  return { cid: last.cid.toString(), size: Number(last.size) };
}

const files = [];
for (const file of input.files ?? []) files.push(await cidOf(file));

const out = {
  files,
  multiaddrs: (input.multiaddrs ?? []).map((cid) =>
    Buffer.from(multiaddr(`/p2p/${cid}`).bytes).toString('hex')),
  multiaddrStrings: (input.multiaddrBytes ?? []).map((hex) =>
    multiaddr(Uint8Array.from(Buffer.from(hex, 'hex'))).toString()),
};
process.stdout.write(JSON.stringify(out));
