// Reference side of interop_tst_eth_abi: ethers' AbiCoder encodes our values and decodes our
// encodings.
// stdin:  { cases: [{ types: [canonical type], values: [json value], encoded: "0x.." }] }
//         values: integers as decimal strings, bytes as 0x hex, arrays and tuples as arrays
// stdout: { cases: [{ encoded, decoded } | { error }] }
import { AbiCoder } from 'ethers';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const coder = AbiCoder.defaultAbiCoder();

// ethers' Result is array-like; bigints become decimal strings like ours.
const toJson = (v) => {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return Array.from(v, toJson);
  return v;
};

const cases = input.cases.map(({ types, values, encoded }) => {
  try {
    return {
      encoded: coder.encode(types, values),
      decoded: toJson(coder.decode(types, encoded)),
    };
  } catch (error) {
    return { error: String(error.message ?? error) };
  }
});
process.stdout.write(JSON.stringify({ cases }));
