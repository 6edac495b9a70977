// Reference side of interop_tst_eth_rlp: @ethereumjs/rlp encodes our trees and decodes our
// encodings, and judges the mutated inputs.
// stdin:  { trees: [{ tree, encoded }], candidates: [hex] }
//         a tree is a "0x.." byte string or an array of trees
// stdout: { trees: [{ encoded, decoded }], candidates: [{ ok, tree } | { ok: false, error }] }
import { encode, decode } from '@ethereumjs/rlp';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const toBytes = (hex) => Uint8Array.from(Buffer.from(hex.slice(2), 'hex'));
const toHex = (bytes) => '0x' + Buffer.from(bytes).toString('hex');
const fromJson = (t) => (Array.isArray(t) ? t.map(fromJson) : toBytes(t));
const toJson = (t) => (Array.isArray(t) ? t.map(toJson) : toHex(t));

const out = {
  trees: input.trees.map(({ tree, encoded }) => ({
    encoded: toHex(encode(fromJson(tree))),
    decoded: toJson(decode(toBytes(encoded))),
  })),
  candidates: input.candidates.map((hex) => {
    try {
      return { ok: true, tree: toJson(decode(toBytes(hex))) };
    } catch (error) {
      return { ok: false, error: String(error.message ?? error) };
    }
  }),
};
process.stdout.write(JSON.stringify(out));
