// Reference side of interop_tst_access_sdk: what the iexec SDK (9.0.1) and
// @iexec/dataprotector (2.0.0-beta.27) see of Strongroom's grants on the sandbox, and a
// protected data made by the DataProtector SDK itself, for Strongroom to list.
// stdin:  { rpcUrl, hubAddress, smsURL, iexecGatewayURL, ipfsNode, ipfsGateway,
//           dataProtector, workerpool, ownerKey, owner, dataset, protect: { name, data } | null }
// stdout: { orderbook: { count, orders: [{ orderHash, order, remaining, status }] },
//           byOwner: { count, hashes },
//           grantedAccess: { count, grantedAccess: [...] },
//           protected: { address, name, schema, multiaddr } | { error } | null }
import { connectSandbox } from './sandbox_dataprotector.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const { iexec, dp: dataProtector } = connectSandbox(input, input.ownerKey);

const out = {};
const step = async (name, run) => {
  try {
    out[name] = await run();
  } catch (error) {
    const cause = error?.errorCause?.message ?? error?.cause?.message;
    out[name] = { error: String(error?.message ?? error) + (cause ? `: ${cause}` : '') };
  }
};

await step('orderbook', async () => {
  const { count, orders } = await iexec.orderbook.fetchDatasetOrderbook({
    dataset: input.dataset,
    app: 'any',
    workerpool: 'any',
    requester: 'any',
    pageSize: 100,
  });
  return { count, orders };
});
await step('byOwner', async () => {
  const { count, orders } = await iexec.orderbook.fetchDatasetOrderbook({
    datasetOwner: input.owner,
    app: 'any',
    workerpool: 'any',
    requester: 'any',
    pageSize: 100,
  });
  return { count, hashes: orders.map((o) => o.orderHash) };
});
await step('grantedAccess', () =>
  dataProtector.getGrantedAccess({ protectedData: input.dataset, pageSize: 100 })
);
out.protected = null;
if (input.protect) {
  await step('protected', async () => {
    const made = await dataProtector.protectData({
      name: input.protect.name,
      data: input.protect.data,
    });
    return {
      address: made.address,
      name: made.name,
      schema: made.schema,
      multiaddr: made.multiaddr,
      owner: made.owner,
    };
  });
}

process.stdout.write(JSON.stringify(out));
