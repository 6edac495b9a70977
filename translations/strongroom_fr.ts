<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ErrorText</name>
    <message>
        <source>Something went wrong inside Strongroom.</source>
        <translation>Une erreur s’est produite dans Strongroom.</translation>
    </message>
    <message>
        <source>Not possible as asked.</source>
        <translation>Impossible tel que demandé.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Already there.</source>
        <translation>Existe déjà.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>A file or a server&apos;s reply is damaged.</source>
        <translation>Un fichier ou la réponse d’un serveur est endommagé.</translation>
    </message>
    <message>
        <source>A server could not be reached or refused the request.</source>
        <translation>Un serveur est injoignable ou a refusé la demande.</translation>
    </message>
    <message>
        <source>A key or a signature is not valid.</source>
        <translation>Une clé ou une signature n’est pas valide.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>This version of Strongroom can&apos;t do that.</source>
        <translation>Cette version de Strongroom ne sait pas faire cela.</translation>
    </message>
    <message>
        <source>The node serves another network than the one chosen: check its address in Settings.</source>
        <translation>Le nœud sert un autre réseau que celui choisi : vérifiez son adresse dans les Réglages.</translation>
    </message>
    <message>
        <source>The contract refused it.</source>
        <translation>Le contrat l’a refusé.</translation>
    </message>
    <message>
        <source>No connection could be made to %1 (%2). Check your connection and the address in Settings.</source>
        <translation>Impossible de se connecter à %1 (%2). Vérifiez votre connexion et l’adresse dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Try again in a moment.</source>
        <translation>%1 n’a pas répondu en %2 s. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off after %2 bytes. Try again.</source>
        <translation>La connexion à %1 s’est interrompue après %2 octets. Réessayez.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB; the reply was not read.</source>
        <translation>%1 a envoyé plus de %2 Mio ; la réponse n’a pas été lue.</translation>
    </message>
    <message>
        <source>%1 answered with the HTTP error %2.</source>
        <translation>%1 a répondu par l’erreur HTTP %2.</translation>
    </message>
    <message>
        <source>The node at %1 serves chain %2, but this network is chain %3.</source>
        <translation>Le nœud %1 sert la chaîne %2, mais ce réseau est la chaîne %3.</translation>
    </message>
    <message>
        <source>in the wallet</source>
        <translation>dans le portefeuille</translation>
    </message>
    <message>
        <source>in the iExec account</source>
        <translation>sur le compte iExec</translation>
    </message>
    <message>
        <source>Not enough funds %1: %2 has %3 and this needs %4 (%5 more).</source>
        <translation>Fonds insuffisants %1 : %2 a %3 et il faut %4 (%5 de plus).</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space and try again; nothing was lost.</source>
        <translation>Le disque est plein : %1 n’a pas pu être écrit. Libérez de la place et réessayez ; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>The system refused access to %1.</source>
        <translation>Le système a refusé l’accès à %1.</translation>
    </message>
    <message>
        <source>An address has 40 hex digits after &quot;0x&quot;; this one has %1.</source>
        <translation>Une adresse compte 40 chiffres hexadécimaux après « 0x » ; celle-ci en a %1.</translation>
    </message>
    <message>
        <source>An address is made of the digits 0-9 and the letters a-f only.</source>
        <translation>Une adresse ne contient que les chiffres 0-9 et les lettres a-f.</translation>
    </message>
    <message>
        <source>The mix of capital and small letters (the checksum) is wrong: the address was probably mistyped. Check it, or paste it all in small letters to skip the check.</source>
        <translation>Le mélange de majuscules et de minuscules (la somme de contrôle) est faux : l’adresse a sans doute été mal saisie. Vérifiez-la, ou collez-la tout en minuscules pour passer la vérification.</translation>
    </message>
    <message>
        <source>in ETH</source>
        <translation>en ETH</translation>
    </message>
</context>
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
    <name>sr::ui::AccessPage</name>
    <message>
        <source>Reading your grants from the %1 marketplace…</source>
        <translation>Lecture de vos autorisations depuis la place de marché %1…</translation>
    </message>
    <message>
        <source>Could not read your grants: %1</source>
        <translation>Impossible de lire vos autorisations : %1</translation>
    </message>
    <message>
        <source>Up to date with the marketplace and the chain.</source>
        <translation>À jour avec la place de marché et la chaîne.</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les applications</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Your grants could not be read: see why below.</source>
        <translation>Vos autorisations n’ont pas pu être lues : voyez pourquoi ci-dessous.</translation>
    </message>
    <message>
        <source>You have not granted access to any of your data on this network. Grant access to let an app compute on it.</source>
        <translation>Vous n’avez autorisé l’accès à aucune de vos données sur ce réseau. Autorisez l’accès pour qu’une application puisse calculer dessus.</translation>
    </message>
    <message>
        <source>No grant matches these filters.</source>
        <translation>Aucune autorisation ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Autorisations</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n autorisation</numerusform>
            <numerusform>%n autorisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n grant(s)</source>
        <translation>
            <numerusform>%1 sur %n autorisation</numerusform>
            <numerusform>%1 sur %n autorisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n selected</source>
        <translation>
            <numerusform>Révoquer %n sélectionnée</numerusform>
            <numerusform>Révoquer %n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n shown</source>
        <translation>
            <numerusform>Révoquer l’autorisation affichée</numerusform>
            <numerusform>Révoquer les %n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Tout révoquer</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Révoquer l’accès</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n grant(s)?</source>
        <translation>
            <numerusform>Révoquer %n autorisation ?</numerusform>
            <numerusform>Révoquer %n autorisations ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each grant is closed on chain, one transaction each with its network fee, then taken off the marketplace. Accesses already used stay used.</source>
        <translation>Chaque autorisation est fermée sur la chaîne, par une transaction chacune avec ses frais de réseau, puis retirée de la place de marché. Les accès déjà utilisés restent utilisés.</translation>
    </message>
    <message numerus="yes">
        <source>to revoke %n grant(s)</source>
        <translation>
            <numerusform>pour révoquer %n autorisation</numerusform>
            <numerusform>pour révoquer %n autorisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n grant(s)</source>
        <translation>
            <numerusform>Révocation de %n autorisation</numerusform>
            <numerusform>Révocation de %n autorisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking… Keep Strongroom open until every grant is closed.</source>
        <translation>Révocation en cours… Gardez Strongroom ouvert jusqu’à ce que chaque autorisation soit fermée.</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) revoked</source>
        <translation>
            <numerusform>%n autorisation révoquée</numerusform>
            <numerusform>%n autorisations révoquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked. Reading the list again…</source>
        <translation>Révoquées. Nouvelle lecture de la liste…</translation>
    </message>
    <message>
        <source>Revoke stopped</source>
        <translation>Révocation interrompue</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>closing on chain…</source>
        <translation>fermeture sur la chaîne…</translation>
    </message>
    <message>
        <source>closed on chain</source>
        <translation>fermée sur la chaîne</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>failed: still granted</source>
        <translation>échec : toujours autorisée</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>non révoquée</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3 : %4</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tout le monde</translation>
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
        <source>No wallet yet</source>
        <translation>Pas encore de portefeuille</translation>
    </message>
    <message>
        <source>Grants belong to the account that owns the data. Create or import a wallet on the Wallet page to grant and revoke access.</source>
        <translation>Les autorisations appartiennent au compte propriétaire des données. Créez ou importez un portefeuille sur la page Portefeuille pour autoriser et révoquer l’accès.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Grant access…</source>
        <translation>Autoriser l’accès…</translation>
    </message>
    <message>
        <source>Only the grants of this data</source>
        <translation>Seulement les autorisations de ces données</translation>
    </message>
    <message>
        <source>Only the grants to this app</source>
        <translation>Seulement les autorisations accordées à cette application</translation>
    </message>
    <message>
        <source>Only the grants to this user</source>
        <translation>Seulement les autorisations accordées à cet utilisateur</translation>
    </message>
    <message>
        <source>Stopped because the wallet was locked: its key is not kept while it is locked. The closes already sent stay in the Activity list and are mined all the same; revoke again after unlocking for the others.</source>
        <translation>Arrêté parce que le portefeuille a été verrouillé : sa clé n’est pas gardée tant qu’il l’est. Les fermetures déjà envoyées restent dans la liste Activité et seront minées quand même ; révoquez à nouveau les autres après le déverrouillage.</translation>
    </message>
    <message>
        <source>No grant left: the ones you revoked are closed. Grant access again to let an app compute on your data.</source>
        <translation>Plus aucune autorisation : celles que vous avez révoquées sont fermées. Autorisez de nouveau l’accès pour qu’une application puisse calculer sur vos données.</translation>
    </message>
    <message>
        <source>“%1” for %2, to %3</source>
        <translation>« %1 » pour %2, à %3</translation>
    </message>
    <message>
        <source>Revoke the grant of %1?</source>
        <translation>Révoquer l’autorisation de %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sr::ui::ActivityFeed</name>
    <message>
        <source>The transaction journal cannot be opened in the data folder.</source>
        <translation>Le journal des transactions ne peut pas être ouvert dans le dossier de données.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ActivityModel</name>
    <message>
        <source>Signed, not sent yet</source>
        <translation>Signée, pas encore envoyée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Confirming</source>
        <translation>En cours de confirmation</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Speed-up: %1</source>
        <translation>Accélération : %1</translation>
    </message>
    <message>
        <source>Cancellation: %1</source>
        <translation>Annulation : %1</translation>
    </message>
    <message>
        <source> · block %1</source>
        <translation> · bloc %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <translation>Envoyer %1 à %2</translation>
    </message>
    <message>
        <source>Allow %1 to spend %2</source>
        <translation>Autoriser %1 à dépenser %2</translation>
    </message>
    <message>
        <source>Deposit %1 to the iExec account</source>
        <translation>Déposer %1 sur votre compte iExec</translation>
    </message>
    <message>
        <source>Withdraw %1 from the iExec account</source>
        <translation>Retirer %1 de votre compte iExec</translation>
    </message>
    <message>
        <source>Register protected data “%1”</source>
        <translation>Enregistrer les données protégées « %1 »</translation>
    </message>
    <message>
        <source>Transfer protected data “%1” to %2</source>
        <translation>Transférer les données protégées « %1 » à %2</translation>
    </message>
    <message>
        <source>Transfer protected data %1 to %2</source>
        <translation>Transférer les données protégées %1 à %2</translation>
    </message>
    <message>
        <source>Revoke access to %1 for %2 with app %3</source>
        <translation>Révoquer l’accès à %1 pour %2 avec l’application %3</translation>
    </message>
    <message>
        <source>Revoke access to %1 for anyone with app %2</source>
        <translation>Révoquer l’accès à %1 pour tout le monde avec l’application %2</translation>
    </message>
    <message>
        <source>Presign an order of protected data %1</source>
        <translation>Présigner un ordre des données protégées %1</translation>
    </message>
    <message>
        <source>Presign an order of app %1</source>
        <translation>Présigner un ordre de l’application %1</translation>
    </message>
    <message>
        <source>Presign an order</source>
        <translation>Présigner un ordre</translation>
    </message>
    <message>
        <source>Close an order of protected data %1</source>
        <translation>Clore un ordre des données protégées %1</translation>
    </message>
    <message>
        <source>Close an order of app %1</source>
        <translation>Clore un ordre de l’application %1</translation>
    </message>
    <message>
        <source>Close an order</source>
        <translation>Clore un ordre</translation>
    </message>
    <message>
        <source>Run app %1</source>
        <translation>Exécuter l’application %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::AddressBookDialog</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>App whitelist</source>
        <translation>Liste blanche d’applications</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Carnet d’adresses</translation>
    </message>
    <message>
        <source>Named addresses on %1. Sending to one of them is completed as you type, and an address that is in neither this book nor your history is flagged.</source>
        <translation>Adresses nommées sur %1. Un envoi à l’une d’elles se complète pendant la saisie, et une adresse absente de ce carnet comme de votre historique est signalée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The address book cannot be opened in the data folder.</source>
        <translation>Le carnet d’adresses ne peut pas être ouvert dans le dossier de données.</translation>
    </message>
    <message>
        <source>Checking the address on chain…</source>
        <translation>Vérification de l’adresse sur la chaîne…</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Retiré.</translation>
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
    <name>sr::ui::AppDialog</name>
    <message>
        <source>Edit approved app</source>
        <translation>Modifier l’application approuvée</translation>
    </message>
    <message>
        <source>Approve an app</source>
        <translation>Approuver une application</translation>
    </message>
    <message>
        <source>The name shown for this app, and the fields a protected data needs for it.</source>
        <translation>Le nom affiché pour cette application, et les champs dont une donnée protégée a besoin pour elle.</translation>
    </message>
    <message>
        <source>Enter the address of an app or of an app whitelist. Its details are read from the chain before you approve it.</source>
        <translation>Saisissez l’adresse d’une application ou d’une liste blanche d’applications. Ses détails sont lus sur la chaîne avant que vous ne l’approuviez.</translation>
    </message>
    <message>
        <source>Read from chain</source>
        <translation>Lire sur la chaîne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>email: string</source>
        <translation>email: string</translation>
    </message>
    <message>
        <source>The fields a protected data needs for this app, each with its type, separated by commas. Empty: any data.</source>
        <translation>Les champs dont une donnée protégée a besoin pour cette application, chacun avec son type, séparés par des virgules. Vide : toute donnée.</translation>
    </message>
    <message>
        <source>Data it needs</source>
        <translation>Données requises</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Read again from chain</source>
        <translation>Relire sur la chaîne</translation>
    </message>
    <message>
        <source>Not a valid address: %1</source>
        <translation>Adresse non valide : %1</translation>
    </message>
    <message>
        <source>Reading %1 from the chain…</source>
        <translation>Lecture de %1 sur la chaîne…</translation>
    </message>
    <message>
        <source>Whitelist %1</source>
        <translation>Liste blanche %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Owner: %2&lt;br&gt;Code: %3&lt;br&gt;Checksum: %4&lt;br&gt;TEE: %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Propriétaire : %2&lt;br&gt;Code : %3&lt;br&gt;Somme de contrôle : %4&lt;br&gt;TEE : %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none: not a confidential app</source>
        <translation>aucun : application non confidentielle</translation>
    </message>
    <message>
        <source>App “%1”</source>
        <translation>Application « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;App whitelist&lt;/b&gt; with %n member app(s):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Liste blanche d’applications&lt;/b&gt; avec %n application membre :&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Liste blanche d’applications&lt;/b&gt; avec %n applications membres :&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;App whitelist&lt;/b&gt;: read it from the chain to list its members.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Liste blanche d’applications&lt;/b&gt; : lisez-la sur la chaîne pour en lister les membres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;App&lt;/b&gt; known from the network profile: read it from the chain to see its owner, code and TEE framework.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Application&lt;/b&gt; connue par le profil du réseau : lisez-la sur la chaîne pour voir son propriétaire, son code et son framework TEE.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Read the address from the chain to see what it is.</source>
        <translation>Lisez l’adresse sur la chaîne pour voir de quoi il s’agit.</translation>
    </message>
    <message>
        <source>Give the app a name.</source>
        <translation>Donnez un nom à l’application.</translation>
    </message>
    <message>
        <source>none: its orders on the marketplace ask for no trusted execution environment, it is not a confidential app</source>
        <translation>aucun : ses ordres sur la place de marché ne demandent pas d’environnement d’exécution de confiance, ce n’est pas une application confidentielle</translation>
    </message>
    <message>
        <source>%1 (as its orders on the marketplace say)</source>
        <translation>%1 (selon ses ordres sur la place de marché)</translation>
    </message>
    <message>
        <source>%1 (as its MREnclave on the chain says)</source>
        <translation>%1 (selon son MREnclave sur la chaîne)</translation>
    </message>
    <message>
        <source>unknown: the app is on no order of the marketplace, where an app says it runs in a trusted execution environment</source>
        <translation>inconnu : l’application ne figure dans aucun ordre de la place de marché, là où une application indique qu’elle s’exécute dans un environnement d’exécution de confiance</translation>
    </message>
    <message>
        <source>unknown: the marketplace could not be read (%1)</source>
        <translation>inconnu : la place de marché n’a pas pu être lue (%1)</translation>
    </message>
    <message>
        <source>unknown: no order of the app could be read on the marketplace</source>
        <translation>inconnu : aucun ordre de l’application n’a pu être lu sur la place de marché</translation>
    </message>
</context>
<context>
    <name>sr::ui::ApprovedAppsModel</name>
    <message>
        <source>App whitelist</source>
        <translation>Liste blanche d’applications</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
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
        <source>Data it needs</source>
        <translation>Données requises</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Each app of the whitelist runs where it was built to run; the grant itself asks for a confidential computer.</source>
        <translation>Chaque application de la liste blanche s’exécute là où elle a été conçue pour s’exécuter ; l’autorisation elle-même exige un ordinateur confidentiel.</translation>
    </message>
    <message>
        <source>Depends on the app</source>
        <translation>Selon l’application</translation>
    </message>
    <message>
        <source>The app runs only inside a trusted execution environment (TEE: %1, framework %2): your data is decrypted only there, where neither the worker&apos;s owner nor iExec can read it.</source>
        <translation>L’application s’exécute uniquement dans un environnement d’exécution de confiance (TEE : %1, framework %2) : vos données ne sont déchiffrées que là, où ni le propriétaire de la machine ni iExec ne peuvent les lire.</translation>
    </message>
    <message>
        <source>Confidential computer (%1)</source>
        <translation>Ordinateur confidentiel (%1)</translation>
    </message>
    <message>
        <source>Strongroom has not read this app from the chain yet, so it does not know where it runs. Edit it to read it.</source>
        <translation>Strongroom n’a pas encore lu cette application sur la chaîne : il ne sait donc pas où elle s’exécute. Modifiez-la pour la lire.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>The app is not built for a trusted execution environment (TEE): it cannot run on protected data.</source>
        <translation>L’application n’est pas conçue pour un environnement d’exécution de confiance (TEE) : elle ne peut pas s’exécuter sur des données protégées.</translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation>Non confidentielle</translation>
    </message>
    <message>
        <source>Where the app runs: a confidential computer keeps your data hidden from the computer&apos;s owner while the app uses it.</source>
        <translation>Où l’application s’exécute : un ordinateur confidentiel cache vos données à son propriétaire pendant que l’application les utilise.</translation>
    </message>
    <message>
        <source>Runs in</source>
        <translation>S’exécute sur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>When Strongroom read this app, the marketplace showed no order of it (where an app says it runs in a trusted execution environment) or could not be read, so where it runs is unknown. Edit it to read it again.</source>
        <translation>Quand Strongroom a lu cette application, la place de marché ne montrait aucun ordre d’elle (là où une application indique qu’elle s’exécute dans un environnement d’exécution de confiance) ou n’a pas pu être lue : l’endroit où elle s’exécute est donc inconnu. Modifiez-la pour la lire à nouveau.</translation>
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
        <source>Could not read the approved apps: %1</source>
        <translation>Impossible de lire les applications approuvées : %1</translation>
    </message>
    <message>
        <source>No app is approved on this network: add one by its address.</source>
        <translation>Aucune application n’est approuvée sur ce réseau : ajoutez-en une par son adresse.</translation>
    </message>
    <message>
        <source>Remove approved app</source>
        <translation>Retirer l’application approuvée</translation>
    </message>
    <message>
        <source>Remove “%1” from your approved apps?</source>
        <translation>Retirer « %1 » de vos applications approuvées ?</translation>
    </message>
    <message>
        <source>Grants you already gave it stay valid until you revoke them on the Access page.</source>
        <translation>Les autorisations que vous lui avez déjà accordées restent valides jusqu’à ce que vous les révoquiez sur la page Accès.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The apps and app whitelists this network&apos;s profile lists, with the protected data each one needs. They are approved for you the first time you use this network; remove any you don&apos;t want.</source>
        <translation>Les applications et listes blanches d’applications que liste le profil de ce réseau, avec les données protégées dont chacune a besoin. Elles sont approuvées pour vous la première fois que vous utilisez ce réseau ; retirez celles dont vous ne voulez pas.</translation>
    </message>
    <message>
        <source>Add by address…</source>
        <translation>Ajouter par adresse…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Only these apps and app whitelists can be granted access to your data. Who owns each one and its code are read from the chain, where it runs from its orders on the marketplace.</source>
        <translation>Seules ces applications et listes blanches d’applications peuvent recevoir l’accès à vos données. Le propriétaire de chacune et son code sont lus sur la chaîne, l’endroit où elle s’exécute dans ses ordres sur la place de marché.</translation>
    </message>
    <message>
        <source>Run on my data…</source>
        <translation>Lancer sur mes données…</translation>
    </message>
    <message>
        <source>A new computation: this app on one of your protected data.</source>
        <translation>Un nouveau calcul : cette application sur l’une de vos données protégées.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ComputationsPage</name>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Reading your computations from the %1 chain…</source>
        <translation>Lecture de vos calculs sur la chaîne %1…</translation>
    </message>
    <message>
        <source>Could not read your computations: %1</source>
        <translation>Impossible de lire vos calculs : %1</translation>
    </message>
    <message>
        <source>The chain could not be read: the statuses may be old. %1</source>
        <translation>La chaîne n’a pas pu être lue : les états affichés peuvent être anciens. %1</translation>
    </message>
    <message>
        <source>What ran on your data could not be brought up to date: %1</source>
        <translation>Ce qui a tourné sur vos données n’a pas pu être mis à jour : %1</translation>
    </message>
    <message>
        <source>Up to date with the chain (block %1).</source>
        <translation>À jour avec la chaîne (bloc %1).</translation>
    </message>
    <message>
        <source>Computation completed</source>
        <translation>Calcul terminé</translation>
    </message>
    <message>
        <source>%1 on “%2” completed: its result is ready on the Computations page.</source>
        <translation>%1 sur « %2 » est terminé : son résultat est prêt sur la page Calculs.</translation>
    </message>
    <message>
        <source>Computation failed</source>
        <translation>Calcul échoué</translation>
    </message>
    <message>
        <source>Your computations could not be read: see below.</source>
        <translation>Vos calculs n’ont pas pu être lus : voir ci-dessous.</translation>
    </message>
    <message>
        <source>Reading your computations…</source>
        <translation>Lecture de vos calculs…</translation>
    </message>
    <message>
        <source>You have not asked for any computation yet. Click “New computation…” to run an app on protected data you own or were granted; its status and result will show here.</source>
        <translation>Vous n’avez encore demandé aucun calcul. Cliquez sur « Nouveau calcul… » pour exécuter une application sur des données protégées qui sont à vous ou qui vous ont été accordées ; son état et son résultat s’afficheront ici.</translation>
    </message>
    <message>
        <source>No computation matches this filter.</source>
        <translation>Aucun calcul ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>What ran on your data could not be read: see below.</source>
        <translation>Ce qui a tourné sur vos données n’a pas pu être lu : voir ci-dessous.</translation>
    </message>
    <message>
        <source>Reading what ran on your data…</source>
        <translation>Lecture de ce qui a tourné sur vos données…</translation>
    </message>
    <message>
        <source>Nothing has run on your protected data yet. Grant an app access to your data on the Access page: each run will show here, with who asked for it and what it paid.</source>
        <translation>Rien n’a encore tourné sur vos données protégées. Accordez à une application l’accès à vos données sur la page Accès : chaque exécution s’affichera ici, avec qui l’a demandée et ce qu’elle a payé.</translation>
    </message>
    <message>
        <source>No run matches this filter.</source>
        <translation>Aucune exécution ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 on “%2”</source>
        <translation>%1 sur « %2 »</translation>
    </message>
    <message>
        <source>the chain could not be read: %1</source>
        <translation>la chaîne n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Stopped at “%1”: %2</source>
        <translation>Arrêté à « %1 » : %2</translation>
    </message>
    <message>
        <source>Opening the result…</source>
        <translation>Ouverture du résultat…</translation>
    </message>
    <message>
        <source>The result could not be opened: %1</source>
        <translation>Le résultat n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>This result is encrypted for %1, an account this wallet does not hold: it cannot be decrypted here.</source>
        <translation>Ce résultat est chiffré pour %1, un compte que ce portefeuille ne détient pas : il ne peut pas être déchiffré ici.</translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation>Mot de passe du portefeuille</translation>
    </message>
    <message>
        <source>The result is encrypted for your account: type the wallet password to decrypt it.</source>
        <translation>Le résultat est chiffré pour votre compte : saisissez le mot de passe du portefeuille pour le déchiffrer.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Déchiffrer</translation>
    </message>
    <message>
        <source>Downloading and decrypting the result…</source>
        <translation>Téléchargement et déchiffrement du résultat…</translation>
    </message>
    <message>
        <source>Could not get the result: %1</source>
        <translation>Impossible d’obtenir le résultat : %1</translation>
    </message>
    <message>
        <source>The result is decrypted on this computer.</source>
        <translation>Le résultat est déchiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation>Rien ne peut être envoyé : %1</translation>
    </message>
    <message>
        <source>Claim a refund</source>
        <translation>Réclamer un remboursement</translation>
    </message>
    <message>
        <source>Claim the refund of this computation (%1)?</source>
        <translation>Réclamer le remboursement de ce calcul (%1) ?</translation>
    </message>
    <message>
        <source>Its final deadline has passed without a result. One transaction, with its network fee, gives the price back to the requester&apos;s iExec account.</source>
        <translation>Son échéance finale est passée sans résultat. Une transaction, avec ses frais de réseau, rend le prix au compte iExec du demandeur.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Réclamer</translation>
    </message>
    <message>
        <source>to claim the refund</source>
        <translation>pour réclamer le remboursement</translation>
    </message>
    <message>
        <source>Claiming… Keep Strongroom open until it is mined.</source>
        <translation>Réclamation… Gardez Strongroom ouvert jusqu’à ce qu’elle soit minée.</translation>
    </message>
    <message>
        <source>The claim failed: %1</source>
        <translation>La réclamation a échoué : %1</translation>
    </message>
    <message>
        <source>Claimed: the price is back in the requester&apos;s iExec account.</source>
        <translation>Réclamé : le prix est revenu sur le compte iExec du demandeur.</translation>
    </message>
    <message>
        <source>to carry on the computation</source>
        <translation>pour poursuivre le calcul</translation>
    </message>
    <message>
        <source>Carrying on the request…</source>
        <translation>Poursuite de la demande…</translation>
    </message>
    <message>
        <source>The request stopped again: %1 It is kept: resume it later.</source>
        <translation>La demande s’est de nouveau arrêtée : %1 Elle est conservée : reprenez-la plus tard.</translation>
    </message>
    <message>
        <source>Requested: the task is on its way.</source>
        <translation>Demandé : la tâche est en route.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Give up this computation? Nothing was sent to the chain: nothing is paid.</source>
        <translation>Abandonner ce calcul ? Rien n’a été envoyé à la chaîne : rien n’est payé.</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Impossible d’annuler : %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was paid.</source>
        <translation>Annulé : rien n’a été payé.</translation>
    </message>
    <message>
        <source>Computations</source>
        <translation>Calculs</translation>
    </message>
    <message>
        <source>What you asked to run, and what ran on your data.</source>
        <translation>Ce que vous avez demandé d’exécuter, et ce qui a tourné sur vos données.</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Pas encore de portefeuille</translation>
    </message>
    <message>
        <source>Computations are requested and paid by an account. Create or import a wallet on the Wallet page to run apps on protected data and read their results.</source>
        <translation>Les calculs sont demandés et payés par un compte. Créez ou importez un portefeuille sur la page Portefeuille pour exécuter des applications sur des données protégées et lire leurs résultats.</translation>
    </message>
    <message>
        <source>Requested by me</source>
        <translation>Demandés par moi</translation>
    </message>
    <message>
        <source>On my data</source>
        <translation>Sur mes données</translation>
    </message>
    <message>
        <source>Filter: name, address, task, status…</source>
        <translation>Filtre : nom, adresse, tâche, état…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>New computation…</source>
        <translation>Nouveau calcul…</translation>
    </message>
    <message>
        <source>Select a computation you requested to see its details.</source>
        <translation>Sélectionnez un calcul que vous avez demandé pour voir ses détails.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Final deadline</source>
        <translation>Échéance finale</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Get result</source>
        <translation>Obtenir le résultat</translation>
    </message>
    <message>
        <source>Download the result, check it and decrypt it on this computer</source>
        <translation>Télécharger le résultat, le vérifier et le déchiffrer sur cet ordinateur</translation>
    </message>
    <message>
        <source>Claim refund…</source>
        <translation>Réclamer le remboursement…</translation>
    </message>
    <message>
        <source>The task ended without a result: get its price back</source>
        <translation>La tâche s’est terminée sans résultat : récupérez son prix</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Carry on the request from the step where it stopped</source>
        <translation>Poursuivre la demande depuis l’étape où elle s’est arrêtée</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Give up a request that has sent nothing to the chain</source>
        <translation>Abandonner une demande qui n’a rien envoyé à la chaîne</translation>
    </message>
    <message>
        <source>%1 on “%2” ended without a result: claim its refund on the Computations page.</source>
        <translation>%1 sur « %2 » s’est terminé sans résultat : réclamez son remboursement sur la page Calculs.</translation>
    </message>
    <message>
        <source>%1 on “%2” failed: its price is back in your iExec account.</source>
        <translation>%1 sur « %2 » a échoué : son prix est revenu sur votre compte iExec.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ConfirmPage</name>
    <message>
        <source>Check your copy</source>
        <translation>Vérifiez votre copie</translation>
    </message>
    <message>
        <source>Type these three words from your paper copy, to be sure it is right.</source>
        <translation>Tapez ces trois mots depuis votre copie papier, pour vous assurer qu’elle est juste.</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Mot %1</translation>
    </message>
    <message numerus="yes">
        <source>Word %1 does not match your phrase. Check your paper copy, or go back to see the words again.</source>
        <translation>
            <numerusform>Le mot %1 ne correspond pas à votre phrase. Vérifiez votre copie papier, ou revenez en arrière pour revoir les mots.</numerusform>
            <numerusform>Les mots %1 ne correspondent pas à votre phrase. Vérifiez votre copie papier, ou revenez en arrière pour revoir les mots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sr::ui::DataTimelineView</name>
    <message>
        <source>Reading its history from the network…</source>
        <translation>Lecture de son historique sur le réseau…</translation>
    </message>
    <message>
        <source>Its history could not be read: %1</source>
        <translation>Son historique n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation>Créée par %1</translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation>Reçue de %1</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>Transférée à %1</translation>
    </message>
    <message>
        <source>Granted (the marketplace no longer has its terms)</source>
        <translation>Accès autorisé (la place de marché n’en a plus les conditions)</translation>
    </message>
    <message numerus="yes">
        <source>Granted to %1 for %2, %3 per run, up to %n run(s)</source>
        <translation>
            <numerusform>Accès autorisé à %1 pour %2, %3 par exécution, %n exécution au plus</numerusform>
            <numerusform>Accès autorisé à %1 pour %2, %3 par exécution, %n exécutions au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked a grant</source>
        <translation>Une autorisation révoquée</translation>
    </message>
    <message>
        <source>Revoked the grant to %1 for %2</source>
        <translation>Autorisation de %1 pour %2 révoquée</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Run by %1 with %2</source>
        <translation>Exécutée par %1 avec %2</translation>
    </message>
    <message numerus="yes">
        <source>%n runs by %1 with %2</source>
        <translation>
            <numerusform>%n exécution par %1 avec %2</numerusform>
            <numerusform>%n exécutions par %1 avec %2</numerusform>
        </translation>
    </message>
    <message>
        <source>under way, free</source>
        <translation>en cours, gratuite</translation>
    </message>
    <message>
        <source>under way: %1 when it completes</source>
        <translation>en cours : %1 une fois terminée</translation>
    </message>
    <message>
        <source>failed: nothing earned</source>
        <translation>échouée : rien de gagné</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuite</translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation>%1 gagnés</translation>
    </message>
    <message>
        <source>%1 (paid to %2)</source>
        <translation>%1 (payés à %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing on the network yet.</source>
        <translation>Rien sur le réseau pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>The %n most recent events (of %1):</source>
        <translation>
            <numerusform>Le %n évènement le plus récent (sur %1) :</numerusform>
            <numerusform>Les %n évènements les plus récents (sur %1) :</numerusform>
        </translation>
    </message>
    <message>
        <source>The marketplace could not be read: grants may be missing.</source>
        <translation>La place de marché n’a pas pu être lue : des autorisations peuvent manquer.</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Heure inconnue</translation>
    </message>
    <message>
        <source>Block %1, transaction %2</source>
        <translation>Bloc %1, transaction %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>sr::ui::DropZone</name>
    <message>
        <source>Drop files or folders here to protect them</source>
        <translation>Déposez ici des fichiers ou des dossiers pour les protéger</translation>
    </message>
    <message>
        <source>They are encrypted on this computer before anything leaves it. You review the name and what becomes public before anything is sent.</source>
        <translation>Ils sont chiffrés sur cet ordinateur avant que quoi que ce soit n’en sorte. Vous vérifiez le nom et ce qui devient public avant tout envoi.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Choose files to protect</source>
        <translation>Choisir les fichiers à protéger</translation>
    </message>
    <message>
        <source>Choose a folder to protect</source>
        <translation>Choisir un dossier à protéger</translation>
    </message>
</context>
<context>
    <name>sr::ui::EarningsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>%1 (as data owner)</source>
        <translation>%1 (en tant que propriétaire des données)</translation>
    </message>
    <message>
        <source>%1 (as app owner)</source>
        <translation>%1 (en tant que propriétaire de l’app)</translation>
    </message>
</context>
<context>
    <name>sr::ui::EarningsPage</name>
    <message>
        <source>Export earnings</source>
        <translation>Exporter les gains</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading your earnings from the %1 chain…</source>
        <translation>Lecture de vos gains sur la chaîne %1…</translation>
    </message>
    <message>
        <source>Could not read your earnings from the chain: %1</source>
        <translation>Impossible de lire vos gains sur la chaîne : %1</translation>
    </message>
    <message>
        <source>Up to date with the chain (block %1).</source>
        <translation>À jour avec la chaîne (bloc %1).</translation>
    </message>
    <message>
        <source>Your iExec account holds %1: withdraw it to your wallet.</source>
        <translation>Votre compte iExec contient %1 : retirez-le vers votre portefeuille.</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les apps</translation>
    </message>
    <message>
        <source>Your earnings could not be read: see below.</source>
        <translation>Vos gains n’ont pas pu être lus : voir ci-dessous.</translation>
    </message>
    <message>
        <source>Reading your earnings…</source>
        <translation>Lecture de vos gains…</translation>
    </message>
    <message>
        <source>No earnings yet. When an app uses your protected data under a paid grant, the price of each run is credited to your iExec account when the run completes, and shows here. Grant access with a price on the Access page to start.</source>
        <translation>Pas encore de gains. Quand une app utilise vos données protégées avec une autorisation payante, le prix de chaque exécution est crédité sur votre compte iExec à la fin de l’exécution, et s’affiche ici. Donnez un accès avec un prix sur la page Accès pour commencer.</translation>
    </message>
    <message>
        <source>No reward matches these filters.</source>
        <translation>Aucune rémunération ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Earnings exported to %1.</source>
        <translation>Gains exportés vers %1.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1 : %2</translation>
    </message>
    <message>
        <source>New earnings</source>
        <translation>Nouveaux gains</translation>
    </message>
    <message numerus="yes">
        <source>Your data earned %1 in %n new reward(s).</source>
        <translation>
            <numerusform>Vos données ont gagné %1 en %n nouvelle rémunération.</numerusform>
            <numerusform>Vos données ont gagné %1 en %n nouvelles rémunérations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>What your data and apps earned, in RLC, read from the chain.</source>
        <translation>Ce que vos données et vos apps ont gagné, en RLC, lu sur la chaîne.</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Pas encore de portefeuille</translation>
    </message>
    <message>
        <source>Earnings are paid to the account that owns the data. Create or import a wallet on the Wallet page to see what your data earns.</source>
        <translation>Les gains sont versés au compte qui possède les données. Créez ou importez un portefeuille sur la page Portefeuille pour voir ce que vos données rapportent.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Rémunérations</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Withdraw to wallet…</source>
        <translation>Retirer vers le portefeuille…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Filter: address, task, date…</source>
        <translation>Filtrer : adresse, tâche, date…</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Per data</source>
        <translation>Par donnée</translation>
    </message>
    <message>
        <source>Per app</source>
        <translation>Par app</translation>
    </message>
    <message>
        <source>Only the rewards of this data</source>
        <translation>Seulement les rémunérations de cette donnée</translation>
    </message>
    <message>
        <source>Only the rewards from this app</source>
        <translation>Seulement les rémunérations de cette app</translation>
    </message>
    <message>
        <source>As data owner: %1 · as app owner: %2.</source>
        <translation>Propriétaire des données : %1 · propriétaire d’app : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Pending: %1 as data owner and %2 as app owner, from %n run(s) under way, paid when they complete.</source>
        <translation>
            <numerusform>En attente : %1 comme propriétaire des données et %2 comme propriétaire d’app, de %n exécution en cours, payée à la fin.</numerusform>
            <numerusform>En attente : %1 comme propriétaire des données et %2 comme propriétaire d’app, de %n exécutions en cours, payées à la fin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sr::ui::FinishPage</name>
    <message>
        <source>Setting up your wallet</source>
        <translation>Préparation de votre portefeuille</translation>
    </message>
    <message>
        <source>Encrypting your keys with your password. This takes a few seconds…</source>
        <translation>Chiffrement de vos clés avec votre mot de passe. Cela prend quelques secondes…</translation>
    </message>
    <message>
        <source>The wallet could not be set up: %1

Go back to correct it.</source>
        <translation>Le portefeuille n’a pas pu être préparé : %1

Revenez en arrière pour corriger.</translation>
    </message>
    <message>
        <source>Your wallet is ready</source>
        <translation>Votre portefeuille est prêt</translation>
    </message>
    <message>
        <source>Account %1 is ready and unlocked.</source>
        <translation>Le compte %1 est prêt et déverrouillé.</translation>
    </message>
    <message>
        <source>%1 is watched: browse it from the Wallet page.</source>
        <translation>%1 est suivie : consultez-la depuis la page Portefeuille.</translation>
    </message>
    <message>
        <source>Your keys are being stored: please wait a few seconds. You can close this window once your wallet is ready.</source>
        <translation>Vos clés sont en cours d’enregistrement : patientez quelques secondes. Vous pourrez fermer cette fenêtre une fois votre portefeuille prêt.</translation>
    </message>
</context>
<context>
    <name>sr::ui::GrantDialog</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Autoriser l’accès</translation>
    </message>
    <message>
        <source>Choose which app may compute on which data, for whom, at what price and how many times. Nothing is signed before you review it.</source>
        <translation>Choisissez quelle application peut calculer sur quelles données, pour qui, à quel prix et combien de fois. Rien n’est signé avant que vous ne l’ayez vérifié.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Only this user:</source>
        <translation>Seulement cet utilisateur :</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Price per access (RLC)</source>
        <translation>Prix par accès (RLC)</translation>
    </message>
    <message>
        <source>Number of accesses</source>
        <translation>Nombre d’accès</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation>Signer et publier</translation>
    </message>
    <message>
        <source>Anyone may run %1 on %2 once for 0 RLC</source>
        <translation>Tout le monde peut exécuter %1 sur %2 une fois pour 0 RLC</translation>
    </message>
    <message>
        <source>Anyone may run %1 on %2 once for %3 RLC per access</source>
        <translation>Tout le monde peut exécuter %1 sur %2 une fois pour %3 RLC par accès</translation>
    </message>
    <message>
        <source>Anyone may run %1 on %2 up to %3 times for 0 RLC</source>
        <translation>Tout le monde peut exécuter %1 sur %2 jusqu’à %3 fois pour 0 RLC</translation>
    </message>
    <message>
        <source>Anyone may run %1 on %2 up to %3 times for %4 RLC per access</source>
        <translation>Tout le monde peut exécuter %1 sur %2 jusqu’à %3 fois pour %4 RLC par accès</translation>
    </message>
    <message>
        <source>User %1 may run %2 on %3 once for 0 RLC</source>
        <translation>L’utilisateur %1 peut exécuter %2 sur %3 une fois pour 0 RLC</translation>
    </message>
    <message>
        <source>User %1 may run %2 on %3 once for %4 RLC per access</source>
        <translation>L’utilisateur %1 peut exécuter %2 sur %3 une fois pour %4 RLC par accès</translation>
    </message>
    <message>
        <source>User %1 may run %2 on %3 up to %4 times for 0 RLC</source>
        <translation>L’utilisateur %1 peut exécuter %2 sur %3 jusqu’à %4 fois pour 0 RLC</translation>
    </message>
    <message>
        <source>User %1 may run %2 on %3 up to %4 times for %5 RLC per access</source>
        <translation>L’utilisateur %1 peut exécuter %2 sur %3 jusqu’à %4 fois pour %5 RLC par accès</translation>
    </message>
    <message>
        <source>Create or import a wallet first.</source>
        <translation>Créez ou importez d’abord un portefeuille.</translation>
    </message>
    <message>
        <source>Loading your data and approved apps…</source>
        <translation>Chargement de vos données et applications approuvées…</translation>
    </message>
    <message>
        <source>%1 (app whitelist)</source>
        <translation>%1 (liste blanche d’applications)</translation>
    </message>
    <message>
        <source>This account has no protected data to share.</source>
        <translation>Ce compte n’a aucune donnée protégée à partager.</translation>
    </message>
    <message>
        <source>Approve an app on the Apps page first: only approved apps can be granted access.</source>
        <translation>Approuvez d’abord une application sur la page Applications : seules les applications approuvées peuvent recevoir l’accès.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s address, or choose Anyone.</source>
        <translation>Saisissez l’adresse de l’utilisateur, ou choisissez Tout le monde.</translation>
    </message>
    <message>
        <source>The user&apos;s address is not valid: %1</source>
        <translation>L’adresse de l’utilisateur n’est pas valide : %1</translation>
    </message>
    <message>
        <source>The zero address is nobody&apos;s: choose Anyone to let anyone use the data.</source>
        <translation>L’adresse zéro n’appartient à personne : choisissez Tout le monde pour que n’importe qui puisse utiliser les données.</translation>
    </message>
    <message>
        <source>The price must be an amount of RLC, 0 or more, like 0 or 1.5 (at most 9 decimals).</source>
        <translation>Le prix doit être un montant en RLC, de 0 ou plus, comme 0 ou 1,5 (9 décimales au plus).</translation>
    </message>
    <message>
        <source>The number of accesses must be a whole number, 1 or more.</source>
        <translation>Le nombre d’accès doit être un nombre entier, de 1 ou plus.</translation>
    </message>
    <message>
        <source>The number of accesses must be at least 1.</source>
        <translation>Le nombre d’accès doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>The number of accesses can&apos;t be more than %1.</source>
        <translation>Le nombre d’accès ne peut pas dépasser %1.</translation>
    </message>
    <message>
        <source>“%1” does not have what %2 needs (%3): the app will likely fail on it.</source>
        <translation>« %1 » n’a pas ce dont %2 a besoin (%3) : l’application échouera probablement dessus.</translation>
    </message>
    <message>
        <source>Checking the app, the data and your live grants…</source>
        <translation>Vérification de l’application, des données et de vos autorisations en cours…</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>The data lacks fields the app needs: %1.</source>
        <translation>Il manque aux données des champs dont l’application a besoin : %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your wallet signs this order; it is then published on the %1 marketplace. You can revoke it at any time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Votre portefeuille signe cet ordre ; il est ensuite publié sur la place de marché %1. Vous pouvez le révoquer à tout moment.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>to sign this grant</source>
        <translation>pour signer cette autorisation</translation>
    </message>
    <message>
        <source>Signing and publishing…</source>
        <translation>Signature et publication…</translation>
    </message>
    <message>
        <source>Nothing was granted: %1</source>
        <translation>Aucune autorisation accordée : %1</translation>
    </message>
    <message>
        <source>Access granted. %1

Order %2 is on the marketplace.</source>
        <translation>Accès accordé. %1

L’ordre %2 est sur la place de marché.</translation>
    </message>
    <message>
        <source>on any worker, not a confidential computer</source>
        <translation>sur n’importe quelle machine, pas un ordinateur confidentiel</translation>
    </message>
    <message>
        <source>only in a confidential computer</source>
        <translation>uniquement sur un ordinateur confidentiel</translation>
    </message>
    <message>
        <source>only in a confidential computer (%1)</source>
        <translation>uniquement sur un ordinateur confidentiel (%1)</translation>
    </message>
    <message>
        <source>The price per access can&apos;t be more than %1 RLC.</source>
        <translation>Le prix par accès ne peut pas dépasser %1 RLC.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data: %1 (%2)&lt;br&gt;App: %3 (%4)&lt;br&gt;User: %5&lt;br&gt;Price per access: %6 RLC (%7 nRLC)&lt;br&gt;Accesses: %8&lt;br&gt;Where the app may run: %9&lt;/p&gt;</source>
        <translation>&lt;p&gt;Données : %1 (%2)&lt;br&gt;Application : %3 (%4)&lt;br&gt;Utilisateur : %5&lt;br&gt;Prix par accès : %6 RLC (%7 nRLC)&lt;br&gt;Accès : %8&lt;br&gt;Où l’application peut s’exécuter : %9&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A confidential computer is a trusted execution environment (TEE): your data is decrypted only inside it, where neither the worker&apos;s owner nor iExec can read it.
Technical details: the order&apos;s tag is %1 (%2).</source>
        <translation>Un ordinateur confidentiel est un environnement d’exécution de confiance (TEE) : vos données ne sont déchiffrées qu’à l’intérieur, où ni le propriétaire de la machine ni iExec ne peuvent les lire.
Détails techniques : l’étiquette de l’ordre est %1 (%2).</translation>
    </message>
</context>
<context>
    <name>sr::ui::GrantsModel</name>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>%1 RLC</source>
        <translation>%1 RLC</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Anyone may use it</source>
        <translation>Tout le monde peut l’utiliser</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Price per access</source>
        <translation>Prix par accès</translation>
    </message>
    <message>
        <source>Accesses left</source>
        <translation>Accès restants</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
</context>
<context>
    <name>sr::ui::ImportKeyPage</name>
    <message>
        <source>Import a private key</source>
        <translation>Importer une clé privée</translation>
    </message>
    <message>
        <source>Paste the account&apos;s private key: 64 hexadecimal digits, with or without 0x.</source>
        <translation>Collez la clé privée du compte : 64 chiffres hexadécimaux, avec ou sans 0x.</translation>
    </message>
    <message>
        <source>This key opens the account %1.</source>
        <translation>Cette clé ouvre le compte %1.</translation>
    </message>
    <message>
        <source>This is not a private key: it must be 64 hexadecimal digits (0-9, a-f) and a valid secp256k1 key.</source>
        <translation>Ce n’est pas une clé privée : il faut 64 chiffres hexadécimaux (0-9, a-f) formant une clé secp256k1 valide.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ImportKeystorePage</name>
    <message>
        <source>Import a keystore file</source>
        <translation>Importer un fichier keystore</translation>
    </message>
    <message>
        <source>Drop the JSON keystore file here, or choose it, then type the password it was saved with.</source>
        <translation>Déposez ici le fichier keystore JSON, ou choisissez-le, puis tapez le mot de passe avec lequel il a été enregistré.</translation>
    </message>
    <message>
        <source>Drop a keystore file here</source>
        <translation>Déposez un fichier keystore ici</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>File password</source>
        <translation>Mot de passe du fichier</translation>
    </message>
    <message>
        <source>Choose a keystore file</source>
        <translation>Choisir un fichier keystore</translation>
    </message>
    <message>
        <source>Keystore files (*.json UTC--*);;All files (*)</source>
        <translation>Fichiers keystore (*.json UTC--*);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a keystore file.</source>
        <translation>%1 est trop gros pour être un fichier keystore.</translation>
    </message>
    <message>
        <source>%1
Account %2</source>
        <translation>%1
Compte %2</translation>
    </message>
    <message>
        <source>%1 is not a keystore file Strongroom can read: %2</source>
        <translation>%1 n’est pas un fichier keystore que Strongroom sait lire : %2</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Vérification du mot de passe…</translation>
    </message>
    <message>
        <source>This password does not open the file (or the file is damaged).</source>
        <translation>Ce mot de passe n’ouvre pas le fichier (ou le fichier est endommagé).</translation>
    </message>
</context>
<context>
    <name>sr::ui::ImportPhrasePage</name>
    <message>
        <source>Import a recovery phrase</source>
        <translation>Importer une phrase de récupération</translation>
    </message>
    <message>
        <source>Type the words of your phrase in order, separated by spaces. Suggestions appear as you type.</source>
        <translation>Tapez les mots de votre phrase dans l’ordre, séparés par des espaces. Des suggestions apparaissent pendant la saisie.</translation>
    </message>
    <message>
        <source>word1 word2 word3 ...</source>
        <translation>mot1 mot2 mot3 ...</translation>
    </message>
    <message>
        <source>0 is the first account of the phrase (m/44&apos;/60&apos;/0&apos;/0/0), as in MetaMask.</source>
        <translation>0 est le premier compte de la phrase (m/44&apos;/60&apos;/0&apos;/0/0), comme dans MetaMask.</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message numerus="yes">
        <source>A valid phrase of %n words.</source>
        <translation>
            <numerusform>Une phrase valide de %n mot.</numerusform>
            <numerusform>Une phrase valide de %n mots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) so far: a phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>%n mot pour l’instant : une phrase en compte 12, 15, 18, 21 ou 24.</numerusform>
            <numerusform>%n mots pour l’instant : une phrase en compte 12, 15, 18, 21 ou 24.</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 is not a recovery phrase word: check its spelling.</source>
        <translation>Le mot %1 n’est pas un mot de phrase de récupération : vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>Every word is known, but they do not form a valid phrase (the checksum does not match): a word is wrong or out of order.</source>
        <translation>Tous les mots sont connus, mais ils ne forment pas une phrase valide (la somme de contrôle ne correspond pas) : un mot est faux ou mal placé.</translation>
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
    <message>
        <source>“%1” is not a field with its type, like “email: string”.</source>
        <translation>« %1 » n’est pas un champ avec son type, comme « email: string ».</translation>
    </message>
    <message>
        <source>“%1” is not a valid field name: use letters, digits, - and _, with dots between nested fields.</source>
        <translation>« %1 » n’est pas un nom de champ valide : utilisez des lettres, des chiffres, - et _, avec des points entre les champs imbriqués.</translation>
    </message>
    <message>
        <source>The field “%1” is given twice.</source>
        <translation>Le champ « %1 » est indiqué deux fois.</translation>
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
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Computations</source>
        <translation>Calculs</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Pas encore de portefeuille</translation>
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
    <message>
        <source>Make a new wallet with its recovery phrase</source>
        <translation>Créer un nouveau portefeuille avec sa phrase de récupération</translation>
    </message>
    <message>
        <source>Bring a wallet you have: recovery phrase, private key or keystore file</source>
        <translation>Apporter un portefeuille existant : phrase de récupération, clé privée ou fichier keystore</translation>
    </message>
    <message>
        <source>The account in use. Choose another to switch.</source>
        <translation>Le compte utilisé. Choisissez-en un autre pour changer.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the wallet now: the password is asked before the next signature.</source>
        <translation>Verrouiller le portefeuille maintenant : le mot de passe sera demandé avant la prochaine signature.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) pending</source>
        <translation>
            <numerusform>%n transaction en attente</numerusform>
            <numerusform>%n transactions en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Strongroom</source>
        <translation>Quitter Strongroom</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>%1  (from a file)</source>
        <translation>%1  (depuis un fichier)</translation>
    </message>
    <message>
        <source>Open a network profile…</source>
        <translation>Ouvrir un profil de réseau…</translation>
    </message>
    <message>
        <source>Open a network profile</source>
        <translation>Ouvrir un profil de réseau</translation>
    </message>
    <message>
        <source>Network profiles (*.json);;All files (*)</source>
        <translation>Profils de réseau (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not a network profile</source>
        <translation>Ce n’est pas un profil de réseau</translation>
    </message>
    <message>
        <source>Strongroom cannot use %1: %2

The network is unchanged.</source>
        <translation>Strongroom ne peut pas utiliser %1 : %2

Le réseau ne change pas.</translation>
    </message>
    <message>
        <source>Watch only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Déverrouiller…</translation>
    </message>
    <message>
        <source>A watch-only account has no key: nothing to unlock, nothing is signed.</source>
        <translation>Un compte en lecture seule n’a pas de clé : rien à déverrouiller, rien n’est signé.</translation>
    </message>
    <message>
        <source>The wallet is locked. Click to type its password and unlock it; it is asked anyway before anything is signed.</source>
        <translation>Le portefeuille est verrouillé. Cliquez pour taper son mot de passe et le déverrouiller ; il est de toute façon demandé avant toute signature.</translation>
    </message>
</context>
<context>
    <name>sr::ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Where this wallet works. You can switch at any time from the header.</source>
        <translation>Là où ce portefeuille travaille. Vous pouvez en changer à tout moment depuis l’en-tête.</translation>
    </message>
    <message>
        <source>On this computer only. Test funds from the faucet: nothing is real.</source>
        <translation>Sur cet ordinateur seulement. Fonds de test du robinet : rien n’est réel.</translation>
    </message>
    <message>
        <source>Testnet: free test tokens with no value, for trying things out.</source>
        <translation>Réseau de test : jetons de test gratuits et sans valeur, pour essayer.</translation>
    </message>
    <message>
        <source>Mainnet: real ETH and RLC. Every transaction costs real money.</source>
        <translation>Réseau principal : de vrais ETH et RLC. Chaque transaction coûte de l’argent réel.</translation>
    </message>
    <message>
        <source>%1 (from a file)</source>
        <translation>%1 (depuis un fichier)</translation>
    </message>
    <message>
        <source>Local sandbox (start it now)</source>
        <translation>Bac à sable local (le démarrer maintenant)</translation>
    </message>
    <message>
        <source>A complete iExec network on this computer only, to try Strongroom without money: a local chain with its contracts, storage for your files, the secret and market services, and a faucet for test ETH and RLC. Nothing is real and it works offline. Strongroom starts it now and stops it when you quit.</source>
        <translation>Un réseau iExec complet, sur cet ordinateur seulement, pour essayer Strongroom sans argent : une chaîne locale avec ses contrats, un stockage pour vos fichiers, les services de secrets et de marché, et un robinet d’ETH et de RLC de test. Rien n’est réel et tout fonctionne hors ligne. Strongroom le démarre maintenant et l’arrête quand vous quittez.</translation>
    </message>
    <message>
        <source>Starting the local sandbox… The first start sets up its contracts and takes a few seconds.</source>
        <translation>Démarrage du bac à sable local… Le premier démarrage installe ses contrats et prend quelques secondes.</translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1

Try again, or choose another network.</source>
        <translation>Le bac à sable local n’a pas pu démarrer : %1

Réessayez, ou choisissez un autre réseau.</translation>
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
    <name>sr::ui::NewComputationDialog</name>
    <message>
        <source>New computation</source>
        <translation>Nouveau calcul</translation>
    </message>
    <message>
        <source>One of your data, or the address of one granted to you</source>
        <translation>L’une de vos données, ou l’adresse d’une donnée qui vous est accordée</translation>
    </message>
    <message>
        <source>Protected data</source>
        <translation>Données protégées</translation>
    </message>
    <message>
        <source>An approved app, or an app&apos;s address</source>
        <translation>Une application approuvée, ou l’adresse d’une application</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>The app&apos;s command line, if it takes one</source>
        <translation>La ligne de commande de l’application, si elle en prend une</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>https://… one address per line</source>
        <translation>https://… une adresse par ligne</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>Fichiers d’entrée</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Files whose content only the app can read (requester secrets 1, 2, …), sent to iExec&apos;s Secret Management Service.</source>
        <translation>Des fichiers dont seule l’application peut lire le contenu (secrets du demandeur 1, 2, …), envoyés au Secret Management Service d’iExec.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>No maximum: the price is shown before you run</source>
        <translation>Sans maximum : le prix est affiché avant l’exécution</translation>
    </message>
    <message>
        <source>Maximum price (RLC)</source>
        <translation>Prix maximum (RLC)</translation>
    </message>
    <message>
        <source>Any: the cheapest that offers to run it</source>
        <translation>N’importe lequel : le moins cher qui propose de l’exécuter</translation>
    </message>
    <message>
        <source>Workerpool</source>
        <translation>Workerpool</translation>
    </message>
    <message>
        <source>Encrypt the result for this account</source>
        <translation>Chiffrer le résultat pour ce compte</translation>
    </message>
    <message>
        <source>The result will not be encrypted: anyone who reads the chain can download it.</source>
        <translation>Le résultat ne sera pas chiffré : toute personne qui lit la chaîne pourra le télécharger.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Check price</source>
        <translation>Vérifier le prix</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Create or import a wallet first: a computation is paid by an account.</source>
        <translation>Créez ou importez d’abord un portefeuille : un calcul est payé par un compte.</translation>
    </message>
    <message>
        <source>Reading your data and approved apps…</source>
        <translation>Lecture de vos données et de vos applications approuvées…</translation>
    </message>
    <message>
        <source>Could not read your data and approved apps: %1</source>
        <translation>Impossible de lire vos données et vos applications approuvées : %1</translation>
    </message>
    <message>
        <source>The protected data is not an address (0x and 40 hexadecimal digits).</source>
        <translation>La donnée protégée n’est pas une adresse (0x et 40 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The app is not an address (0x and 40 hexadecimal digits).</source>
        <translation>L’application n’est pas une adresse (0x et 40 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>“%1” is not the address of a file on the web (https://…).</source>
        <translation>« %1 » n’est pas l’adresse d’un fichier sur le web (https://…).</translation>
    </message>
    <message>
        <source>The maximum price is an amount of RLC, like 0.5 (at most 9 decimals).</source>
        <translation>Le prix maximum est un montant en RLC, comme 0,5 (9 décimales au plus).</translation>
    </message>
    <message>
        <source>The workerpool is not an address (0x and 40 hexadecimal digits).</source>
        <translation>Le workerpool n’est pas une adresse (0x et 40 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Choose the protected data and the app first.</source>
        <translation>Choisissez d’abord la donnée protégée et l’application.</translation>
    </message>
    <message>
        <source>No network is active.</source>
        <translation>Aucun réseau n’est actif.</translation>
    </message>
    <message>
        <source>Reading the market for the orders and the price…</source>
        <translation>Lecture du marché pour les ordres et le prix…</translation>
    </message>
    <message>
        <source>Run %1 on %2 by the iExec workerpool for %3</source>
        <translation>Exécuter %1 sur %2 par le workerpool d’iExec pour %3</translation>
    </message>
    <message>
        <source>Run %1 on %2 by workerpool %3 for %4</source>
        <translation>Exécuter %1 sur %2 par le workerpool %3 pour %4</translation>
    </message>
    <message>
        <source>Cost: app %1 + data %2 + workerpool %3, paid from your iExec account.</source>
        <translation>Coût : application %1 + donnée %2 + workerpool %3, payé depuis votre compte iExec.</translation>
    </message>
    <message>
        <source>Your iExec account holds %1: enough for this run.</source>
        <translation>Votre compte iExec contient %1 : assez pour cette exécution.</translation>
    </message>
    <message>
        <source>Your iExec account holds %1: %2 more is needed for this run.</source>
        <translation>Votre compte iExec contient %1 : il manque %2 pour cette exécution.</translation>
    </message>
    <message>
        <source>Your wallet holds %1, not enough to deposit it: get RLC first.</source>
        <translation>Votre portefeuille contient %1, pas assez pour le déposer : procurez-vous d’abord des RLC.</translation>
    </message>
    <message>
        <source>Deposit %1…</source>
        <translation>Déposer %1…</translation>
    </message>
    <message>
        <source>This computation can&apos;t run as asked. %1</source>
        <translation>Ce calcul ne peut pas s’exécuter ainsi. %1</translation>
    </message>
    <message>
        <source>Choose the secret&apos;s file</source>
        <translation>Choisir le fichier du secret</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Run for %1</source>
        <translation>Exécuter pour %1</translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation>Mot de passe du portefeuille</translation>
    </message>
    <message>
        <source>Type your wallet password to sign the request. It is paid from your iExec account once the deal is made.</source>
        <translation>Saisissez le mot de passe de votre portefeuille pour signer la demande. Elle est payée depuis votre compte iExec une fois l’accord conclu.</translation>
    </message>
    <message>
        <source>Sign and run</source>
        <translation>Signer et exécuter</translation>
    </message>
    <message>
        <source>The transaction journal of this network cannot be opened, so nothing can be requested on it.</source>
        <translation>Le journal des transactions de ce réseau ne peut pas être ouvert : rien ne peut y être demandé.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>You can close this window: the request goes on, and the Computations page follows it.</source>
        <translation>Vous pouvez fermer cette fenêtre : la demande continue, et la page Calculs la suit.</translation>
    </message>
    <message>
        <source>Requested: task %1. Follow it and read its result on the Computations page.</source>
        <translation>Demandé : tâche %1. Suivez-la et lisez son résultat sur la page Calculs.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent to the chain and nothing was paid.</source>
        <translation>Annulé : rien n’a été envoyé à la chaîne et rien n’a été payé.</translation>
    </message>
    <message>
        <source>Stopped at “%1”: %2
The request is kept: Retry carries on from there, and the Computations page can resume it later.</source>
        <translation>Arrêté à « %1 » : %2
La demande est conservée : Réessayer reprend à cet endroit, et la page Calculs peut la reprendre plus tard.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Choosing the orders and checking the price</source>
        <translation>Choix des ordres et vérification du prix</translation>
    </message>
    <message>
        <source>Giving the Secret Management Service your result key</source>
        <translation>Remise de votre clé de résultat au Secret Management Service</translation>
    </message>
    <message>
        <source>Sending your secrets to the Secret Management Service</source>
        <translation>Envoi de vos secrets au Secret Management Service</translation>
    </message>
    <message>
        <source>Signing the request</source>
        <translation>Signature de la demande</translation>
    </message>
    <message>
        <source>Sending the request to the network</source>
        <translation>Envoi de la demande au réseau</translation>
    </message>
    <message>
        <source>Waiting for the deal to be confirmed</source>
        <translation>Attente de la confirmation de l’accord</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
</context>
<context>
    <name>sr::ui::OnMyDataModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 RLC for the data, per run</source>
        <translation>%1 RLC pour les données, par exécution</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Accord %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::OnboardingWizard</name>
    <message>
        <source>Set up your wallet</source>
        <translation>Préparer votre portefeuille</translation>
    </message>
</context>
<context>
    <name>sr::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
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
    <message>
        <source>Unnamed account</source>
        <translation>Compte sans nom</translation>
    </message>
    <message>
        <source>Watch only: no key, nothing is signed</source>
        <translation>Lecture seule : pas de clé, rien n’est signé</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Locked: the password is asked before anything is signed</source>
        <translation>Verrouillé : le mot de passe est demandé avant toute signature</translation>
    </message>
    <message numerus="yes">
        <source>%1 · on %2 · %n account(s) in this wallet</source>
        <translation>
            <numerusform>%1 · sur %2 · %n compte dans ce portefeuille</numerusform>
            <numerusform>%1 · sur %2 · %n comptes dans ce portefeuille</numerusform>
        </translation>
    </message>
    <message>
        <source>Balances: reading…</source>
        <translation>Soldes : lecture…</translation>
    </message>
    <message>
        <source>%1 and %2 in the wallet · %3 in your iExec account</source>
        <translation>%1 et %2 dans le portefeuille · %3 sur votre compte iExec</translation>
    </message>
    <message>
        <source>No wallet yet. A wallet holds the key that signs everything you do on the network: protecting data, granting access, paying for computations. Create one, or import yours, with the buttons at the top of the window.</source>
        <translation>Pas encore de portefeuille. Un portefeuille détient la clé qui signe tout ce que vous faites sur le réseau : protéger des données, accorder des accès, payer des calculs. Créez-en un, ou importez le vôtre, avec les boutons en haut de la fenêtre.</translation>
    </message>
    <message>
        <source>Reading your account on %1…</source>
        <translation>Lecture de votre compte sur %1…</translation>
    </message>
    <message>
        <source>Could not read your account: %1</source>
        <translation>Impossible de lire votre compte : %1</translation>
    </message>
    <message>
        <source>Reading your computations and earnings from the chain…</source>
        <translation>Lecture de vos calculs et de vos gains depuis la chaîne…</translation>
    </message>
    <message>
        <source>Could not read your computations and earnings: %1</source>
        <translation>Impossible de lire vos calculs et vos gains : %1</translation>
    </message>
    <message>
        <source>Up to date with the chain (block %1).</source>
        <translation>À jour avec la chaîne (bloc %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n protect(s) did not finish: resume or cancel on the Protected data page.</source>
        <translation>
            <numerusform>%n protection n’a pas abouti : reprenez-la ou annulez-la sur la page Données protégées.</numerusform>
            <numerusform>%n protections n’ont pas abouti : reprenez-les ou annulez-les sur la page Données protégées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough ETH for network fees: a transaction costs about %1 on this network, the wallet holds %2.</source>
        <translation>Pas assez d’ETH pour les frais de réseau : une transaction coûte environ %1 sur ce réseau, le portefeuille détient %2.</translation>
    </message>
    <message>
        <source>Your iExec account holds %1, earnings included: withdraw it to your wallet.</source>
        <translation>Votre compte iExec détient %1, gains compris : retirez-les vers votre portefeuille.</translation>
    </message>
    <message numerus="yes">
        <source>%n computation(s) passed the final deadline without a result: claim the refund.</source>
        <translation>
            <numerusform>%n calcul a dépassé son échéance finale sans résultat : réclamez le remboursement.</numerusform>
            <numerusform>%n calculs ont dépassé leur échéance finale sans résultat : réclamez le remboursement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Getting started: %1 of 5 done</source>
        <translation>Premiers pas : %1 sur 5 faits</translation>
    </message>
    <message>
        <source>Add funds: ETH pays the network fees, RLC pays for computations.</source>
        <translation>Ajoutez des fonds : l’ETH paie les frais de réseau, le RLC paie les calculs.</translation>
    </message>
    <message>
        <source>Get test funds: ETH pays the network fees, RLC pays for computations.</source>
        <translation>Obtenez des fonds de test : l’ETH paie les frais de réseau, le RLC paie les calculs.</translation>
    </message>
    <message>
        <source>in the wallet, with %1 for network fees · %2 in your iExec account</source>
        <translation>dans le portefeuille, avec %1 pour les frais de réseau · %2 sur votre compte iExec</translation>
    </message>
    <message>
        <source>protected data owned by this account</source>
        <translation>données protégées détenues par ce compte</translation>
    </message>
    <message numerus="yes">
        <source>live grants: apps allowed on your data, with accesses left (%n grant(s) in all)</source>
        <translation>
            <numerusform>autorisations actives : applications admises sur vos données, avec des accès restants (%n autorisation en tout)</numerusform>
            <numerusform>autorisations actives : applications admises sur vos données, avec des accès restants (%n autorisations en tout)</numerusform>
        </translation>
    </message>
    <message>
        <source>The marketplace could not be read: %1</source>
        <translation>La place de marché n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>under way: %1 requested by you, %2 on your data</source>
        <translation>en cours : %1 demandés par vous, %2 sur vos données</translation>
    </message>
    <message>
        <source>earned this month · %1 in all, %2 pending</source>
        <translation>gagnés ce mois-ci · %1 en tout, %2 en attente</translation>
    </message>
    <message>
        <source>under way: reading the chain…</source>
        <translation>en cours : lecture de la chaîne…</translation>
    </message>
    <message>
        <source>earned this month: reading the chain…</source>
        <translation>gagnés ce mois-ci : lecture de la chaîne…</translation>
    </message>
    <message>
        <source>Your account at a glance, and what needs you.</source>
        <translation>Votre compte d’un coup d’œil, et ce qui vous attend.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Open Protected data</source>
        <translation>Ouvrir Données protégées</translation>
    </message>
    <message>
        <source>Open Computations</source>
        <translation>Ouvrir Calculs</translation>
    </message>
    <message>
        <source>Open Wallet</source>
        <translation>Ouvrir Portefeuille</translation>
    </message>
    <message>
        <source>Open Earnings</source>
        <translation>Ouvrir Gains</translation>
    </message>
    <message>
        <source>Five steps to see Strongroom at work. Each is ticked when the chain shows it done.</source>
        <translation>Cinq étapes pour voir Strongroom à l’œuvre. Chacune est cochée quand la chaîne la montre faite.</translation>
    </message>
    <message>
        <source>Protect a file: it is encrypted on this computer before anything leaves it.</source>
        <translation>Protégez un fichier : il est chiffré sur cet ordinateur avant que quoi que ce soit n’en sorte.</translation>
    </message>
    <message>
        <source>Protect a file</source>
        <translation>Protéger un fichier</translation>
    </message>
    <message>
        <source>Grant access: let an app you trust compute on your data.</source>
        <translation>Autorisez l’accès : laissez une application de confiance calculer sur vos données.</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Autoriser l’accès</translation>
    </message>
    <message>
        <source>Run an app on protected data.</source>
        <translation>Lancez une application sur des données protégées.</translation>
    </message>
    <message>
        <source>See the result of a computation you asked for.</source>
        <translation>Consultez le résultat d’un calcul que vous avez demandé.</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>Protected data</source>
        <translation>Données protégées</translation>
    </message>
    <message>
        <source>Live grants</source>
        <translation>Autorisations actives</translation>
    </message>
    <message>
        <source>Open Access</source>
        <translation>Ouvrir Accès</translation>
    </message>
    <message>
        <source>Computations</source>
        <translation>Calculs</translation>
    </message>
    <message>
        <source>Earnings this month</source>
        <translation>Gains ce mois-ci</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>sr::ui::PasswordDialog</name>
    <message>
        <source>Wallet password</source>
        <translation>Mot de passe du portefeuille</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Vérification du mot de passe…</translation>
    </message>
    <message>
        <source>This password does not unlock the account.</source>
        <translation>Ce mot de passe ne déverrouille pas le compte.</translation>
    </message>
</context>
<context>
    <name>sr::ui::PasswordPage</name>
    <message>
        <source>Choose a password for this wallet.</source>
        <translation>Choisissez un mot de passe pour ce portefeuille.</translation>
    </message>
    <message>
        <source>Too short: use at least 10 characters, or a few words.</source>
        <translation>Trop court : utilisez au moins 10 caractères, ou quelques mots.</translation>
    </message>
    <message>
        <source>This is one of the most used passwords: it is guessed first.</source>
        <translation>C’est l’un des mots de passe les plus utilisés : il est deviné en premier.</translation>
    </message>
    <message>
        <source>Repeated characters or blocks add little: vary them.</source>
        <translation>Les caractères ou blocs répétés apportent peu : variez-les.</translation>
    </message>
    <message>
        <source>Sequences like abcd, 1234 or qwerty are easy to guess.</source>
        <translation>Les suites comme abcd, 1234 ou azerty sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Mix kinds of characters, or use more words.</source>
        <translation>Mélangez les types de caractères, ou utilisez plus de mots.</translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation>Mot de passe du portefeuille</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Retapez-le</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Type your wallet&apos;s password: the new account is protected by the same one.</source>
        <translation>Tapez le mot de passe de votre portefeuille : le nouveau compte est protégé par le même.</translation>
    </message>
    <message>
        <source>One password protects every account of this wallet.</source>
        <translation>Un seul mot de passe protège tous les comptes de ce portefeuille.</translation>
    </message>
    <message>
        <source>It protects your keys on this computer. It cannot be recovered: if you forget it, only your recovery phrase brings the wallet back.</source>
        <translation>Il protège vos clés sur cet ordinateur. Il ne peut pas être récupéré : si vous l’oubliez, seule votre phrase de récupération rétablit le portefeuille.</translation>
    </message>
    <message>
        <source>Choose a long password you do not use anywhere else: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Choisissez un mot de passe long que vous n’utilisez nulle part ailleurs : quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très fort</translation>
    </message>
    <message>
        <source>Too easy to guess. %1</source>
        <translation>Trop facile à deviner. %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>sr::ui::PasswordPrompt</name>
    <message>
        <source>Wallet password</source>
        <translation>Mot de passe du portefeuille</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>sr::ui::PhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>Votre phrase de récupération</translation>
    </message>
    <message>
        <source>These 12 words are your wallet. Write them on paper, in order, and keep them somewhere safe and private.</source>
        <translation>Ces 12 mots sont votre portefeuille. Écrivez-les sur papier, dans l’ordre, et gardez-les dans un endroit sûr et privé.</translation>
    </message>
    <message>
        <source>Anyone who sees these words can take everything in this wallet. Do not copy them, photograph them or store them on a computer. They are shown only this once; without them a lost password or computer cannot be recovered.</source>
        <translation>Quiconque voit ces mots peut prendre tout ce que contient ce portefeuille. Ne les copiez pas, ne les photographiez pas, ne les enregistrez pas sur un ordinateur. Ils ne sont montrés qu’une fois ; sans eux, un mot de passe ou un ordinateur perdu ne se récupère pas.</translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation>Afficher les mots</translation>
    </message>
    <message>
        <source>Make sure nobody can see your screen.</source>
        <translation>Assurez-vous que personne ne voit votre écran.</translation>
    </message>
    <message>
        <source>I have written the 12 words down, in order</source>
        <translation>J’ai écrit les 12 mots, dans l’ordre</translation>
    </message>
    <message>
        <source>Hide the words</source>
        <translation>Masquer les mots</translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectController</name>
    <message>
        <source>This data is already being registered on the network, so it can no longer be cancelled. Let it finish: the Secret Management Service must receive its key.</source>
        <translation>Ces données sont déjà en cours d’enregistrement sur le réseau, l’opération ne peut donc plus être annulée. Laissez-la se terminer : le Secret Management Service doit recevoir leur clé.</translation>
    </message>
    <message>
        <source>Encrypting on this computer</source>
        <translation>Chiffrement sur cet ordinateur</translation>
    </message>
    <message>
        <source>Uploading the encrypted copy to IPFS</source>
        <translation>Envoi de la copie chiffrée vers IPFS</translation>
    </message>
    <message>
        <source>Checking that the IPFS gateway serves it</source>
        <translation>Vérification que la passerelle IPFS la sert</translation>
    </message>
    <message>
        <source>Registering it on the network</source>
        <translation>Enregistrement sur le réseau</translation>
    </message>
    <message>
        <source>Waiting for the registration to be confirmed</source>
        <translation>Attente de la confirmation de l’enregistrement</translation>
    </message>
    <message>
        <source>Handing the key to the Secret Management Service</source>
        <translation>Remise de la clé au Secret Management Service</translation>
    </message>
    <message>
        <source>Checking that the Secret Management Service holds the key</source>
        <translation>Vérification que le Secret Management Service détient la clé</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégées</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Stopped because the wallet was locked: its key is not kept while it is locked. Nothing is lost; unlock and resume it.</source>
        <translation>Arrêté parce que le portefeuille a été verrouillé : sa clé n’est pas gardée tant qu’il l’est. Rien n’est perdu ; déverrouillez-le et reprenez.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectDialog</name>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Protect data</source>
        <translation>Protéger des données</translation>
    </message>
    <message>
        <source>Name (public)</source>
        <translation>Nom (public)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Telegram chat ID</source>
        <translation>ID de discussion Telegram</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Nom du champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Protéger</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>%n fichier, %1 au total</numerusform>
            <numerusform>%n fichiers, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>A field name uses only letters, digits, “-” and “_”.</source>
        <translation>Un nom de champ n’utilise que des lettres, des chiffres, « - » et « _ ».</translation>
    </message>
    <message>
        <source>There is already a field named “%1”.</source>
        <translation>Il existe déjà un champ nommé « %1 ».</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A Telegram chat ID is a number, like 123456789.</source>
        <translation>Un ID de discussion Telegram est un nombre, comme 123456789.</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>Ce n’est pas un nombre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Public on the network&lt;/b&gt;, for anyone to read and for good: the name “%1”, your address as its owner, and the list of fields with their types, exactly as below:</source>
        <translation>&lt;b&gt;Public sur le réseau&lt;/b&gt;, lisible par tous et pour toujours : le nom « %1 », votre adresse en tant que propriétaire, et la liste des champs avec leurs types, exactement comme ci-dessous :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private&lt;/b&gt;: the content of every field. It is encrypted on this computer before it leaves; only the confidential apps you grant access to can read it.</source>
        <translation>&lt;b&gt;Privé&lt;/b&gt; : le contenu de chaque champ. Il est chiffré sur cet ordinateur avant de le quitter ; seules les applications confidentielles auxquelles vous accordez l’accès peuvent le lire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private&lt;/b&gt;: the content of every field (%1). It is encrypted on this computer before it leaves; only the confidential apps you grant access to can read it.</source>
        <translation>&lt;b&gt;Privé&lt;/b&gt; : le contenu de chaque champ (%1). Il est chiffré sur cet ordinateur avant de le quitter ; seules les applications confidentielles auxquelles vous accordez l’accès peuvent le lire.</translation>
    </message>
    <message>
        <source>Create or import a wallet first: protected data belongs to an account.</source>
        <translation>Créez ou importez d’abord un portefeuille : les données protégées appartiennent à un compte.</translation>
    </message>
    <message>
        <source>“%1” is protected. Only the apps you grant access to can use it.</source>
        <translation>« %1 » est protégé. Seules les applications auxquelles vous accordez l’accès peuvent l’utiliser.</translation>
    </message>
    <message>
        <source>Protected data address: %1</source>
        <translation>Adresse des données protégées : %1</translation>
    </message>
    <message>
        <source>Stopped at “%1”. Retry to carry on from there.</source>
        <translation>Arrêté à « %1 ». Réessayez pour reprendre à partir de là.</translation>
    </message>
    <message>
        <source>Stopped at “%1”: %2
Retry to carry on from there.</source>
        <translation>Arrêté à « %1 » : %2
Réessayez pour reprendre à partir de là.</translation>
    </message>
    <message>
        <source>Type your wallet password. It seals the key of this data on this computer until iExec&apos;s Secret Management Service holds it, so that an interrupted operation can always be resumed.</source>
        <translation>Tapez le mot de passe de votre portefeuille. Il scelle la clé de ces données sur cet ordinateur jusqu’à ce que le Secret Management Service d’iExec la détienne, afin qu’une opération interrompue puisse toujours être reprise.</translation>
    </message>
    <message>
        <source>Protecting “%1”</source>
        <translation>Protection de « %1 »</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>You can close this window: protecting goes on, and the Protected data page follows it.</source>
        <translation>Vous pouvez fermer cette fenêtre : la protection continue, et la page Données protégées en suit l’avancement.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Carrying on…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Text and CSV files, and any file of a kind DataProtector does not recognise, are typed application/octet-stream: the schema of a protected data has no text or CSV type (its file types are images, sounds, videos, PDF, XML and ZIP). The content is kept as it is; an app reads it as bytes.</source>
        <translation>Les fichiers texte et CSV, comme tout fichier d’un genre que DataProtector ne reconnaît pas, sont typés application/octet-stream : le schéma d’une donnée protégée n’a pas de type texte ou CSV (ses types de fichiers sont images, sons, vidéos, PDF, XML et ZIP). Le contenu est gardé tel quel ; une application le lit comme des octets.</translation>
    </message>
    <message>
        <source>Add a field of type</source>
        <translation>Ajouter un champ de type</translation>
    </message>
    <message>
        <source>%1: a link to a place outside the folder</source>
        <translation>%1 : un lien vers un emplacement hors du dossier</translation>
    </message>
    <message>
        <source>%1: a link to a folder already included</source>
        <translation>%1 : un lien vers un dossier déjà inclus</translation>
    </message>
    <message>
        <source>%1: a link to nothing</source>
        <translation>%1 : un lien qui ne mène nulle part</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n link(s), not followed):</source>
        <translation>
            <numerusform>Laissé de côté (%n lien, non suivi) :</numerusform>
            <numerusform>Laissés de côté (%n liens, non suivis) :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and the fields you added: %2</source>
        <translation>%1, et les champs que vous avez ajoutés : %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was registered on the network, and its key is erased.</source>
        <translation>Annulé : rien n’a été enregistré sur le réseau, et sa clé est effacée.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectOperationsModel</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source> · %1%</source>
        <translation> · %1 %</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Stopped at “%1”: %2</source>
        <translation>Arrêté à « %1 » : %2</translation>
    </message>
    <message>
        <source>Interrupted at “%1”</source>
        <translation>Interrompu à « %1 »</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectPanel</name>
    <message>
        <source>Being protected</source>
        <translation>En cours de protection</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) did not finish. Resume them to complete the protection; your wallet password is asked once.</source>
        <translation>
            <numerusform>%n opération ne s’est pas terminée. Reprenez-la pour achever la protection ; le mot de passe de votre portefeuille est demandé une seule fois.</numerusform>
            <numerusform>%n opérations ne se sont pas terminées. Reprenez-les pour achever la protection ; le mot de passe de votre portefeuille est demandé une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your wallet password to resume protecting “%1”.</source>
        <translation>Tapez le mot de passe de votre portefeuille pour reprendre la protection de « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Type your wallet password to resume %n operation(s).</source>
        <translation>
            <numerusform>Tapez le mot de passe de votre portefeuille pour reprendre %n opération.</numerusform>
            <numerusform>Tapez le mot de passe de votre portefeuille pour reprendre %n opérations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data protected</source>
        <translation>Données protégées</translation>
    </message>
    <message>
        <source>“%1” is protected and registered on the network.</source>
        <translation>« %1 » est protégé et enregistré sur le réseau.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectedDataModel</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Made elsewhere</source>
        <translation>Créée ailleurs</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Key not delivered yet</source>
        <translation>Clé pas encore remise</translation>
    </message>
    <message>
        <source>Protecting it on this computer did not finish: the app can&apos;t read it until its key reaches the Secret Management Service. Resume it above.</source>
        <translation>Sa protection sur cet ordinateur n’est pas terminée : aucune app ne peut la lire tant que sa clé n’a pas atteint le Secret Management Service. Reprenez-la ci-dessus.</translation>
    </message>
    <message>
        <source>Protected on this computer: on chain, on IPFS, its key in the Secret Management Service.</source>
        <translation>Protégée sur cet ordinateur : sur la chaîne, sur IPFS, sa clé dans le Secret Management Service.</translation>
    </message>
    <message>
        <source>Made outside this computer&apos;s Strongroom (with the SDK, or on another computer): whether its key reached the Secret Management Service is not known here.</source>
        <translation>Créée hors du Strongroom de cet ordinateur (avec le SDK ou sur un autre ordinateur) : on ne sait pas ici si sa clé a atteint le Secret Management Service.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Unreadable schema</source>
        <translation>Schéma illisible</translation>
    </message>
</context>
<context>
    <name>sr::ui::ProtectedDataPage</name>
    <message>
        <source>Reading your protected data from %1…</source>
        <translation>Lecture de vos données protégées depuis %1…</translation>
    </message>
    <message>
        <source>Could not read your protected data from the network: %1</source>
        <translation>Impossible de lire vos données protégées depuis le réseau : %1</translation>
    </message>
    <message>
        <source>Up to date with the network.</source>
        <translation>À jour avec le réseau.</translation>
    </message>
    <message>
        <source>This account owns no protected data on this network yet.</source>
        <translation>Ce compte ne possède pas encore de données protégées sur ce réseau.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No protected data matches the search.</source>
        <translation>Aucune donnée protégée ne correspond à la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n protected data</source>
        <translation>
            <numerusform>%n donnée protégée</numerusform>
            <numerusform>%n données protégées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n protected data</source>
        <translation>
            <numerusform>%1 sur %n donnée protégée</numerusform>
            <numerusform>%1 sur %n données protégées</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Unknown: not made through DataProtector</source>
        <translation>Inconnu : non créé via DataProtector</translation>
    </message>
    <message>
        <source>Downloading the content to check it…</source>
        <translation>Téléchargement du contenu pour le vérifier…</translation>
    </message>
    <message>
        <source>Could not check the content: %1</source>
        <translation>Impossible de vérifier le contenu : %1</translation>
    </message>
    <message>
        <source>The content (%1) matches the checksum recorded on chain.</source>
        <translation>Le contenu (%1) correspond à la somme de contrôle enregistrée sur la chaîne.</translation>
    </message>
    <message>
        <source>The content (%1) does NOT match the checksum recorded on chain: its SHA-256 is %2.</source>
        <translation>Le contenu (%1) ne correspond PAS à la somme de contrôle enregistrée sur la chaîne : son SHA-256 est %2.</translation>
    </message>
    <message>
        <source>Transfer “%1”</source>
        <translation>Transférer « %1 »</translation>
    </message>
    <message>
        <source>The address of the new owner. They alone will then decide who may use this data.</source>
        <translation>L’adresse du nouveau propriétaire. Lui seul décidera ensuite qui peut utiliser ces données.</translation>
    </message>
    <message>
        <source>The zero address can&apos;t own data: the data would be lost.</source>
        <translation>L’adresse zéro ne peut pas posséder de données : les données seraient perdues.</translation>
    </message>
    <message>
        <source>This account already owns this data.</source>
        <translation>Ce compte possède déjà ces données.</translation>
    </message>
    <message>
        <source>Not a valid owner</source>
        <translation>Propriétaire non valide</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Transférer la propriété</translation>
    </message>
    <message>
        <source>Transfer “%1” to %2?</source>
        <translation>Transférer « %1 » à %2 ?</translation>
    </message>
    <message>
        <source>%1 becomes the owner of this protected data: only they can grant or revoke access to it afterwards. This can&apos;t be undone from this wallet.</source>
        <translation>%1 devient propriétaire de ces données protégées : lui seul pourra ensuite accorder ou révoquer l’accès. Cette action ne peut pas être annulée depuis ce portefeuille.</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Transférer à %1</translation>
    </message>
    <message>
        <source>to transfer “%1”</source>
        <translation>pour transférer « %1 »</translation>
    </message>
    <message>
        <source>Transferring “%1” to %2…</source>
        <translation>Transfert de « %1 » à %2…</translation>
    </message>
    <message>
        <source>The transfer failed: %1</source>
        <translation>Le transfert a échoué : %1</translation>
    </message>
    <message>
        <source>“%1” now belongs to %2.</source>
        <translation>« %1 » appartient désormais à %2.</translation>
    </message>
    <message>
        <source>Protected data</source>
        <translation>Données protégées</translation>
    </message>
    <message>
        <source>Your files, encrypted and registered on the network, whoever made them.</source>
        <translation>Vos fichiers, chiffrés et enregistrés sur le réseau, quel que soit l’outil qui les a créés.</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Pas encore de portefeuille</translation>
    </message>
    <message>
        <source>Protected data belongs to an account. Create or import a wallet on the Wallet page, and the data this account owns on the network will be listed here.</source>
        <translation>Les données protégées appartiennent à un compte. Créez ou importez un portefeuille sur la page Portefeuille, et les données que ce compte possède sur le réseau seront listées ici.</translation>
    </message>
    <message>
        <source>Search by name or address</source>
        <translation>Rechercher par nom ou adresse</translation>
    </message>
    <message>
        <source>Schema field</source>
        <translation>Champ du schéma</translation>
    </message>
    <message>
        <source>Only data with this field, like “email” or “email:string”.</source>
        <translation>Uniquement les données ayant ce champ, comme « email » ou « email:string ».</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a protected data to see its details.</source>
        <translation>Sélectionnez une donnée protégée pour voir ses détails.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Verify content</source>
        <translation>Vérifier le contenu</translation>
    </message>
    <message>
        <source>Download the encrypted content and compare it with the checksum recorded on chain.</source>
        <translation>Télécharger le contenu chiffré et le comparer à la somme de contrôle enregistrée sur la chaîne.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <source>Grant access…</source>
        <translation>Autoriser l’accès…</translation>
    </message>
    <message>
        <source>Reading the grants from the marketplace…</source>
        <translation>Lecture des autorisations sur la place de marché…</translation>
    </message>
    <message>
        <source>The grants could not be read: %1</source>
        <translation>Les autorisations n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>No grant: no app can compute on it until you grant access.</source>
        <translation>Aucune autorisation : aucune application ne peut calculer sur ces données tant que vous n’en autorisez pas l’accès.</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>%1 for %2 (%3 left)</source>
        <translation>%1 pour %2 (%3 restants)</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s): </source>
        <translation>
            <numerusform>%n autorisation : </numerusform>
            <numerusform>%n autorisations : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; et %n autre</numerusform>
            <numerusform>; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage access…</source>
        <translation>Gérer l’accès…</translation>
    </message>
    <message>
        <source>The grants of this data on the Access page: revoke them there.</source>
        <translation>Les autorisations de ces données, sur la page Accès : révoquez-les là.</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorateur</translation>
    </message>
    <message>
        <source>Who may use it</source>
        <translation>Qui peut les utiliser</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, chiffrées</translation>
    </message>
    <message>
        <source>Not said by the server that holds it</source>
        <translation>Non indiquée par le serveur qui les détient</translation>
    </message>
    <message>
        <source>Asking the server that holds it…</source>
        <translation>Demande au serveur qui les détient…</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Inconnue : %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1
block %2</source>
        <translation>%1
bloc %2</translation>
    </message>
    <message>
        <source>Held at %1, a server its owner chose. &lt;a href=&quot;ask&quot;&gt;Ask it&lt;/a&gt;</source>
        <translation>Hébergé sur %1, un serveur choisi par son propriétaire. &lt;a href=&quot;ask&quot;&gt;Le demander&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Run an app…</source>
        <translation>Lancer une application…</translation>
    </message>
    <message>
        <source>A new computation: an app run on this data, paid from your iExec account.</source>
        <translation>Un nouveau calcul : une application exécutée sur cette donnée, payée depuis votre compte iExec.</translation>
    </message>
</context>
<context>
    <name>sr::ui::RequestsModel</name>
    <message>
        <source>Choosing the orders</source>
        <translation>Choix des ordres</translation>
    </message>
    <message>
        <source>Writing the result key</source>
        <translation>Écriture de la clé de résultat</translation>
    </message>
    <message>
        <source>Writing the secrets</source>
        <translation>Écriture des secrets</translation>
    </message>
    <message>
        <source>Signing the request</source>
        <translation>Signature de la demande</translation>
    </message>
    <message>
        <source>Sending the request</source>
        <translation>Envoi de la demande</translation>
    </message>
    <message>
        <source>Waiting for the deal</source>
        <translation>Attente de l’accord</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Waiting for a worker</source>
        <translation>En attente d’un worker</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <source>Revealing</source>
        <translation>Révélation</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed, refunded</source>
        <translation>Échoué, remboursé</translation>
    </message>
    <message>
        <source>Failed, claimable</source>
        <translation>Échoué, remboursable</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
</context>
<context>
    <name>sr::ui::ResultViewer</name>
    <message>
        <source>Save a file of the result</source>
        <translation>Enregistrer un fichier du résultat</translation>
    </message>
    <message>
        <source>This result holds no file.</source>
        <translation>Ce résultat ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Ce fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>No preview for this kind of file: save it or open the folder.</source>
        <translation>Pas d’aperçu pour ce type de fichier : enregistrez-le ou ouvrez le dossier.</translation>
    </message>
    <message>
        <source>The preview shows the beginning of the file only; Save as… copies all of it.</source>
        <translation>L’aperçu ne montre que le début du fichier ; Enregistrer sous… le copie en entier.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Copy the selected file anywhere</source>
        <translation>Copier le fichier sélectionné où vous voulez</translation>
    </message>
    <message>
        <source>Show the result&apos;s folder in the file manager</source>
        <translation>Afficher le dossier du résultat dans le gestionnaire de fichiers</translation>
    </message>
</context>
<context>
    <name>sr::ui::SandboxLauncher</name>
    <message>
        <source>The sandbox program is not installed (looked for %1).</source>
        <translation>Le programme du bac à sable n’est pas installé (cherché ici : %1).</translation>
    </message>
</context>
<context>
    <name>sr::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
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
    <message>
        <source>Networks and endpoints, language, theme, security, data folder.</source>
        <translation>Réseaux et points d’accès, langue, thème, sécurité, dossier de données.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Lock the wallet after</source>
        <translation>Verrouiller le portefeuille après</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation>
            <numerusform>%n minute sans utilisation</numerusform>
            <numerusform>%n minutes sans utilisation</numerusform>
        </translation>
    </message>
    <message>
        <source>The wallet also locks when the screen locks. Once locked, its password is asked before anything is signed.</source>
        <translation>Le portefeuille se verrouille aussi quand l’écran se verrouille. Une fois verrouillé, son mot de passe est demandé avant toute signature.</translation>
    </message>
</context>
<context>
    <name>sr::ui::StartPage</name>
    <message>
        <source>Welcome to Strongroom</source>
        <translation>Bienvenue dans Strongroom</translation>
    </message>
    <message>
        <source>Your wallet signs everything you do on the network. Create a new one, or bring the one you already have.</source>
        <translation>Votre portefeuille signe tout ce que vous faites sur le réseau. Créez-en un nouveau, ou apportez celui que vous avez déjà.</translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation>Créer un nouveau portefeuille</translation>
    </message>
    <message>
        <source>A new recovery phrase of 12 words, made on this computer.</source>
        <translation>Une nouvelle phrase de récupération de 12 mots, créée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Import a recovery phrase</source>
        <translation>Importer une phrase de récupération</translation>
    </message>
    <message>
        <source>The 12 or 24 words of a wallet you already have (MetaMask, Ledger backup...).</source>
        <translation>Les 12 ou 24 mots d’un portefeuille que vous avez déjà (MetaMask, sauvegarde Ledger...).</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Importer une clé privée</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, for a single account.</source>
        <translation>64 chiffres hexadécimaux, pour un seul compte.</translation>
    </message>
    <message>
        <source>Import a keystore file</source>
        <translation>Importer un fichier keystore</translation>
    </message>
    <message>
        <source>A JSON keystore (geth, MetaMask, the iExec SDK) and its password.</source>
        <translation>Un keystore JSON (geth, MetaMask, le SDK iExec) et son mot de passe.</translation>
    </message>
    <message>
        <source>Watch an address</source>
        <translation>Suivre une adresse</translation>
    </message>
    <message>
        <source>Follow an account without its key (a cold wallet): browse it, never sign.</source>
        <translation>Suivre un compte sans sa clé (un portefeuille hors ligne) : le consulter, jamais signer.</translation>
    </message>
</context>
<context>
    <name>sr::ui::StepDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>sr::ui::StepList</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>sr::ui::TransferDialog</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Deposit RLC to your iExec account</source>
        <translation>Déposer des RLC sur votre compte iExec</translation>
    </message>
    <message>
        <source>Withdraw RLC from your iExec account</source>
        <translation>Retirer des RLC de votre compte iExec</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>RLC in your iExec account pays for computations. You can withdraw what is not locked at any time.</source>
        <translation>Les RLC de votre compte iExec paient les calculs. Vous pouvez retirer à tout moment ce qui n’est pas bloqué.</translation>
    </message>
    <message>
        <source>RLC that is not locked by running computations goes back to your wallet.</source>
        <translation>Les RLC qui ne sont pas bloqués par des calculs en cours reviennent dans votre portefeuille.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Confirmer et envoyer</translation>
    </message>
    <message>
        <source>Balances unavailable: %1</source>
        <translation>Soldes indisponibles : %1</translation>
    </message>
    <message>
        <source>in your wallet</source>
        <translation>dans votre portefeuille</translation>
    </message>
    <message>
        <source>in your iExec account</source>
        <translation>sur votre compte iExec</translation>
    </message>
    <message>
        <source>%1 available %2</source>
        <translation>%1 disponibles %2</translation>
    </message>
    <message>
        <source>This is the zero address: anything sent there is lost.</source>
        <translation>C’est l’adresse zéro : tout ce qui y est envoyé est perdu.</translation>
    </message>
    <message>
        <source>This is the account you send from.</source>
        <translation>C’est le compte depuis lequel vous envoyez.</translation>
    </message>
    <message>
        <source>You have never sent anything to this address: check every character with the recipient.</source>
        <translation>Vous n’avez jamais rien envoyé à cette adresse : vérifiez chaque caractère avec le destinataire.</translation>
    </message>
    <message>
        <source>An address you have used before.</source>
        <translation>Une adresse que vous avez déjà utilisée.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Le montant doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>The amount must be a number of %1, like 1.5 (at most %2 decimals).</source>
        <translation>Le montant doit être un nombre de %1, comme 1,5 (au plus %2 décimales).</translation>
    </message>
    <message>
        <source>Checking balances and fees…</source>
        <translation>Vérification des soldes et des frais…</translation>
    </message>
    <message>
        <source>Send &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Envoyer &lt;b&gt;%1&lt;/b&gt; à &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deposit &lt;b&gt;%1&lt;/b&gt; from your wallet into your iExec account</source>
        <translation>Déposer &lt;b&gt;%1&lt;/b&gt; de votre portefeuille sur votre compte iExec</translation>
    </message>
    <message>
        <source>Withdraw &lt;b&gt;%1&lt;/b&gt; from your iExec account to your wallet</source>
        <translation>Retirer &lt;b&gt;%1&lt;/b&gt; de votre compte iExec vers votre portefeuille</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;From: %2&lt;br&gt;Network: %3 (chain %4)&lt;/p&gt;&lt;p&gt;Network fee: at most &lt;b&gt;%5&lt;/b&gt; (%6 gas)&lt;/p&gt;&lt;p&gt;Once sent, a transaction cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;De : %2&lt;br&gt;Réseau : %3 (chaîne %4)&lt;/p&gt;&lt;p&gt;Frais de réseau : au plus &lt;b&gt;%5&lt;/b&gt; (%6 gas)&lt;/p&gt;&lt;p&gt;Une fois envoyée, une transaction ne peut pas être annulée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>to sign this transaction</source>
        <translation>pour signer cette transaction</translation>
    </message>
    <message>
        <source>Transaction %1 sent. Waiting for it to be confirmed… You can close this window: it is followed in Activity.</source>
        <translation>Transaction %1 envoyée. En attente de confirmation… Vous pouvez fermer cette fenêtre : elle est suivie dans Activité.</translation>
    </message>
    <message>
        <source>Confirmed in block %1. Fee paid: %2.</source>
        <translation>Confirmée dans le bloc %1. Frais payés : %2.</translation>
    </message>
    <message>
        <source>The transaction ended as “%1”: %2</source>
        <translation>La transaction s’est terminée ainsi : « %1 » : %2</translation>
    </message>
    <message>
        <source>Save to the address book as</source>
        <translation>Enregistrer dans le carnet d’adresses sous le nom</translation>
    </message>
    <message>
        <source>“%1” in your address book.</source>
        <translation>« %1 » dans votre carnet d’adresses.</translation>
    </message>
    <message>
        <source>Give the address a name to save it, or untick the box.</source>
        <translation>Donnez un nom à l’adresse pour l’enregistrer, ou décochez la case.</translation>
    </message>
    <message>
        <source>The address was not saved: %1</source>
        <translation>L’adresse n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Looking for this address in your address book and history…</source>
        <translation>Recherche de cette adresse dans votre carnet d’adresses et votre historique…</translation>
    </message>
    <message>
        <source>Cancelled: your cancellation was mined in its place, so nothing was sent.</source>
        <translation>Annulée : votre annulation a été minée à sa place, rien n’a donc été envoyé.</translation>
    </message>
    <message>
        <source>Your own account “%1”.</source>
        <translation>Votre propre compte « %1 ».</translation>
    </message>
    <message>
        <source>your account “%1”</source>
        <translation>votre compte « %1 »</translation>
    </message>
</context>
<context>
    <name>sr::ui::UnlockDialog</name>
    <message>
        <source>Unlock your wallet</source>
        <translation>Déverrouiller votre portefeuille</translation>
    </message>
    <message>
        <source>Type the password of your wallet to unlock %1.</source>
        <translation>Tapez le mot de passe de votre portefeuille pour déverrouiller %1.</translation>
    </message>
    <message>
        <source>Type the password of your wallet to unlock %1 %2.</source>
        <translation>Tapez le mot de passe de votre portefeuille pour déverrouiller %1 %2.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Watch-only account</source>
        <translation>Compte en lecture seule</translation>
    </message>
    <message>
        <source>This is a watch-only account: Strongroom has its address, not its key, so it cannot sign. Switch to an account of your wallet to do this.</source>
        <translation>C’est un compte en lecture seule : Strongroom a son adresse, pas sa clé, il ne peut donc pas signer. Passez à un compte de votre portefeuille pour cela.</translation>
    </message>
</context>
<context>
    <name>sr::ui::WalletPage</name>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Imported account</source>
        <translation>Compte importé</translation>
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
        <source>A wallet holds the key that signs everything you do on the network. Create a new one (you will write down a recovery phrase), or import the one you have: recovery phrase, private key or keystore file.</source>
        <translation>Un portefeuille contient la clé qui signe tout ce que vous faites sur le réseau. Créez-en un nouveau (vous écrirez une phrase de récupération), ou importez le vôtre : phrase de récupération, clé privée ou fichier keystore.</translation>
    </message>
    <message>
        <source>Create a wallet</source>
        <translation>Créer un portefeuille</translation>
    </message>
    <message>
        <source>Import a wallet</source>
        <translation>Importer un portefeuille</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>ETH (for network fees)</source>
        <translation>ETH (pour les frais de réseau)</translation>
    </message>
    <message>
        <source>RLC in the wallet</source>
        <translation>RLC dans le portefeuille</translation>
    </message>
    <message>
        <source>iExec account</source>
        <translation>Compte iExec</translation>
    </message>
    <message>
        <source>Locked in computations</source>
        <translation>Bloqués dans des calculs</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Déposer</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Get test funds</source>
        <translation>Obtenir des fonds de test</translation>
    </message>
    <message>
        <source>Ask the sandbox&apos;s faucet for test ETH and RLC (they have no value).</source>
        <translation>Demander au robinet du bac à sable des ETH et RLC de test (sans valeur).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>The next account of your recovery phrase.</source>
        <translation>Le compte suivant de votre phrase de récupération.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Export keystore…</source>
        <translation>Exporter le keystore…</translation>
    </message>
    <message>
        <source>Show recovery phrase…</source>
        <translation>Afficher la phrase de récupération…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Speed up</source>
        <translation>Accélérer</translation>
    </message>
    <message>
        <source>Send it again with a higher fee (at least 10% more).</source>
        <translation>La renvoyer avec des frais plus élevés (au moins 10 % de plus).</translation>
    </message>
    <message>
        <source>Cancel transaction</source>
        <translation>Annuler la transaction</translation>
    </message>
    <message>
        <source>Replace it by an empty transaction with a higher fee; if that one is mined first, the original never runs.</source>
        <translation>La remplacer par une transaction vide aux frais plus élevés ; si celle-ci est minée d’abord, l’originale ne s’exécute jamais.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Unlocked: it signs without asking until it is locked.</source>
        <translation>Déverrouillé : il signe sans demander jusqu’à ce qu’il soit verrouillé.</translation>
    </message>
    <message>
        <source>Locked: the password is asked before anything is signed.</source>
        <translation>Verrouillé : le mot de passe est demandé avant toute signature.</translation>
    </message>
    <message>
        <source>recovery phrase, account %1</source>
        <translation>phrase de récupération, compte %1</translation>
    </message>
    <message>
        <source>imported key</source>
        <translation>clé importée</translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation>Lecture des soldes…</translation>
    </message>
    <message>
        <source>Balances unavailable: %1</source>
        <translation>Soldes indisponibles : %1</translation>
    </message>
    <message>
        <source>Not enough ETH to pay network fees: get test funds first.</source>
        <translation>Pas assez d’ETH pour payer les frais de réseau : obtenez d’abord des fonds de test.</translation>
    </message>
    <message>
        <source>Not enough ETH to pay network fees: send some ETH to this account before acting on the network.</source>
        <translation>Pas assez d’ETH pour payer les frais de réseau : envoyez des ETH sur ce compte avant d’agir sur le réseau.</translation>
    </message>
    <message>
        <source>Balances of block %1; the node cannot be reached now: %2</source>
        <translation>Soldes du bloc %1 ; le nœud est injoignable pour l’instant : %2</translation>
    </message>
    <message>
        <source>Send ETH or RLC on %1 to this address. Only use this network: funds sent on another one do not arrive here.</source>
        <translation>Envoyez des ETH ou des RLC sur %1 à cette adresse. N’utilisez que ce réseau : des fonds envoyés sur un autre n’arrivent pas ici.</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Asking the faucet…</source>
        <translation>Demande au robinet…</translation>
    </message>
    <message>
        <source>The faucet sent %1 ETH and %2 RLC.</source>
        <translation>Le robinet a envoyé %1 ETH et %2 RLC.</translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation>Mot de passe du portefeuille</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>Label (empty: none)</source>
        <translation>Libellé (vide : aucun)</translation>
    </message>
    <message>
        <source>Account not renamed</source>
        <translation>Compte non renommé</translation>
    </message>
    <message>
        <source>Type your wallet password. The exported file opens with this same password.</source>
        <translation>Tapez le mot de passe de votre portefeuille. Le fichier exporté s’ouvre avec ce même mot de passe.</translation>
    </message>
    <message>
        <source>Export keystore</source>
        <translation>Exporter le keystore</translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation>Fichiers keystore (*.json)</translation>
    </message>
    <message>
        <source>The keystore was saved to %1.</source>
        <translation>Le keystore a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>Type your wallet password to see the recovery phrase.</source>
        <translation>Tapez le mot de passe de votre portefeuille pour voir la phrase de récupération.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Phrase de récupération</translation>
    </message>
    <message>
        <source>Anyone who sees these words can take everything in this wallet. Make sure nobody can see your screen.</source>
        <translation>Quiconque voit ces mots peut prendre tout ce que contient ce portefeuille. Assurez-vous que personne ne voit votre écran.</translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation>Afficher les mots</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this computer? It can be brought back from your recovery phrase.</source>
        <translation>Retirer %1 (%2) de cet ordinateur ? Il pourra être rétabli à partir de votre phrase de récupération.</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this computer? It is an imported key: unless you have its key or keystore file elsewhere, everything it holds is lost for good.</source>
        <translation>Retirer %1 (%2) de cet ordinateur ? C’est une clé importée : si vous n’avez pas sa clé ou son fichier keystore ailleurs, tout ce qu’il contient est perdu pour de bon.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Type your wallet password to remove the account.</source>
        <translation>Tapez le mot de passe de votre portefeuille pour retirer le compte.</translation>
    </message>
    <message>
        <source>Account not removed</source>
        <translation>Compte non retiré</translation>
    </message>
    <message>
        <source>Transactions you send from this account will appear here.</source>
        <translation>Les transactions que vous envoyez depuis ce compte apparaîtront ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) on the way.</source>
        <translation>
            <numerusform>%n transaction en cours.</numerusform>
            <numerusform>%n transactions en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot follow transactions right now: %1</source>
        <translation>Impossible de suivre les transactions pour l’instant : %1</translation>
    </message>
    <message>
        <source>Try to cancel “%1”? An empty transaction with a higher fee takes its place; if the original is mined first, it runs anyway.</source>
        <translation>Essayer d’annuler « %1 » ? Une transaction vide aux frais plus élevés prend sa place ; si l’originale est minée d’abord, elle s’exécute quand même.</translation>
    </message>
    <message>
        <source>to cancel this transaction</source>
        <translation>pour annuler cette transaction</translation>
    </message>
    <message>
        <source>to speed up this transaction</source>
        <translation>pour accélérer cette transaction</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>Non annulée</translation>
    </message>
    <message>
        <source>Not sped up</source>
        <translation>Non accélérée</translation>
    </message>
    <message>
        <source>Watched address</source>
        <translation>Adresse suivie</translation>
    </message>
    <message>
        <source>Watch-only: Strongroom has this address, not its key. It cannot sign.</source>
        <translation>Lecture seule : Strongroom a cette adresse, pas sa clé. Il ne peut pas signer.</translation>
    </message>
    <message>
        <source>A watch-only account cannot sign transactions.</source>
        <translation>Un compte en lecture seule ne peut pas signer de transactions.</translation>
    </message>
    <message>
        <source>watch-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Stop watching %1 (%2)? Nothing is lost: it was only an address.</source>
        <translation>Ne plus suivre %1 (%2) ? Rien n’est perdu : ce n’était qu’une adresse.</translation>
    </message>
    <message>
        <source>Address book…</source>
        <translation>Carnet d’adresses…</translation>
    </message>
    <message>
        <source>Type your wallet password to add the next account of your recovery phrase.</source>
        <translation>Tapez le mot de passe de votre portefeuille pour ajouter le compte suivant de votre phrase de récupération.</translation>
    </message>
    <message>
        <source>%1 was added. Double-click it to use it.</source>
        <translation>%1 a été ajouté. Double-cliquez dessus pour l’utiliser.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Keystore exported</source>
        <translation>Keystore exporté</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>sr::ui::WatchPage</name>
    <message>
        <source>Watch an address</source>
        <translation>Suivre une adresse</translation>
    </message>
    <message>
        <source>Its balances and protected data are shown; nothing can be signed for it.</source>
        <translation>Ses soldes et ses données protégées sont affichés ; rien ne peut être signé pour lui.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Libellé (facultatif)</translation>
    </message>
    <message>
        <source>The zero address belongs to nobody.</source>
        <translation>L’adresse zéro n’appartient à personne.</translation>
    </message>
    <message>
        <source>Watch %1.</source>
        <translation>Suivre %1.</translation>
    </message>
</context>
</TS>
