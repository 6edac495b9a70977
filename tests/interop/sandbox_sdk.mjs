// Reference side of interop_tst_sandbox_sdk: the real iexec SDK (9.0.1) talks to the sandbox's
// SMS and market API exactly as it talks to iExec's, through its public IExec class.
// stdin:  { rpcUrl, hubAddress, smsURL, iexecGatewayURL, ownerKey, strangerKey, dataset,
//           otherDataset, app, otherApp, secret, resultKey }
// stdout: { <step>: <what the SDK returned> | { error: "<message>" } }
import { IExec } from 'iexec';
import { JsonRpcProvider, Wallet } from 'ethers';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const provider = new JsonRpcProvider(input.rpcUrl, undefined, { staticNetwork: true });
provider.pollingInterval = 100; // anvil mines at once: do not wait 4 s per receipt
const connect = (key) =>
  new IExec(
    { ethProvider: new Wallet(key, provider) },
    {
      hubAddress: input.hubAddress,
      smsURL: input.smsURL,
      iexecGatewayURL: input.iexecGatewayURL,
    },
  );
const owner = connect(input.ownerKey);
const stranger = connect(input.strangerKey);
const ownerAddress = new Wallet(input.ownerKey).address;

const out = {};
const step = async (name, run) => {
  try {
    out[name] = await run();
  } catch (error) {
    out[name] = { error: String(error?.message ?? error) };
  }
};
const summary = ({ count, orders }) => ({
  count,
  hashes: orders.map((o) => o.orderHash),
  first: orders[0] ?? null,
});

// --- SMS: the dataset key (web3 secret)
await step('secretBefore', () => owner.dataset.checkDatasetSecretExists(input.dataset));
await step('pushSecret', () => owner.dataset.pushDatasetSecret(input.dataset, input.secret));
await step('secretAfter', () => owner.dataset.checkDatasetSecretExists(input.dataset));
await step('pushSecretAgain', () => owner.dataset.pushDatasetSecret(input.dataset, 'other'));
await step('strangerPush', () =>
  stranger.dataset.pushDatasetSecret(input.otherDataset, 'stolen'),
);
await step('otherSecretExists', () =>
  owner.dataset.checkDatasetSecretExists(input.otherDataset),
);

// --- SMS: the result encryption key (web2 secret) and a requester secret
await step('resultKeyBefore', () => owner.result.checkResultEncryptionKeyExists(ownerAddress));
await step('pushResultKey', () => owner.result.pushResultEncryptionKey(input.resultKey));
await step('pushResultKeyAgain', () => owner.result.pushResultEncryptionKey(input.resultKey));
await step('updateResultKey', () =>
  owner.result.pushResultEncryptionKey(input.resultKey, { forceUpdate: true }),
);
await step('resultKeyAfter', () => owner.result.checkResultEncryptionKeyExists(ownerAddress));
await step('pushRequesterSecret', () =>
  owner.secrets.pushRequesterSecret('my-api-key', 'requester-value'),
);
await step('requesterSecretExists', () =>
  owner.secrets.checkRequesterSecretExists(ownerAddress, 'my-api-key'),
);

// --- Market: a dataset order granted to one app, published, read back, unpublished
let signed;
let hash;
await step('signedOrder', async () => {
  const order = await owner.order.createDatasetorder({
    dataset: input.dataset,
    volume: 5,
    datasetprice: 3,
    apprestrict: input.app,
  });
  signed = await owner.order.signDatasetorder(order); // preflight: HEADs our SMS for the key
  return signed;
});
await step('localHash', () => owner.order.hashDatasetorder(signed));
await step('publishedHash', async () => {
  hash = await owner.order.publishDatasetorder(signed);
  return hash;
});
await step('publishAgain', () => owner.order.publishDatasetorder(signed));
await step('strangerPublish', async () => {
  const fresh = await owner.order.signDatasetorder(
    await owner.order.createDatasetorder({ dataset: input.dataset, volume: 1 }),
  );
  return stranger.order.publishDatasetorder(fresh);
});
await step('fetchedOrder', () => owner.orderbook.fetchDatasetorder(hash));
await step('bookForApp', async () =>
  summary(await owner.orderbook.fetchDatasetOrderbook({ dataset: input.dataset, app: input.app })),
);
await step('bookForOtherAppStrict', async () =>
  summary(
    await owner.orderbook.fetchDatasetOrderbook({
      dataset: input.dataset,
      app: input.otherApp,
      isAppStrict: true,
    }),
  ),
);
await step('bookUnrestrictedOnly', async () =>
  summary(await owner.orderbook.fetchDatasetOrderbook({ dataset: input.dataset })),
);
await step('strangerUnpublish', () => stranger.order.unpublishDatasetorder(hash));
await step('unpublished', () => owner.order.unpublishDatasetorder(hash));
await step('bookAfterUnpublish', async () =>
  summary(await owner.orderbook.fetchDatasetOrderbook({ dataset: input.dataset, app: 'any' })),
);

// --- Market: an order cancelled on chain (manageDatasetOrder CLOSE sent by the SDK) leaves it
let second;
let secondHash;
await step('publishSecond', async () => {
  second = await owner.order.signDatasetorder(
    await owner.order.createDatasetorder({ dataset: input.dataset, volume: 2 }),
  );
  secondHash = await owner.order.publishDatasetorder(second);
  return secondHash;
});
await step('bookBeforeCancel', async () =>
  summary(await owner.orderbook.fetchDatasetOrderbook({ dataset: input.dataset })),
);
await step('cancel', async () => (await owner.order.cancelDatasetorder(second)).txHash);
await step('bookAfterCancel', async () =>
  summary(await owner.orderbook.fetchDatasetOrderbook({ dataset: input.dataset })),
);
await step('fetchedCancelled', () => owner.orderbook.fetchDatasetorder(secondHash));

// --- Market: unpublish last and all
await step('unpublishLastAndAll', async () => {
  const hashes = [];
  for (let i = 0; i < 3; i += 1) {
    const order = await owner.order.signDatasetorder(
      await owner.order.createDatasetorder({ dataset: input.dataset, volume: 1, datasetprice: i }),
    );
    hashes.push(await owner.order.publishDatasetorder(order));
  }
  const last = await owner.order.unpublishLastDatasetorder(input.dataset);
  const all = await owner.order.unpublishAllDatasetorders(input.dataset);
  return { hashes, last, all };
});

// --- Market: an app order (its owner is the stranger here)
await step('appOrder', async () => {
  const order = await stranger.order.signApporder(
    await stranger.order.createApporder({ app: input.otherApp, volume: 3 }),
    { preflightCheck: false },
  );
  const published = await stranger.order.publishApporder(order, { preflightCheck: false });
  const book = await owner.orderbook.fetchAppOrderbook({ app: input.otherApp });
  return { published, local: await owner.order.hashApporder(order), book: summary(book) };
});

process.stdout.write(JSON.stringify(out));
