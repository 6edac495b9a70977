<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>GuiSession</name>
    <message>
        <source>A settings file is damaged</source>
        <translation>Un fichier de réglages est endommagé</translation>
    </message>
    <message>
        <source>%1

Strongroom can keep the damaged file aside and start with default values, or quit so that you can fix it.</source>
        <translation>%1

Strongroom peut mettre le fichier endommagé de côté et démarrer avec les valeurs par défaut, ou quitter pour que vous puissiez le réparer.</translation>
    </message>
</context>
<context>
    <name>sr::ui::AboutDialog</name>
    <message>
        <source>About Strongroom</source>
        <translation>À propos de Strongroom</translation>
    </message>
    <message>
        <source>Strongroom %1</source>
        <translation>Strongroom %1</translation>
    </message>
    <message>
        <source>Your wallet and data manager for iExec confidential computing.</source>
        <translation>Votre portefeuille et gestionnaire de données pour le calcul confidentiel iExec.</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Bibliothèques utilisées</translation>
    </message>
</context>
<context>
    <name>sr::ui::AddressLabel</name>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>sr::ui::AppsPage</name>
    <message>
        <source>Known on %1</source>
        <translation>Connues sur %1</translation>
    </message>
    <message>
        <source>This network profile lists no known apps.</source>
        <translation>Ce profil de réseau ne répertorie aucune application connue.</translation>
    </message>
    <message>
        <source>The apps and app whitelists this network&apos;s profile lists, with the protected data each one needs.</source>
        <translation>Les applications et listes blanches d’applications que liste le profil de ce réseau, avec les données protégées dont chacune a besoin.</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>The confidential apps you trust with your data.</source>
        <translation>Les applications confidentielles à qui vous confiez vos données.</translation>
    </message>
    <message>
        <source>Approved apps</source>
        <translation>Applications approuvées</translation>
    </message>
    <message>
        <source>Apps you approve, with their owner, code checksum and TEE framework read from the chain, will be listed here. Approving apps comes in a later version.</source>
        <translation>Les applications que vous approuvez, avec leur propriétaire, l’empreinte de leur code et leur environnement TEE lus sur la chaîne, seront listées ici. L’approbation d’applications arrive dans une version ultérieure.</translation>
    </message>
</context>
<context>
    <name>sr::ui::KnownAppsModel</name>
    <message>
        <source>App whitelist</source>
        <translation>Liste blanche d’applications</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Data it needs</source>
        <translation>Données requises</translation>
    </message>
</context>
<context>
    <name>sr::ui::MainWindow</name>
    <message>
        <source>Settings not saved</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <source>Strongroom could not save your settings: %1</source>
        <translation>Strongroom n’a pas pu enregistrer vos réglages : %1</translation>
    </message>
    <message>
        <source>Protected data</source>
        <translation>Données protégées</translation>
    </message>
    <message>
        <source>Your files, encrypted and registered on the network.</source>
        <translation>Vos fichiers, chiffrés et enregistrés sur le réseau.</translation>
    </message>
    <message>
        <source>Your protected data will appear here</source>
        <translation>Vos données protégées apparaîtront ici</translation>
    </message>
    <message>
        <source>Protecting a file encrypts it on this computer, stores the encrypted copy on IPFS, registers it on the network and hands its key to iExec&apos;s Secret Management Service, so that only the confidential apps you approve can read it. You will drop files or folders here to protect them once wallets are available; this version cannot protect data yet.</source>
        <translation>Protéger un fichier le chiffre sur cet ordinateur, stocke la copie chiffrée sur IPFS, l’enregistre sur le réseau et confie sa clé au service de gestion des secrets d’iExec, pour que seules les applications confidentielles que vous approuvez puissent le lire. Vous déposerez ici des fichiers ou des dossiers pour les protéger dès que les portefeuilles seront disponibles ; cette version ne sait pas encore protéger de données.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Who may compute on your data, for what price, how many times.</source>
        <translation>Qui peut calculer sur vos données, à quel prix, combien de fois.</translation>
    </message>
    <message>
        <source>Your grants will appear here</source>
        <translation>Vos autorisations apparaîtront ici</translation>
    </message>
    <message>
        <source>Every access you grant to your protected data (which app, for which user or for anyone, the price per access and how many accesses remain) will be listed here, each with a button to revoke it. Granting access is not available in this version yet.</source>
        <translation>Chaque accès que vous accordez à vos données protégées (quelle application, pour quel utilisateur ou pour tous, le prix par accès et le nombre d’accès restants) sera listé ici, chacun avec un bouton pour le révoquer. L’octroi d’accès n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>Computations</source>
        <translation>Calculs</translation>
    </message>
    <message>
        <source>What ran on your data, and what you asked to run.</source>
        <translation>Ce qui a tourné sur vos données, et ce que vous avez demandé.</translation>
    </message>
    <message>
        <source>Computations will appear here</source>
        <translation>Les calculs apparaîtront ici</translation>
    </message>
    <message>
        <source>Tasks that confidential apps run on your protected data, and the ones you request, will be followed here with their status, and you will decrypt your results here. This version does not run computations yet.</source>
        <translation>Les tâches que les applications confidentielles exécutent sur vos données protégées, et celles que vous demandez, seront suivies ici avec leur état, et vous déchiffrerez vos résultats ici. Cette version ne lance pas encore de calculs.</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>What your data earned, in RLC.</source>
        <translation>Ce que vos données ont rapporté, en RLC.</translation>
    </message>
    <message>
        <source>Your earnings will appear here</source>
        <translation>Vos gains apparaîtront ici</translation>
    </message>
    <message>
        <source>When an app uses your protected data under a paid grant, the price of each access is credited to your iExec account. Those rewards, per data and per app, will be shown here once this version can read them.</source>
        <translation>Quand une application utilise vos données protégées dans le cadre d’un accès payant, le prix de chaque accès est crédité sur votre compte iExec. Ces gains, par donnée et par application, s’afficheront ici dès que cette version saura les lire.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Your accounts, balances and transactions.</source>
        <translation>Vos comptes, soldes et transactions.</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Pas encore de portefeuille</translation>
    </message>
    <message>
        <source>A wallet holds the key that signs everything you do on the network. You will create one here (a new recovery phrase) or import one (recovery phrase, private key or keystore file), then see your ETH and RLC balances, send, deposit and receive. Wallets are not available in this version of the app yet.</source>
        <translation>Un portefeuille détient la clé qui signe tout ce que vous faites sur le réseau. Vous en créerez un ici (une nouvelle phrase de récupération) ou en importerez un (phrase de récupération, clé privée ou fichier keystore), puis verrez vos soldes en ETH et en RLC, enverrez, déposerez et recevrez. Les portefeuilles ne sont pas encore disponibles dans cette version de l’application.</translation>
    </message>
    <message>
        <source>Strongroom</source>
        <translation>Strongroom</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>About Strongroom</source>
        <translation>À propos de Strongroom</translation>
    </message>
    <message>
        <source>Create wallet</source>
        <translation>Créer un portefeuille</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Wallet creation comes in a later version</source>
        <translation>La création de portefeuille arrive dans une version ultérieure</translation>
    </message>
    <message>
        <source>Wallet import comes in a later version</source>
        <translation>L’import de portefeuille arrive dans une version ultérieure</translation>
    </message>
    <message>
        <source>No pending operations</source>
        <translation>Aucune opération en cours</translation>
    </message>
    <message>
        <source>%1 · Testnet</source>
        <translation>%1 · Réseau de test</translation>
    </message>
    <message>
        <source>%1 · Sandbox</source>
        <translation>%1 · Bac à sable</translation>
    </message>
    <message>
        <source>Network: %1 (chain %2). Click to switch.</source>
        <translation>Réseau : %1 (chaîne %2). Cliquez pour changer.</translation>
    </message>
    <message>
        <source>%1 · chain %2</source>
        <translation>%1 · chaîne %2</translation>
    </message>
    <message>
        <source>testnet</source>
        <translation>réseau de test</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>bac à sable</translation>
    </message>
    <message>
        <source>Edit networks…</source>
        <translation>Modifier les réseaux…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected · block %1</source>
        <translation>Connecté · bloc %1</translation>
    </message>
    <message>
        <source>The node answers and serves the expected chain.</source>
        <translation>Le nœud répond et sert la chaîne attendue.</translation>
    </message>
    <message>
        <source>Wrong chain</source>
        <translation>Mauvaise chaîne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>sr::ui::NetworkSettings</name>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Identifiant de chaîne</translation>
    </message>
    <message>
        <source>RPC URLs</source>
        <translation>URL RPC</translation>
    </message>
    <message>
        <source>PoCo hub</source>
        <translation>Hub PoCo</translation>
    </message>
    <message>
        <source>DataProtector</source>
        <translation>DataProtector</translation>
    </message>
    <message>
        <source>Default workerpool</source>
        <translation>Workerpool par défaut</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Market API</source>
        <translation>API du marché</translation>
    </message>
    <message>
        <source>IPFS node</source>
        <translation>Nœud IPFS</translation>
    </message>
    <message>
        <source>IPFS gateway</source>
        <translation>Passerelle IPFS</translation>
    </message>
    <message>
        <source>PoCo subgraph</source>
        <translation>Subgraph PoCo</translation>
    </message>
    <message>
        <source>DataProtector subgraph</source>
        <translation>Subgraph DataProtector</translation>
    </message>
    <message>
        <source>Block explorer</source>
        <translation>Explorateur de blocs</translation>
    </message>
    <message>
        <source>Mainnet</source>
        <translation>Réseau principal</translation>
    </message>
    <message>
        <source>Testnet</source>
        <translation>Réseau de test</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>One URL per line, tried in order</source>
        <translation>Une URL par ligne, essayées dans l’ordre</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Add a custom network</source>
        <translation>Ajouter un réseau personnalisé</translation>
    </message>
    <message>
        <source>Use this network</source>
        <translation>Utiliser ce réseau</translation>
    </message>
    <message>
        <source>Reset to shipped values</source>
        <translation>Rétablir les valeurs d’origine</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(actif)</translation>
    </message>
    <message>
        <source>Shipped with Strongroom. You can edit its endpoints, for example to use your own RPC provider.</source>
        <translation>Fourni avec Strongroom. Vous pouvez modifier ses points d’accès, par exemple pour utiliser votre propre fournisseur RPC.</translation>
    </message>
    <message>
        <source>Shipped with Strongroom, with endpoints you edited.</source>
        <translation>Fourni avec Strongroom, avec des points d’accès que vous avez modifiés.</translation>
    </message>
    <message>
        <source>A network you added.</source>
        <translation>Un réseau que vous avez ajouté.</translation>
    </message>
    <message>
        <source>The local sandbox network, described by the sandbox itself while it runs: it can&apos;t be edited here.</source>
        <translation>Le réseau local du bac à sable, décrit par le bac à sable lui-même pendant qu’il tourne : il ne se modifie pas ici.</translation>
    </message>
    <message>
        <source>Give the network a display name.</source>
        <translation>Donnez un nom affiché au réseau.</translation>
    </message>
    <message>
        <source>The identifier may hold only lowercase letters, digits and &apos;-&apos;.</source>
        <translation>L’identifiant ne peut contenir que des lettres minuscules, des chiffres et « - ».</translation>
    </message>
    <message>
        <source>The identifier &quot;sandbox&quot; is reserved for the local sandbox.</source>
        <translation>L’identifiant « sandbox » est réservé au bac à sable local.</translation>
    </message>
    <message>
        <source>The chain id must be a positive whole number.</source>
        <translation>L’identifiant de chaîne doit être un nombre entier positif.</translation>
    </message>
    <message>
        <source>Give at least one RPC URL.</source>
        <translation>Indiquez au moins une URL RPC.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>« %1 » n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>%1: enter an address, 0x followed by 40 hexadecimal digits.</source>
        <translation>%1 : saisissez une adresse, 0x suivi de 40 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>%1: enter an http:// or https:// URL.</source>
        <translation>%1 : saisissez une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>A network named &quot;%1&quot; already exists.</source>
        <translation>Un réseau nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>A new network: fill in its endpoints and contracts, then save.</source>
        <translation>Un nouveau réseau : renseignez ses points d’accès et ses contrats, puis enregistrez.</translation>
    </message>
    <message>
        <source>Remove network</source>
        <translation>Supprimer le réseau</translation>
    </message>
    <message>
        <source>Remove the network &quot;%1&quot;? Nothing on the network itself is affected.</source>
        <translation>Supprimer le réseau « %1 » ? Rien ne change sur le réseau lui-même.</translation>
    </message>
</context>
<context>
    <name>sr::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Where Strongroom is connected and what it holds.</source>
        <translation>Où Strongroom est connecté et ce qu’il détient.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Identifiant de chaîne</translation>
    </message>
    <message>
        <source>RPC endpoint</source>
        <translation>Point d’accès RPC</translation>
    </message>
    <message>
        <source>PoCo hub</source>
        <translation>Hub PoCo</translation>
    </message>
    <message>
        <source>DataProtector</source>
        <translation>DataProtector</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>No wallet yet. A wallet holds the key that signs everything you do on the network: protecting data, granting access, paying for computations. Creating and importing wallets in the app comes in a later version.</source>
        <translation>Pas encore de portefeuille. Un portefeuille détient la clé qui signe tout ce que vous faites sur le réseau : protéger des données, accorder des accès, payer des calculs. La création et l’import de portefeuilles dans l’application arrivent dans une version ultérieure.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Chosen with --data-dir: settings and data both live in this folder.</source>
        <translation>Choisi avec --data-dir : réglages et données se trouvent tous deux dans ce dossier.</translation>
    </message>
    <message>
        <source>Keystores, the local database and caches live here. You can change it in Settings.</source>
        <translation>Les keystores, la base de données locale et les caches se trouvent ici. Vous pouvez le changer dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>sr::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Networks and endpoints, language, theme, data folder.</source>
        <translation>Réseaux et points d’accès, langue, thème, dossier de données.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Utiliser le dossier par défaut</translation>
    </message>
    <message>
        <source>Set by --data-dir for this run: settings and data live in this folder. Start Strongroom without it to choose another.</source>
        <translation>Fixé par --data-dir pour cette exécution : réglages et données se trouvent dans ce dossier. Lancez Strongroom sans cette option pour en choisir un autre.</translation>
    </message>
    <message>
        <source>Keystores, the local database and caches live here. A new folder is used from the next start; existing files are not moved.</source>
        <translation>Les keystores, la base de données locale et les caches se trouvent ici. Un nouveau dossier est utilisé au prochain démarrage ; les fichiers existants ne sont pas déplacés.</translation>
    </message>
    <message>
        <source>Strongroom will use this folder from the next start. It still uses %1 until then; existing files are not moved.</source>
        <translation>Strongroom utilisera ce dossier au prochain démarrage. Il utilise encore %1 d’ici là ; les fichiers existants ne sont pas déplacés.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
</context>
</TS>
