// Reference side of interop_tst_sandbox_sdk: the real iexec SDK (9.0.1) talks to the sandbox's
// SMS and market API exactly as it talks to iExec's, through its public IExec class.
// stdin:  { rpcUrl, hubAddress, smsURL, iexecGatewayURL, ownerKey, strangerKey, requesterKey,
//           dataset, otherDataset, app, otherApp (the stranger's), workerpool (the stranger's),
//           secret, resultKey }
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
    }
  );
const owner = connect(input.ownerKey);
const stranger = connect(input.strangerKey);
const requester = connect(input.requesterKey);
const ownerAddress = new Wallet(input.ownerKey).address;
const requesterAddress = new Wallet(input.requesterKey).address;

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
await step('strangerPush', () => stranger.dataset.pushDatasetSecret(input.otherDataset, 'stolen'));
await step('otherSecretExists', () => owner.dataset.checkDatasetSecretExists(input.otherDataset));

// --- SMS: the result encryption key (web2 secret) and a requester secret
await step('resultKeyBefore', () => owner.result.checkResultEncryptionKeyExists(ownerAddress));
await step('pushResultKey', () => owner.result.pushResultEncryptionKey(input.resultKey));
await step('pushResultKeyAgain', () => owner.result.pushResultEncryptionKey(input.resultKey));
await step('updateResultKey', () =>
  owner.result.pushResultEncryptionKey(input.resultKey, { forceUpdate: true })
);
await step('resultKeyAfter', () => owner.result.checkResultEncryptionKeyExists(ownerAddress));
await step('pushRequesterSecret', () =>
  owner.secrets.pushRequesterSecret('my-api-key', 'requester-value')
);
await step('requesterSecretExists', () =>
  owner.secrets.checkRequesterSecretExists(ownerAddress, 'my-api-key')
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
    await owner.order.createDatasetorder({ dataset: input.dataset, volume: 1 })
  );
  return stranger.order.publishDatasetorder(fresh);
});
await step('fetchedOrder', () => owner.orderbook.fetchDatasetorder(hash));
await step('bookForApp', async () =>
  summary(await owner.orderbook.fetchDatasetOrderbook({ dataset: input.dataset, app: input.app }))
);
await step('bookForOtherAppStrict', async () =>
  summary(
    await owner.orderbook.fetchDatasetOrderbook({
      dataset: input.dataset,
      app: input.otherApp,
      isAppStrict: true,
    })
  )
);
await step('bookUnrestrictedOnly', async () =>
  summary(await owner.orderbook.fetchDatasetOrderbook({ dataset: input.dataset }))
);
await step('strangerUnpublish', () => stranger.order.unpublishDatasetorder(hash));
await step('unpublished', () => owner.order.unpublishDatasetorder(hash));
await step('bookAfterUnpublish', async () =>
  summary(await owner.orderbook.fetchDatasetOrderbook({ dataset: input.dataset, app: 'any' }))
);

// --- Market: an order cancelled on chain (manageDatasetOrder CLOSE sent by the SDK) leaves it
let second;
let secondHash;
await step('publishSecond', async () => {
  second = await owner.order.signDatasetorder(
    await owner.order.createDatasetorder({ dataset: input.dataset, volume: 2 })
  );
  secondHash = await owner.order.publishDatasetorder(second);
  return secondHash;
});
await step('bookBeforeCancel', async () =>
  summary(await owner.orderbook.fetchDatasetOrderbook({ dataset: input.dataset }))
);
await step('cancel', async () => (await owner.order.cancelDatasetorder(second)).txHash);
await step('bookAfterCancel', async () =>
  summary(await owner.orderbook.fetchDatasetOrderbook({ dataset: input.dataset }))
);
await step('fetchedCancelled', () => owner.orderbook.fetchDatasetorder(secondHash));

// --- Market: unpublish last and all
await step('unpublishLastAndAll', async () => {
  const hashes = [];
  for (let i = 0; i < 3; i += 1) {
    const order = await owner.order.signDatasetorder(
      await owner.order.createDatasetorder({ dataset: input.dataset, volume: 1, datasetprice: i })
    );
    hashes.push(await owner.order.publishDatasetorder(order));
  }
  const last = await owner.order.unpublishLastDatasetorder(input.dataset);
  const all = await owner.order.unpublishAllDatasetorders(input.dataset);
  return { hashes, last, all };
});

// --- Market: an app order (its owner is the stranger here)
let apporder;
await step('appOrder', async () => {
  apporder = await stranger.order.signApporder(
    await stranger.order.createApporder({ app: input.otherApp, volume: 3 }),
    { preflightCheck: false }
  );
  const published = await stranger.order.publishApporder(apporder, { preflightCheck: false });
  const book = await owner.orderbook.fetchAppOrderbook({ app: input.otherApp });
  return { published, local: await owner.order.hashApporder(apporder), book: summary(book) };
});

// --- A full market round: dataset, workerpool and request orders published, read back from
// the books, matched on chain by the SDK; the deal shows in /deals and the orders are filled.
await step('match', async () => {
  const datasetorder = await owner.order.signDatasetorder(
    await owner.order.createDatasetorder({
      dataset: input.dataset,
      apprestrict: input.otherApp,
      volume: 1,
    })
  );
  const datasetorderHash = await owner.order.publishDatasetorder(datasetorder);
  const workerpoolorder = await stranger.order.signWorkerpoolorder(
    await stranger.order.createWorkerpoolorder({
      workerpool: input.workerpool,
      category: 0,
      volume: 1,
    })
  );
  const workerpoolorderHash = await stranger.order.publishWorkerpoolorder(workerpoolorder);
  const requestorder = await requester.order.signRequestorder(
    await requester.order.createRequestorder({
      app: input.otherApp,
      dataset: input.dataset,
      workerpool: input.workerpool,
      category: 0,
      volume: 1,
    }),
    { preflightCheck: false }
  );
  const requestorderHash = await requester.order.publishRequestorder(requestorder, {
    preflightCheck: false,
  });
  // What a requester does: take the orders from the books.
  const fromBook = {
    app: (
      await requester.orderbook.fetchAppOrderbook({ app: input.otherApp, dataset: input.dataset })
    ).orders[0]?.order,
    dataset: (
      await requester.orderbook.fetchDatasetOrderbook({
        dataset: input.dataset,
        app: input.otherApp,
        requester: requesterAddress,
      })
    ).orders[0]?.order,
    workerpool: (
      await requester.orderbook.fetchWorkerpoolOrderbook({
        workerpool: input.workerpool,
        category: 0,
        app: input.otherApp,
        dataset: input.dataset,
        requester: requesterAddress,
      })
    ).orders[0]?.order,
    // As with the real API, leaving out `workerpool` would list only unrestricted requests.
    request: (
      await requester.orderbook.fetchRequestOrderbook({
        requester: requesterAddress,
        workerpool: input.workerpool,
        category: 0,
      })
    ).orders[0]?.order,
  };
  const { dealid, volume } = await requester.order.matchOrders(
    {
      apporder: fromBook.app,
      datasetorder: fromBook.dataset,
      workerpoolorder: fromBook.workerpool,
      requestorder: fromBook.request,
    },
    { preflightCheck: false }
  );
  const byDatasetorder = await requester.deal.fetchDealsByDatasetorder(datasetorderHash);
  const byRequester = await requester.deal.fetchRequesterDeals(requesterAddress, {
    datasetAddress: input.dataset,
  });
  const datasetorderAfter = await requester.orderbook.fetchDatasetorder(datasetorderHash);
  const requestBookAfter = await requester.orderbook.fetchRequestOrderbook({
    requester: requesterAddress,
    workerpool: 'any',
    category: 0,
  });
  return {
    hashes: { datasetorderHash, workerpoolorderHash, requestorderHash },
    fromBook: {
      app: fromBook.app?.sign === apporder.sign,
      dataset: fromBook.dataset?.sign === datasetorder.sign,
      workerpool: fromBook.workerpool?.sign === workerpoolorder.sign,
      request: fromBook.request?.sign === requestorder.sign,
    },
    dealid,
    volume: Number(volume),
    byDatasetorder: {
      count: byDatasetorder.count,
      dealids: byDatasetorder.deals.map((d) => d.dealid),
      first: byDatasetorder.deals[0] ?? null,
    },
    byRequesterCount: byRequester.count,
    datasetorderAfter: { status: datasetorderAfter.status, remaining: datasetorderAfter.remaining },
    requestBookAfter: requestBookAfter.count,
  };
});

process.stdout.write(JSON.stringify(out));
