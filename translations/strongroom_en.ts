<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GuiSession</name>
    <message>
        <source>A settings file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Strongroom can keep the damaged file aside and start with default values, or quit so that you can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::AboutDialog</name>
    <message>
        <source>About Strongroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongroom %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet and data manager for iExec confidential computing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::AddressLabel</name>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::AppsPage</name>
    <message>
        <source>Known on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network profile lists no known apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps and app whitelists this network&apos;s profile lists, with the protected data each one needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidential apps you trust with your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps you approve, with their owner, code checksum and TEE framework read from the chain, will be listed here. Approving apps comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::KnownAppsModel</name>
    <message>
        <source>App whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data it needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::MainWindow</name>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongroom could not save your settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files, encrypted and registered on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your protected data will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting a file encrypts it on this computer, stores the encrypted copy on IPFS, registers it on the network and hands its key to iExec&apos;s Secret Management Service, so that only the confidential apps you approve can read it. You will drop files or folders here to protect them once wallets are available; this version cannot protect data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may compute on your data, for what price, how many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your grants will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every access you grant to your protected data (which app, for which user or for anyone, the price per access and how many accesses remain) will be listed here, each with a button to revoke it. Granting access is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ran on your data, and what you asked to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computations will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks that confidential apps run on your protected data, and the ones you request, will be followed here with their status, and you will decrypt your results here. This version does not run computations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your data earned, in RLC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earnings will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an app uses your protected data under a paid grant, the price of each access is credited to your iExec account. Those rewards, per data and per app, will be shown here once this version can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts, balances and transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet holds the key that signs everything you do on the network. You will create one here (a new recovery phrase) or import one (recovery phrase, private key or keystore file), then see your ETH and RLC balances, send, deposit and receive. Wallets are not available in this version of the app yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Strongroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet creation comes in a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet import comes in a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Testnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1 (chain %2). Click to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · chain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected · block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node answers and serves the expected chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::NetworkSettings</name>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoCo hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DataProtector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default workerpool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPFS node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPFS gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoCo subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DataProtector subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URL per line, tried in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to shipped values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with Strongroom. You can edit its endpoints, for example to use your own RPC provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with Strongroom, with endpoints you edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network you added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox network, described by the sandbox itself while it runs: it can&apos;t be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the network a display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier may hold only lowercase letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier &quot;sandbox&quot; is reserved for the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain id must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one RPC URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an address, 0x followed by 40 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new network: fill in its endpoints and contracts, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the network &quot;%1&quot;? Nothing on the network itself is affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Strongroom is connected and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoCo hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DataProtector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet. A wallet holds the key that signs everything you do on the network: protecting data, granting access, paying for computations. Creating and importing wallets in the app comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen with --data-dir: settings and data both live in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystores, the local database and caches live here. You can change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks and endpoints, language, theme, data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by --data-dir for this run: settings and data live in this folder. Start Strongroom without it to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystores, the local database and caches live here. A new folder is used from the next start; existing files are not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongroom will use this folder from the next start. It still uses %1 until then; existing files are not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
