// Reference side of interop_tst_ipfs_sdk_upload: the real upload code of the iExec SDK
// (iexec/dist/esm/common/utils/ipfs.js: kubo-rpc-client add, then HEAD on the gateway) and of
// DataProtector (dist/src/services/ipfs.js: add, then GET on the gateway), plus
// kubo-rpc-client's own add (buffer and stream) and cat, against our IPFS service.
// stdin: { apiUrl, gatewayUrl, uploads: [{ hex } | { path }], missingCid }
// stdout: { uploads: [{ sdk, dataProtector, kubo, kuboSize, streamed, catSha256 }],
//           missing: "error message" }
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { create } from 'kubo-rpc-client';

// Not exported by the packages: imported by path, exactly the code the SDKs run.
const { add: sdkAdd } = await import(
  new URL('../node_modules/iexec/dist/esm/common/utils/ipfs.js', import.meta.url));
const { add: dataProtectorAdd } = await import(
  new URL('../node_modules/@iexec/dataprotector/dist/src/services/ipfs.js', import.meta.url));

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const ipfsNode = input.apiUrl;
const ipfsGateway = input.gatewayUrl;
const kubo = create({ url: ipfsNode });

const uploads = [];
for (const upload of input.uploads ?? []) {
  const small = upload.hex !== undefined;
  const content = small ? Buffer.from(upload.hex, 'hex') : undefined;
  const result = {};
  if (small) {
    result.sdk = await sdkAdd({ content, ipfsNode, ipfsGateway });
    result.dataProtector = await dataProtectorAdd(content, { ipfsNode, ipfsGateway });
    const added = await kubo.add(content);
    result.kubo = added.cid.toString();
    result.kuboSize = added.size;
  }
  // A stream has no known length: fetch sends the multipart body chunked.
  const streamed = await kubo.add(
    small ? (async function* () { yield content.subarray(0, 1000); yield content.subarray(1000); })()
          : createReadStream(upload.path));
  result.streamed = streamed.cid.toString();
  const hash = createHash('sha256');
  for await (const piece of kubo.cat(streamed.cid)) hash.update(piece);
  result.catSha256 = hash.digest('hex');
  uploads.push(result);
}

let missing = '';
if (input.missingCid) {
  try {
    for await (const piece of kubo.cat(input.missingCid)) void piece;
  } catch (e) {
    missing = String(e.message ?? e);
  }
}
process.stdout.write(JSON.stringify({ uploads, missing }));
