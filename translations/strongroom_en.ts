<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>Something went wrong inside Strongroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or a server&apos;s reply is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server could not be reached or refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key or a signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Strongroom can&apos;t do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node serves another network than the one chosen: check its address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection could be made to %1 (%2). Check your connection and the address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off after %2 bytes. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB; the reply was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with the HTTP error %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node at %1 serves chain %2, but this network is chain %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the iExec account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough funds %1: %2 has %3 and this needs %4 (%5 more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused access to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has 40 hex digits after &quot;0x&quot;; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address is made of the digits 0-9 and the letters a-f only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mix of capital and small letters (the checksum) is wrong: the address was probably mistyped. Check it, or paste it all in small letters to skip the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in ETH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>sr::ui::AccessPage</name>
    <message>
        <source>Reading your grants from the %1 marketplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your grants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with the marketplace and the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your grants could not be read: see why below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not granted access to any of your data on this network. Grant access to let an app compute on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n grant</numerusform>
            <numerusform>%n grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n grant(s)</source>
        <translation>
            <numerusform>%1 of %n grant</numerusform>
            <numerusform>%1 of %n grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n selected</source>
        <translation>
            <numerusform>Revoke %n selected</numerusform>
            <numerusform>Revoke %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n shown</source>
        <translation>
            <numerusform>Revoke the %n shown</numerusform>
            <numerusform>Revoke all %n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n grant(s)?</source>
        <translation>
            <numerusform>Revoke %n grant?</numerusform>
            <numerusform>Revoke %n grants?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each grant is closed on chain, one transaction each with its network fee, then taken off the marketplace. Accesses already used stay used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>to revoke %n grant(s)</source>
        <translation>
            <numerusform>to revoke %n grant</numerusform>
            <numerusform>to revoke %n grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n grant(s)</source>
        <translation>
            <numerusform>Revoking %n grant</numerusform>
            <numerusform>Revoking %n grants</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking… Keep Strongroom open until every grant is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) revoked</source>
        <translation>
            <numerusform>%n grant revoked</numerusform>
            <numerusform>%n grants revoked</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked. Reading the list again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing on chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: still granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
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
        <source>No wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants belong to the account that owns the data. Create or import a wallet on the Wallet page to grant and revoke access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the grants of this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the grants to this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the grants to this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because the wallet was locked: its key is not kept while it is locked. The closes already sent stay in the Activity list and are mined all the same; revoke again after unlocking for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant left: the ones you revoked are closed. Grant access again to let an app compute on your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” for %2, to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the grant of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sr::ui::ActivityFeed</name>
    <message>
        <source>The transaction journal cannot be opened in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ActivityModel</name>
    <message>
        <source>Signed, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 to spend %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit %1 to the iExec account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 from the iExec account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register protected data “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer protected data “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer protected data %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access to %1 for %2 with app %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access to %1 for anyone with app %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presign an order of protected data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presign an order of app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presign an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close an order of protected data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close an order of app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run app %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::AddressBookDialog</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named addresses on %1. Sending to one of them is completed as you type, and an address that is in neither this book nor your history is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book cannot be opened in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the address on chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
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
    <name>sr::ui::AppDialog</name>
    <message>
        <source>Edit approved app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown for this app, and the fields a protected data needs for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of an app or of an app whitelist. Its details are read from the chain before you approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields a protected data needs for this app, each with its type, separated by commas. Empty: any data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again from chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Owner: %2&lt;br&gt;Code: %3&lt;br&gt;Checksum: %4&lt;br&gt;TEE: %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: not a confidential app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;App whitelist&lt;/b&gt; with %n member app(s):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;App whitelist&lt;/b&gt; with %n member app:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;App whitelist&lt;/b&gt; with %n member apps:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;App whitelist&lt;/b&gt;: read it from the chain to list its members.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;App&lt;/b&gt; known from the network profile: read it from the chain to see its owner, code and TEE framework.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the address from the chain to see what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the app a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: its orders on the marketplace ask for no trusted execution environment, it is not a confidential app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as its orders on the marketplace say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as its MREnclave on the chain says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the app is on no order of the marketplace, where an app says it runs in a trusted execution environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the marketplace could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: no order of the app could be read on the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ApprovedAppsModel</name>
    <message>
        <source>App whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
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
        <source>Data it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each app of the whitelist runs where it was built to run; the grant itself asks for a confidential computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app runs only inside a trusted execution environment (TEE: %1, framework %2): your data is decrypted only there, where neither the worker&apos;s owner nor iExec can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongroom has not read this app from the chain yet, so it does not know where it runs. Edit it to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not built for a trusted execution environment (TEE): it cannot run on protected data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the app runs: a confidential computer keeps your data hidden from the computer&apos;s owner while the app uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Strongroom read this app, the marketplace showed no order of it (where an app says it runs in a trusted execution environment) or could not be read, so where it runs is unknown. Edit it to read it again.</source>
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
        <source>Could not read the approved apps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app is approved on this network: add one by its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove approved app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from your approved apps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants you already gave it stay valid until you revoke them on the Access page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps and app whitelists this network&apos;s profile lists, with the protected data each one needs. They are approved for you the first time you use this network; remove any you don&apos;t want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add by address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these apps and app whitelists can be granted access to your data. Who owns each one and its code are read from the chain, where it runs from its orders on the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new computation: this app on one of your protected data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ComputationsPage</name>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your computations from the %1 chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your computations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain could not be read: the statuses may be old. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ran on your data could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with the chain (block %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computation completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on “%2” completed: its result is ready on the Computations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computations could not be read: see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your computations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not asked for any computation yet. Click “New computation…” to run an app on protected data you own or were granted; its status and result will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computation matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ran on your data could not be read: see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what ran on your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run on your protected data yet. Grant an app access to your data on the Access page: each run will show here, with who asked for it and what it paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result is encrypted for %1, an account this wallet does not hold: it cannot be decrypted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is encrypted for your account: type the wallet password to decrypt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading and decrypting the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is decrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the refund of this computation (%1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its final deadline has passed without a result. One transaction, with its network fee, gives the price back to the requester&apos;s iExec account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to claim the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming… Keep Strongroom open until it is mined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed: the price is back in the requester&apos;s iExec account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to carry on the computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request stopped again: %1 It is kept: resume it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested: the task is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up this computation? Nothing was sent to the chain: nothing is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you asked to run, and what ran on your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computations are requested and paid by an account. Create or import a wallet on the Wallet page to run apps on protected data and read their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, address, task, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New computation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a computation you requested to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the result, check it and decrypt it on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ended without a result: get its price back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on the request from the step where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a request that has sent nothing to the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on “%2” ended without a result: claim its refund on the Computations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on “%2” failed: its price is back in your iExec account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ConfirmPage</name>
    <message>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type these three words from your paper copy, to be sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Word %1 does not match your phrase. Check your paper copy, or go back to see the words again.</source>
        <translation>
            <numerusform>Word %1 does not match your phrase. Check your paper copy, or go back to see the words again.</numerusform>
            <numerusform>Words %1 do not match your phrase. Check your paper copy, or go back to see the words again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sr::ui::DataTimelineView</name>
    <message>
        <source>Reading its history from the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted (the marketplace no longer has its terms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Granted to %1 for %2, %3 per run, up to %n run(s)</source>
        <translation>
            <numerusform>Granted to %1 for %2, %3 per run, up to %n run</numerusform>
            <numerusform>Granted to %1 for %2, %3 per run, up to %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked a grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the grant to %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n runs by %1 with %2</source>
        <translation>
            <numerusform>%n run by %1 with %2</numerusform>
            <numerusform>%n runs by %1 with %2</numerusform>
        </translation>
    </message>
    <message>
        <source>under way, free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way: %1 when it completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: nothing earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paid to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n most recent events (of %1):</source>
        <translation>
            <numerusform>The most recent event (of %1):</numerusform>
            <numerusform>The %n most recent events (of %1):</numerusform>
        </translation>
    </message>
    <message>
        <source>The marketplace could not be read: grants may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1, transaction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::DropZone</name>
    <message>
        <source>Drop files or folders here to protect them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are encrypted on this computer before anything leaves it. You review the name and what becomes public before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to protect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::EarningsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as data owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as app owner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::EarningsPage</name>
    <message>
        <source>Export earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your earnings from the %1 chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your earnings from the chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with the chain (block %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your iExec account holds %1: withdraw it to your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earnings could not be read: see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your earnings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earnings yet. When an app uses your protected data under a paid grant, the price of each run is credited to your iExec account when the run completes, and shows here. Grant access with a price on the Access page to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reward matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your data earned %1 in %n new reward(s).</source>
        <translation>
            <numerusform>Your data earned %1 in %n new reward.</numerusform>
            <numerusform>Your data earned %1 in %n new rewards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your data and apps earned, in RLC, read from the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings are paid to the account that owns the data. Create or import a wallet on the Wallet page to see what your data earns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw to wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: address, task, date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the rewards of this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the rewards from this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As data owner: %1 · as app owner: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pending: %1 as data owner and %2 as app owner, from %n run(s) under way, paid when they complete.</source>
        <translation>
            <numerusform>Pending: %1 as data owner and %2 as app owner, from %n run under way, paid when it completes.</numerusform>
            <numerusform>Pending: %1 as data owner and %2 as app owner, from %n runs under way, paid when they complete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sr::ui::FinishPage</name>
    <message>
        <source>Setting up your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting your keys with your password. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet could not be set up: %1

Go back to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is ready and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is watched: browse it from the Wallet page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys are being stored: please wait a few seconds. You can close this window once your wallet is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::GrantDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which app may compute on which data, for whom, at what price and how many times. Nothing is signed before you review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per access (RLC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of accesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may run %1 on %2 once for 0 RLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may run %1 on %2 once for %3 RLC per access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may run %1 on %2 up to %3 times for 0 RLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may run %1 on %2 up to %3 times for %4 RLC per access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 may run %2 on %3 once for 0 RLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 may run %2 on %3 once for %4 RLC per access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 may run %2 on %3 up to %4 times for 0 RLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 may run %2 on %3 up to %4 times for %5 RLC per access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or import a wallet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your data and approved apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (app whitelist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no protected data to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve an app on the Apps page first: only approved apps can be granted access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s address, or choose Anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zero address is nobody&apos;s: choose Anyone to let anyone use the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be an amount of RLC, 0 or more, like 0 or 1.5 (at most 9 decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of accesses must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of accesses must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of accesses can&apos;t be more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not have what %2 needs (%3): the app will likely fail on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the app, the data and your live grants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data lacks fields the app needs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your wallet signs this order; it is then published on the %1 marketplace. You can revoke it at any time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to sign this grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access granted. %1

Order %2 is on the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on any worker, not a confidential computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in a confidential computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in a confidential computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price per access can&apos;t be more than %1 RLC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Data: %1 (%2)&lt;br&gt;App: %3 (%4)&lt;br&gt;User: %5&lt;br&gt;Price per access: %6 RLC (%7 nRLC)&lt;br&gt;Accesses: %8&lt;br&gt;Where the app may run: %9&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential computer is a trusted execution environment (TEE): your data is decrypted only inside it, where neither the worker&apos;s owner nor iExec can read it.
Technical details: the order&apos;s tag is %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::GrantsModel</name>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accesses left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ImportKeyPage</name>
    <message>
        <source>Import a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the account&apos;s private key: 64 hexadecimal digits, with or without 0x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a private key: it must be 64 hexadecimal digits (0-9, a-f) and a valid secp256k1 key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ImportKeystorePage</name>
    <message>
        <source>Import a keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the JSON keystore file here, or choose it, then type the password it was saved with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a keystore file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore files (*.json UTC--*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a keystore file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a keystore file Strongroom can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password does not open the file (or the file is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ImportPhrasePage</name>
    <message>
        <source>Import a recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words of your phrase in order, separated by spaces. Suggestions appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word1 word2 word3 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is the first account of the phrase (m/44&apos;/60&apos;/0&apos;/0/0), as in MetaMask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A valid phrase of %n words.</source>
        <translation>
            <numerusform>A valid phrase of %n word.</numerusform>
            <numerusform>A valid phrase of %n words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) so far: a phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>%n word so far: a phrase has 12, 15, 18, 21 or 24.</numerusform>
            <numerusform>%n words so far: a phrase has 12, 15, 18, 21 or 24.</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 is not a recovery phrase word: check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word is known, but they do not form a valid phrase (the checksum does not match): a word is wrong or out of order.</source>
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
    <message>
        <source>“%1” is not a field with its type, like “email: string”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid field name: use letters, digits, - and _, with dots between nested fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” is given twice.</source>
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
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet</source>
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
    <message>
        <source>Make a new wallet with its recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a wallet you have: recovery phrase, private key or keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account in use. Choose another to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the wallet now: the password is asked before the next signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) pending</source>
        <translation>
            <numerusform>%n transaction pending</numerusform>
            <numerusform>%n transactions pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Strongroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (from a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a network profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a network profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a network profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongroom cannot use %1: %2

The network is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch-only account has no key: nothing to unlock, nothing is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is locked. Click to type its password and unlock it; it is asked anyway before anything is signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this wallet works. You can switch at any time from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer only. Test funds from the faucet: nothing is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testnet: free test tokens with no value, for trying things out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainnet: real ETH and RLC. Every transaction costs real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox (start it now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete iExec network on this computer only, to try Strongroom without money: a local chain with its contracts, storage for your files, the secret and market services, and a faucet for test ETH and RLC. Nothing is real and it works offline. Strongroom starts it now and stops it when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox… The first start sets up its contracts and takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1

Try again, or choose another network.</source>
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
    <name>sr::ui::NewComputationDialog</name>
    <message>
        <source>New computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your data, or the address of one granted to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved app, or an app&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s command line, if it takes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… one address per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files whose content only the app can read (requester secrets 1, 2, …), sent to iExec&apos;s Secret Management Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maximum: the price is shown before you run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum price (RLC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any: the cheapest that offers to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workerpool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the result for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result will not be encrypted: anyone who reads the chain can download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or import a wallet first: a computation is paid by an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your data and approved apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your data and approved apps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected data is not an address (0x and 40 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not an address (0x and 40 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the address of a file on the web (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum price is an amount of RLC, like 0.5 (at most 9 decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workerpool is not an address (0x and 40 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the protected data and the app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the market for the orders and the price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on %2 by the iExec workerpool for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on %2 by workerpool %3 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: app %1 + data %2 + workerpool %3, paid from your iExec account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your iExec account holds %1: enough for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your iExec account holds %1: %2 more is needed for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet holds %1, not enough to deposit it: get RLC first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computation can&apos;t run as asked. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the secret&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your wallet password to sign the request. It is paid from your iExec account once the deal is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal of this network cannot be opened, so nothing can be requested on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window: the request goes on, and the Computations page follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested: task %1. Follow it and read its result on the Computations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent to the chain and nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at “%1”: %2
The request is kept: Retry carries on from there, and the Computations page can resume it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing the orders and checking the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving the Secret Management Service your result key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your secrets to the Secret Management Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the deal to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::OnMyDataModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RLC for the data, per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::OnboardingWizard</name>
    <message>
        <source>Set up your wallet</source>
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
    <message>
        <source>Unnamed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch only: no key, nothing is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the password is asked before anything is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · on %2 · %n account(s) in this wallet</source>
        <translation>
            <numerusform>%1 · on %2 · %n account in this wallet</numerusform>
            <numerusform>%1 · on %2 · %n accounts in this wallet</numerusform>
        </translation>
    </message>
    <message>
        <source>Balances: reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 in the wallet · %3 in your iExec account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet. A wallet holds the key that signs everything you do on the network: protecting data, granting access, paying for computations. Create one, or import yours, with the buttons at the top of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your account on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your computations and earnings from the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your computations and earnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with the chain (block %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n protect(s) did not finish: resume or cancel on the Protected data page.</source>
        <translation>
            <numerusform>%n protect did not finish: resume or cancel it on the Protected data page.</numerusform>
            <numerusform>%n protects did not finish: resume or cancel them on the Protected data page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough ETH for network fees: a transaction costs about %1 on this network, the wallet holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your iExec account holds %1, earnings included: withdraw it to your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n computation(s) passed the final deadline without a result: claim the refund.</source>
        <translation>
            <numerusform>%n computation passed its final deadline without a result: claim the refund.</numerusform>
            <numerusform>%n computations passed their final deadline without a result: claim the refund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started: %1 of 5 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add funds: ETH pays the network fees, RLC pays for computations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get test funds: ETH pays the network fees, RLC pays for computations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the wallet, with %1 for network fees · %2 in your iExec account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected data owned by this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>live grants: apps allowed on your data, with accesses left (%n grant(s) in all)</source>
        <translation>
            <numerusform>live grants: apps allowed on your data, with accesses left (%n grant in all)</numerusform>
            <numerusform>live grants: apps allowed on your data, with accesses left (%n grants in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>The marketplace could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way: %1 requested by you, %2 on your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earned this month · %1 in all, %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way: reading the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earned this month: reading the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account at a glance, and what needs you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Protected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Computations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five steps to see Strongroom at work. Each is ticked when the chain shows it done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect a file: it is encrypted on this computer before anything leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access: let an app you trust compute on your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an app on protected data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the result of a computation you asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::PasswordDialog</name>
    <message>
        <source>Wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password does not unlock the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::PasswordPage</name>
    <message>
        <source>Choose a password for this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least 10 characters, or a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the most used passwords: it is guessed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated characters or blocks add little: vary them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like abcd, 1234 or qwerty are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix kinds of characters, or use more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your wallet&apos;s password: the new account is protected by the same one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One password protects every account of this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It protects your keys on this computer. It cannot be recovered: if you forget it, only your recovery phrase brings the wallet back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a long password you do not use anywhere else: a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::PasswordPrompt</name>
    <message>
        <source>Wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::PhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These 12 words are your wallet. Write them on paper, in order, and keep them somewhere safe and private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees these words can take everything in this wallet. Do not copy them, photograph them or store them on a computer. They are shown only this once; without them a lost password or computer cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure nobody can see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written the 12 words down, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectController</name>
    <message>
        <source>This data is already being registered on the network, so it can no longer be cancelled. Let it finish: the Secret Management Service must receive its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the encrypted copy to IPFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the IPFS gateway serves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering it on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the registration to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing the key to the Secret Management Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the Secret Management Service holds the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because the wallet was locked: its key is not kept while it is locked. Nothing is lost; unlock and resume it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectDialog</name>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram chat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>%n file, %1 in all</numerusform>
            <numerusform>%n files, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>A field name uses only letters, digits, “-” and “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a field named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Telegram chat ID is a number, like 123456789.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Public on the network&lt;/b&gt;, for anyone to read and for good: the name “%1”, your address as its owner, and the list of fields with their types, exactly as below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Private&lt;/b&gt;: the content of every field. It is encrypted on this computer before it leaves; only the confidential apps you grant access to can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Private&lt;/b&gt;: the content of every field (%1). It is encrypted on this computer before it leaves; only the confidential apps you grant access to can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or import a wallet first: protected data belongs to an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected. Only the apps you grant access to can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected data address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at “%1”. Retry to carry on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at “%1”: %2
Retry to carry on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your wallet password. It seals the key of this data on this computer until iExec&apos;s Secret Management Service holds it, so that an interrupted operation can always be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window: protecting goes on, and the Protected data page follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and CSV files, and any file of a kind DataProtector does not recognise, are typed application/octet-stream: the schema of a protected data has no text or CSV type (its file types are images, sounds, videos, PDF, XML and ZIP). The content is kept as it is; an app reads it as bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and the fields you added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a link to a place outside the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a link to a folder already included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a link to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n link(s), not followed):</source>
        <translation>
            <numerusform>Left out (%n link, not followed):</numerusform>
            <numerusform>Left out (%n links, not followed):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was registered on the network, and its key is erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectOperationsModel</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted at “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectPanel</name>
    <message>
        <source>Being protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) did not finish. Resume them to complete the protection; your wallet password is asked once.</source>
        <translation>
            <numerusform>%n operation did not finish. Resume it to complete the protection; your wallet password is asked once.</numerusform>
            <numerusform>%n operations did not finish. Resume them to complete the protection; your wallet password is asked once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your wallet password to resume protecting “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type your wallet password to resume %n operation(s).</source>
        <translation>
            <numerusform>Type your wallet password to resume %n operation.</numerusform>
            <numerusform>Type your wallet password to resume %n operations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected and registered on the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectedDataModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not delivered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting it on this computer did not finish: the app can&apos;t read it until its key reaches the Secret Management Service. Resume it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected on this computer: on chain, on IPFS, its key in the Secret Management Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made outside this computer&apos;s Strongroom (with the SDK, or on another computer): whether its key reached the Secret Management Service is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectedDataPage</name>
    <message>
        <source>Reading your protected data from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your protected data from the network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account owns no protected data on this network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protected data matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n protected data</source>
        <translation>
            <numerusform>%n protected data</numerusform>
            <numerusform>%n protected data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n protected data</source>
        <translation>
            <numerusform>%1 of %n protected data</numerusform>
            <numerusform>%1 of %n protected data</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: not made through DataProtector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the content to check it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content (%1) matches the checksum recorded on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content (%1) does NOT match the checksum recorded on chain: its SHA-256 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the new owner. They alone will then decide who may use this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zero address can&apos;t own data: the data would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account already owns this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer “%1” to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes the owner of this protected data: only they can grant or revoke access to it afterwards. This can&apos;t be undone from this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to transfer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring “%1” to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files, encrypted and registered on the network, whoever made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected data belongs to an account. Create or import a wallet on the Wallet page, and the data this account owns on the network will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only data with this field, like “email” or “email:string”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a protected data to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the encrypted content and compare it with the checksum recorded on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the grants from the marketplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant: no app can compute on it until you grant access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 (%3 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s): </source>
        <translation>
            <numerusform>%n grant: </numerusform>
            <numerusform>%n grants: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants of this data on the Access page: revoke them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said by the server that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server that holds it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at %1, a server its owner chose. &lt;a href=&quot;ask&quot;&gt;Ask it&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new computation: an app run on this data, paid from your iExec account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::RequestsModel</name>
    <message>
        <source>Choosing the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the result key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, claimable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::ResultViewer</name>
    <message>
        <source>Save a file of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result holds no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file: save it or open the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the beginning of the file only; Save as… copies all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected file anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the result&apos;s folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::SandboxLauncher</name>
    <message>
        <source>The sandbox program is not installed (looked for %1).</source>
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
    <message>
        <source>Networks and endpoints, language, theme, security, data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the wallet after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation>
            <numerusform>%n minute without use</numerusform>
            <numerusform>%n minutes without use</numerusform>
        </translation>
    </message>
    <message>
        <source>The wallet also locks when the screen locks. Once locked, its password is asked before anything is signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::StartPage</name>
    <message>
        <source>Welcome to Strongroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet signs everything you do on the network. Create a new one, or bring the one you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery phrase of 12 words, made on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 12 or 24 words of a wallet you already have (MetaMask, Ledger backup...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal digits, for a single account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON keystore (geth, MetaMask, the iExec SDK) and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow an account without its key (a cold wallet): browse it, never sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::StepDialog</name>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Review</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sr::ui::StepList</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::TransferDialog</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit RLC to your iExec account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw RLC from your iExec account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLC in your iExec account pays for computations. You can withdraw what is not locked at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLC that is not locked by running computations goes back to your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your iExec account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the zero address: anything sent there is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the account you send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have never sent anything to this address: check every character with the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address you have used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a number of %1, like 1.5 (at most %2 decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking balances and fees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit &lt;b&gt;%1&lt;/b&gt; from your wallet into your iExec account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw &lt;b&gt;%1&lt;/b&gt; from your iExec account to your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;From: %2&lt;br&gt;Network: %3 (chain %4)&lt;/p&gt;&lt;p&gt;Network fee: at most &lt;b&gt;%5&lt;/b&gt; (%6 gas)&lt;/p&gt;&lt;p&gt;Once sent, a transaction cannot be undone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to sign this transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 sent. Waiting for it to be confirmed… You can close this window: it is followed in Activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed in block %1. Fee paid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction ended as “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the address book as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in your address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address a name to save it, or untick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this address in your address book and history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: your cancellation was mined in its place, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::UnlockDialog</name>
    <message>
        <source>Unlock your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of your wallet to unlock %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of your wallet to unlock %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-only account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a watch-only account: Strongroom has its address, not its key, so it cannot sign. Switch to an account of your wallet to do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::WalletPage</name>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported account</source>
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
        <source>A wallet holds the key that signs everything you do on the network. Create a new one (you will write down a recovery phrase), or import the one you have: recovery phrase, private key or keystore file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETH (for network fees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLC in the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iExec account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked in computations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get test funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the sandbox&apos;s faucet for test ETH and RLC (they have no value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next account of your recovery phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export keystore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show recovery phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it again with a higher fee (at least 10% more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it by an empty transaction with a higher fee; if that one is mined first, the original never runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked: it signs without asking until it is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the password is asked before anything is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery phrase, account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough ETH to pay network fees: get test funds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough ETH to pay network fees: send some ETH to this account before acting on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances of block %1; the node cannot be reached now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send ETH or RLC on %1 to this address. Only use this network: funds sent on another one do not arrive here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the faucet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faucet sent %1 ETH and %2 RLC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your wallet password. The exported file opens with this same password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your wallet password to see the recovery phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees these words can take everything in this wallet. Make sure nobody can see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this computer? It can be brought back from your recovery phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this computer? It is an imported key: unless you have its key or keystore file elsewhere, everything it holds is lost for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your wallet password to remove the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions you send from this account will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) on the way.</source>
        <translation>
            <numerusform>%n transaction on the way.</numerusform>
            <numerusform>%n transactions on the way.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot follow transactions right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to cancel “%1”? An empty transaction with a higher fee takes its place; if the original is mined first, it runs anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to cancel this transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to speed up this transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-only: Strongroom has this address, not its key. It cannot sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch-only account cannot sign transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching %1 (%2)? Nothing is lost: it was only an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your wallet password to add the next account of your recovery phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. Double-click it to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sr::ui::WatchPage</name>
    <message>
        <source>Watch an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its balances and protected data are shown; nothing can be signed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zero address belongs to nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
