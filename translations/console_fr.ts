<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Sportello Console: the desktop console where agents answer WhatsApp customers.</source>
        <translation>Console Sportello&#xa0;: la console de bureau où les agents répondent aux clients WhatsApp.</translation>
    </message>
    <message>
        <source>Sportello server to use, for example https://sportello.example.com. It is remembered; connecting arrives with the agent hub.</source>
        <translation>Serveur Sportello à utiliser, par exemple https://sportello.example.com. Il est mémorisé&#xa0;; la connexion arrivera avec le hub des agents.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Agent user name on that server.</source>
        <translation>Nom d&apos;utilisateur de l&apos;agent sur ce serveur.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Read the agent&apos;s password from the first line of standard input.</source>
        <translation>Lit le mot de passe de l&apos;agent sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Language of the console: %1 (default: the system&apos;s).</source>
        <translation>Langue de la console&#xa0;: %1 (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” (see --help).</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;» (voir --help).</translation>
    </message>
    <message>
        <source>--lang: “%1” is not available; choose one of %2.</source>
        <translation>--lang&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas disponible&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>--user: the user name is empty.</source>
        <translation>--user&#xa0;: le nom d&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>--password-stdin needs --user: whose password is it?</source>
        <translation>--password-stdin nécessite --user&#xa0;: à qui appartient ce mot de passe&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>Enter the server address, for example https://sportello.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://sportello.example.com.</translation>
    </message>
    <message>
        <source>The address “%1” does not say how to connect: start it with http://, https://, ws:// or wss://.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» n&apos;indique pas comment se connecter&#xa0;: faites-la commencer par http://, https://, ws:// ou wss://.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported: use http, https, ws or wss.</source>
        <translation>Le schéma «&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#xa0;: utilisez http, https, ws ou wss.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password: enter them separately.</source>
        <translation>L&apos;adresse ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;: saisissez-les séparément.</translation>
    </message>
    <message>
        <source>The address “%1” has no host name.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» ne comporte pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The port is missing after “:” in “%1”.</source>
        <translation>Le port manque après «&#xa0;:&#xa0;» dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The host name “%1” is not valid.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid: %2</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The address must not contain a query (?…) or a fragment (#…).</source>
        <translation>L&apos;adresse ne doit contenir ni requête (?…) ni fragment (#…).</translation>
    </message>
</context>
<context>
    <name>sportello::console::ConsoleApplication</name>
    <message>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin&#xa0;: l&apos;entrée standard ne contenait aucun mot de passe.</translation>
    </message>
</context>
<context>
    <name>sportello::console::MainWindow</name>
    <message>
        <source>Sportello Console</source>
        <translation>Console Sportello</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Ferme la console</translation>
    </message>
    <message>
        <source>&amp;About Sportello Console</source>
        <translation>À &amp;propos de Console Sportello</translation>
    </message>
    <message>
        <source>Version and purpose of the console</source>
        <translation>Version et rôle de la console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Version and licence of the Qt libraries</source>
        <translation>Version et licence des bibliothèques Qt</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Aucun serveur configuré</translation>
    </message>
    <message>
        <source>%1 remembered; connecting arrives with the agent hub</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>%1 mémorisé&#xa0;; la connexion arrivera avec le hub des agents</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <extracomment>Tooltip of the connection state: %1 is the server&apos;s address, %2 the user name.</extracomment>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>About Sportello Console</source>
        <translation>À propos de Console Sportello</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;&lt;p&gt;This version does not connect to a server yet.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;h3&gt;Console Sportello %1&lt;/h3&gt;&lt;p&gt;La console de bureau de Sportello, l&apos;assistant client WhatsApp pour les petites entreprises. Les agents l&apos;utilisent pour suivre les conversations et répondre aux clients lorsque l&apos;assistant confie une conversation à une personne.&lt;/p&gt;&lt;p&gt;Cette version ne se connecte pas encore à un serveur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sportello::console::NotConnectedPage</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Non connecté à un serveur</translation>
    </message>
    <message>
        <source>This console is where agents read and answer the WhatsApp conversations handled by a Sportello server. It is not connected to a server yet: connecting arrives with the agent hub, so for now there are no conversations to show.</source>
        <translation>Dans cette console, les agents lisent les conversations WhatsApp gérées par un serveur Sportello et y répondent. Elle n&apos;est pas encore connectée à un serveur&#xa0;: la connexion arrivera avec le hub des agents, il n&apos;y a donc pour l&apos;instant aucune conversation à afficher.</translation>
    </message>
    <message>
        <source>Server given on the command line: %1. It is remembered but not contacted yet.</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>Serveur indiqué sur la ligne de commande&#xa0;: %1. Il est mémorisé mais pas encore contacté.</translation>
    </message>
    <message>
        <source>Server given on the command line: %1, user %2. They are remembered but the server is not contacted yet.</source>
        <extracomment>%1 is the server&apos;s address, %2 the agent&apos;s user name.</extracomment>
        <translation>Serveur indiqué sur la ligne de commande&#xa0;: %1, utilisateur %2. Ils sont mémorisés mais le serveur n&apos;est pas encore contacté.</translation>
    </message>
    <message>
        <source>To start a server on this computer, run in the Sportello source folder:</source>
        <translation>Pour démarrer un serveur sur cet ordinateur, exécutez dans le dossier des sources de Sportello&#xa0;:</translation>
    </message>
    <message>
        <source>It builds the server and starts it in sandbox mode, with a sample business and a simulated WhatsApp, on %1. Where Sportello is installed, “%2” starts the same sandbox server.</source>
        <extracomment>%1 is the server&apos;s address, %2 the command that starts an installed server.</extracomment>
        <translation>Cette commande compile le serveur et le démarre en mode bac à sable, avec une entreprise d&apos;exemple et un WhatsApp simulé, sur %1. Là où Sportello est installé, «&#xa0;%2&#xa0;» démarre le même serveur bac à sable.</translation>
    </message>
</context>
</TS>
