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
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion en cours…</translation>
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
    <name>DisplayText</name>
    <message>
        <source>window closed</source>
        <translation>fenêtre fermée</translation>
    </message>
    <message>
        <source>window closes in %1</source>
        <extracomment>The 24-hour customer service window; %1 is a duration like &quot;3 h 12 min&quot;.</extracomment>
        <translation>fermeture de la fenêtre dans %1</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>Short form of &quot;the 24-hour window is closed&quot;, in a list row.</extracomment>
        <translation>fermée</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds, e.g. &quot;45 s&quot;.</extracomment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Minutes, e.g. &quot;12 min&quot;.</extracomment>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, e.g. &quot;3 h 05 min&quot;.</extracomment>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>Days and hours, e.g. &quot;2 d 4 h&quot;.</extracomment>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>En attente d&apos;un agent</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp</source>
        <translation>Accepté par WhatsApp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non distribué</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Écouté</translation>
    </message>
    <message>
        <source>Not sent: the 24-hour window is closed, send a template</source>
        <translation>Non envoyé&#xa0;: la fenêtre de 24&#xa0;h est fermée, envoyez un modèle</translation>
    </message>
    <message>
        <source>Not sent: refused before sending</source>
        <translation>Non envoyé&#xa0;: refusé avant l&apos;envoi</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote: only a template can be sent.</source>
        <translation>Plus de 24&#xa0;heures se sont écoulées depuis le dernier message du client&#xa0;: seul un modèle peut être envoyé.</translation>
    </message>
    <message>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>Le message n&apos;a pas pu être distribué&#xa0;: le numéro n&apos;utilise peut-être pas WhatsApp, ou l&apos;application du client est trop ancienne.</translation>
    </message>
    <message>
        <source>The customer has stopped marketing messages from this business.</source>
        <translation>Le client a refusé les messages marketing de cette entreprise.</translation>
    </message>
    <message>
        <source>WhatsApp does not support this message type.</source>
        <translation>WhatsApp ne prend pas en charge ce type de message.</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time; try again later.</source>
        <translation>Trop de messages envoyés à ce client en peu de temps&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The WhatsApp business account is in maintenance mode.</source>
        <translation>Le compte WhatsApp Business est en mode maintenance.</translation>
    </message>
    <message>
        <source>WhatsApp held this message back to protect the customer&apos;s experience.</source>
        <translation>WhatsApp a retenu ce message pour préserver l&apos;expérience du client.</translation>
    </message>
    <message>
        <source>WhatsApp could not send the message because of an error on its side.</source>
        <translation>WhatsApp n&apos;a pas pu envoyer le message en raison d&apos;une erreur de son côté.</translation>
    </message>
    <message>
        <source>The WhatsApp sending rate limit was reached; the message will be retried.</source>
        <translation>La limite d&apos;envoi de WhatsApp a été atteinte&#xa0;; le message sera renvoyé.</translation>
    </message>
    <message>
        <source>The template&apos;s parameters do not match the template.</source>
        <translation>Les paramètres ne correspondent pas au modèle.</translation>
    </message>
    <message>
        <source>The template does not exist in this language, or is not approved yet.</source>
        <translation>Le modèle n&apos;existe pas dans cette langue ou n&apos;est pas encore approuvé.</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver the message.</source>
        <translation>WhatsApp n&apos;a pas distribué le message.</translation>
    </message>
    <message>
        <source>%1 (error %2)</source>
        <extracomment>%1 is an explanation, %2 WhatsApp&apos;s numeric error code.</extracomment>
        <translation>%1 (erreur %2)</translation>
    </message>
    <message>
        <source>📷 Photo</source>
        <translation>📷 Photo</translation>
    </message>
    <message>
        <source>🎬 Video</source>
        <translation>🎬 Vidéo</translation>
    </message>
    <message>
        <source>🎤 Voice message</source>
        <translation>🎤 Message vocal</translation>
    </message>
    <message>
        <source>📄 Document</source>
        <translation>📄 Document</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Autocollant</translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation>📍 Position</translation>
    </message>
    <message>
        <source>👤 Contact card</source>
        <translation>👤 Fiche de contact</translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <extracomment>%1 is the emoji the customer reacted with.</extracomment>
        <translation>Réaction supprimée</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>A réagi avec %1</translation>
    </message>
    <message>
        <source>🛒 Order</source>
        <translation>🛒 Commande</translation>
    </message>
    <message>
        <source>Unsupported message: %1</source>
        <extracomment>%1 is WhatsApp&apos;s reason, e.g. &quot;Message type unknown&quot;.
----------
%1 is the WhatsApp message type as sent, e.g. &quot;poll&quot;.</extracomment>
        <translation>Message non pris en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>WhatsApp gave no details</source>
        <translation>WhatsApp n&apos;a donné aucun détail</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>Message modèle</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>sans texte</translation>
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
    <name>UnderstandingText</name>
    <message>
        <source>Booking request</source>
        <translation>Demande de réservation</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Modification de réservation</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annulation de réservation</translation>
    </message>
    <message>
        <source>Confirms booking</source>
        <translation>Confirmation de réservation</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>Demande de document</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Suivi de demande</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>Demande une personne</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Au revoir</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Désinscription</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors sujet</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>unsure: %1</source>
        <translation>incertain&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>en colère</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>Intent: %1 (%2)</source>
        <translation>Intention&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Confidence is under the threshold: treated as out of scope.</source>
        <translation>Confiance sous le seuil&#xa0;: traité comme hors sujet.</translation>
    </message>
    <message>
        <source>The runner-up is close: check before acting.</source>
        <translation>La deuxième intention est très proche&#xa0;: vérifiez avant d&apos;agir.</translation>
    </message>
    <message>
        <source>Also possible: %1</source>
        <translation>Autres possibilités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation>Langue&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>Sentiment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation>En raison de&#xa0;: %1</translation>
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
<context>
    <name>sportello::console::SignInFlow</name>
    <message>
        <source>Enter the server address, for example https://sportello.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://sportello.example.com.</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Impossible de joindre le serveur.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many failed logins. %1</source>
        <translation>Trop de tentatives de connexion échouées. %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the login (%1).</source>
        <translation>Le serveur a refusé la connexion (%1).</translation>
    </message>
</context>
<context>
    <name>sportello::console::models::IntentCatalogModel</name>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Built-in examples</source>
        <extracomment>Column: how many example messages ship with the product for this intent.</extracomment>
        <translation>Exemples intégrés</translation>
    </message>
    <message>
        <source>Your examples</source>
        <extracomment>Column: how many example messages the business added to this intent.</extracomment>
        <translation>Vos exemples</translation>
    </message>
</context>
<context>
    <name>sportello::console::models::KnowledgeChunkModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
</context>
<context>
    <name>sportello::console::models::KnowledgeDocumentModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Importé par</translation>
    </message>
</context>
<context>
    <name>sportello::console::net::HubClient</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Another user signed in on this console.</source>
        <translation>Un autre utilisateur s&apos;est connecté sur cette console.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Not connected to a Sportello server.</source>
        <translation>Non connecté à un serveur Sportello.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your session was ended on the server. Please sign in again.</source>
        <translation>Votre session a été fermée sur le serveur. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connexion perdue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::Composer</name>
    <message>
        <source>Canned replies</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>Insert a saved reply at the cursor</source>
        <translation>Insérer une réponse enregistrée à la position du curseur</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters typed out of WhatsApp&apos;s maximum, e.g. &quot;120 / 4096&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>WhatsApp accepts at most %1 characters in one message.</source>
        <translation>WhatsApp accepte au maximum %1 caractères par message.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: the customer last wrote more than a day ago, so WhatsApp only accepts an approved template until they write again.</source>
        <translation>La fenêtre de 24&#xa0;h est fermée&#xa0;: le client a écrit pour la dernière fois il y a plus d&apos;un jour, WhatsApp n&apos;accepte donc qu&apos;un modèle approuvé jusqu&apos;à ce qu&apos;il écrive de nouveau.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Rédigez une réponse… (Ctrl+Enter pour envoyer)</translation>
    </message>
    <message>
        <source>Send template…</source>
        <translation>Envoyer un modèle…</translation>
    </message>
    <message>
        <source>Choose an approved template to reopen the conversation</source>
        <translation>Choisir un modèle approuvé pour rouvrir la conversation</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send to the customer on WhatsApp (Ctrl+Enter)</source>
        <translation>Envoyer au client sur WhatsApp (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ConversationHeader</name>
    <message>
        <source>The assistant is handling this conversation</source>
        <translation>L&apos;assistant gère cette conversation</translation>
    </message>
    <message>
        <source>Escalated: waiting for an agent</source>
        <translation>Escaladée&#xa0;: en attente d&apos;un agent</translation>
    </message>
    <message>
        <source>Escalated: %1 — waiting for an agent</source>
        <translation>Escaladée&#xa0;: %1 — en attente d&apos;un agent</translation>
    </message>
    <message>
        <source>Handled by an agent; the assistant stays silent</source>
        <translation>Gérée par un agent&#xa0;; l&apos;assistant reste silencieux</translation>
    </message>
    <message>
        <source>Handled by %1; the assistant stays silent</source>
        <translation>Gérée par %1&#xa0;; l&apos;assistant reste silencieux</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>WhatsApp accepts free-form replies for 24 hours after the customer&apos;s last message; after that only approved templates.</source>
        <translation>WhatsApp accepte des réponses libres pendant 24&#xa0;heures après le dernier message du client&#xa0;; ensuite, uniquement des modèles approuvés.</translation>
    </message>
    <message numerus="yes">
        <source>%1 typing…</source>
        <extracomment>%1 lists user names.</extracomment>
        <translation>
            <numerusform>%1 écrit…</numerusform>
            <numerusform>%1 écrivent…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 viewing</source>
        <translation>
            <numerusform>%1 consulte</numerusform>
            <numerusform>%1 consultent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ConversationListDelegate</name>
    <message>
        <source>Escalated</source>
        <translation>Escaladée</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Escaladée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft to review</source>
        <extracomment>Marker on a list row: a proposed reply waits for review.</extracomment>
        <translation>Brouillon à valider</translation>
    </message>
    <message>
        <source>You: %1</source>
        <extracomment>Prefix of the list preview when the last message was ours.</extracomment>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Marker on a list row: a proposed reply waits for review (keep it short).</extracomment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>Marker on a list row: the customer&apos;s last turn reads angry / urgent (keep it short).</extracomment>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>En colère</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::CustomerPanel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>Ouvrez d&apos;abord une conversation.</translation>
    </message>
    <message>
        <source>Type a label first.</source>
        <translation>Saisissez d&apos;abord une étiquette.</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>Une étiquette comporte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>The conversation already has the label “%1”.</source>
        <translation>La conversation a déjà l&apos;étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Aucune conversation sélectionnée</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add a label and press Enter</source>
        <translation>Ajoutez une étiquette et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Note for the team, never sent to the customer</source>
        <translation>Note pour l&apos;équipe, jamais envoyée au client</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
    <message>
        <source>Save the note for the team (Ctrl+Enter)</source>
        <translation>Enregistrer la note pour l&apos;équipe (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Entreprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Handled by the assistant</source>
        <translation>Gérée par l&apos;assistant</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>En attente d&apos;un agent</translation>
    </message>
    <message>
        <source>Waiting for an agent: %1</source>
        <translation>En attente d&apos;un agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Handled by an agent</source>
        <translation>Gérée par un agent</translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>Gérée par %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Client depuis le %1</translation>
    </message>
    <message>
        <source>Opted out: nothing is sent to this customer until they write START.</source>
        <translation>Désinscrit&#xa0;: rien n&apos;est envoyé à ce client tant qu&apos;il n&apos;a pas écrit START.</translation>
    </message>
    <message>
        <source>Receives messages</source>
        <translation>Reçoit les messages</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under a private note: %1 who wrote it, %2 when.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::DashboardView</name>
    <message>
        <source>Updated at %1</source>
        <extracomment>%1 is the time the figures were received.</extracomment>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>The figures also refresh by themselves every minute</source>
        <translation>Les chiffres s&apos;actualisent aussi automatiquement toutes les minutes</translation>
    </message>
    <message>
        <source>First response: median %1 · p95 %2</source>
        <translation>Première réponse&#xa0;: médiane %1 · p95 %2</translation>
    </message>
    <message>
        <source>Resolution: median %1 · p95 %2</source>
        <translation>Résolution&#xa0;: médiane %1 · p95 %2</translation>
    </message>
    <message>
        <source>Language model cost: %1</source>
        <translation>Coût du modèle de langage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language model cost: none yet (no automatic replies)</source>
        <translation>Coût du modèle de langage&#xa0;: aucun pour l&apos;instant (pas de réponses automatiques)</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messages par jour</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Messages received by hour</source>
        <translation>Messages reçus par heure</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Qui a répondu</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiques</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Validées</translation>
    </message>
    <message>
        <source>By agents</source>
        <translation>Par les agents</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A pie slice: %1 who answered, %2 how many turns.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation>Escalades par motif</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Open conversations per agent</source>
        <translation>Conversations ouvertes par agent</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribuées</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::DraftReviewPanel</name>
    <message>
        <source>Proposed reply</source>
        <translation>Réponse proposée</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Intention&#xa0;:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Send the proposed reply as it is (%1)</source>
        <extracomment>%1 is the keyboard shortcut.</extracomment>
        <translation>Envoyer la réponse proposée telle quelle (%1)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Discard the proposal; nothing is sent and the conversation stays with the agents (%1)</source>
        <translation>Écarter la proposition&#xa0;; rien n&apos;est envoyé et la conversation reste aux agents (%1)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Keyboard: %1 approve, %2 edit / send the edit, %3 reject</source>
        <translation>Clavier&#xa0;: %1 approuver, %2 modifier / envoyer la modification, %3 rejeter</translation>
    </message>
    <message>
        <source>&amp;Send edited</source>
        <translation>&amp;Envoyer la modification</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Send your edited version (%1)</source>
        <translation>Envoyer votre version modifiée (%1)</translation>
    </message>
    <message>
        <source>Change the text before sending (%1)</source>
        <translation>Modifier le texte avant l&apos;envoi (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>non classée</translation>
    </message>
    <message>
        <source>How sure the assistant is that this reply is right: %1%</source>
        <translation>Degré de certitude de l&apos;assistant quant à cette réponse&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>aucune citée</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::InboxPanel</name>
    <message>
        <source>Search name, number or message (Ctrl+K)</source>
        <translation>Rechercher un nom, un numéro ou un message (Ctrl+K)</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À valider</translation>
    </message>
    <message>
        <source>A proposed reply waits for an agent&apos;s approval</source>
        <translation>Une réponse proposée attend l&apos;approbation d&apos;un agent</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>Handed to the agents and not yet taken by anyone</source>
        <translation>Transmises aux agents et pas encore prises en charge</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Qui vous sont attribuées</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Toutes ouvertes</translation>
    </message>
    <message>
        <source>Every conversation that is not closed</source>
        <translation>Toutes les conversations non fermées</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermées</translation>
    </message>
    <message>
        <source>Recently closed conversations</source>
        <translation>Conversations fermées récemment</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <extracomment>A queue&apos;s tooltip: %1 explains the queue, %2 its keyboard shortcut.</extracomment>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::IntentCatalogDelegate</name>
    <message>
        <source>%1, %2</source>
        <extracomment>Who added an intent example and when: &quot;marco, 12/03/25&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::IntentsPage</name>
    <message>
        <source>&amp;Remove example</source>
        <translation>&amp;Supprimer l&apos;exemple</translation>
    </message>
    <message>
        <source>Remove &amp;all your examples</source>
        <translation>Supprimer &amp;tous vos exemples</translation>
    </message>
    <message>
        <source>Removes every example you added to this intent. The built-in examples stay.</source>
        <translation>Supprime tous les exemples que vous avez ajoutés à cette intention. Les exemples intégrés sont conservés.</translation>
    </message>
    <message>
        <source>Add examples</source>
        <translation>Ajouter des exemples</translation>
    </message>
    <message>
        <source>an intent, or a new name like whitening_offer</source>
        <translation>une intention, ou un nouveau nom comme whitening_offer</translation>
    </message>
    <message>
        <source>One example per line, as customers write it:
Quanto costa lo sbiancamento?
Fate offerte per lo sbiancamento dei denti?</source>
        <translation>Un exemple par ligne, tel que les clients l&apos;écrivent&#xa0;:
Combien coûte le blanchiment&#xa0;?
Vous faites des offres sur le blanchiment des dents&#xa0;?</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Intent:</source>
        <translation>&amp;Intention&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Examples:</source>
        <translation>E&amp;xemples&#xa0;:</translation>
    </message>
    <message>
        <source>The assistant learns each intent from the built-in examples in your languages and the ones you add here. After a change it trains again in the background; the current model answers until the new one is ready.</source>
        <translation>L&apos;assistant apprend chaque intention à partir des exemples intégrés dans vos langues et de ceux que vous ajoutez ici. Après une modification, il se réentraîne en arrière-plan&#xa0;; le modèle actuel répond jusqu&apos;à ce que le nouveau soit prêt.</translation>
    </message>
    <message>
        <source>Removing the example…</source>
        <translation>Suppression de l&apos;exemple…</translation>
    </message>
    <message>
        <source>Removing your examples of “%1”…</source>
        <translation>Suppression de vos exemples de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Choose an intent to see the examples you added to it.</source>
        <translation>Choisissez une intention pour voir les exemples que vous y avez ajoutés.</translation>
    </message>
    <message>
        <source>You have added no examples to “%1” yet.</source>
        <translation>Vous n&apos;avez encore ajouté aucun exemple à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) you added to “%1”:</source>
        <translation>
            <numerusform>%n exemple ajouté par vous à «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
            <numerusform>%n exemples ajoutés par vous à «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the intents…</source>
        <translation>Chargement des intentions…</translation>
    </message>
    <message>
        <source>Training the model on the latest examples… The previous model answers customers meanwhile.</source>
        <translation>Entraînement du modèle sur les derniers exemples… Entre-temps, le modèle précédent répond aux clients.</translation>
    </message>
    <message>
        <source>The last training failed: %1. The previous model, if any, keeps answering.</source>
        <translation>Le dernier entraînement a échoué&#xa0;: %1. Le modèle précédent, s&apos;il existe, continue de répondre.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n exemple</numerusform>
            <numerusform>%n exemples</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of them yours)</source>
        <extracomment>%1: &quot;3,450 examples&quot;, %2: how many of them the business added.</extracomment>
        <translation>%1 (dont %2 ajoutés par vous)</translation>
    </message>
    <message>
        <source>Ready: %1 across %2 (ready in %3 s, %4).</source>
        <extracomment>%1: &quot;3,450 examples&quot;, %2: &quot;21 intents&quot;, %3: seconds (loading a model trained earlier with the same examples takes well under one), %4: date and time.</extracomment>
        <translation>Prêt&#xa0;: %1 pour %2 (prêt en %3&#xa0;s, %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n intent(s)</source>
        <translation>
            <numerusform>%n intention</numerusform>
            <numerusform>%n intentions</numerusform>
        </translation>
    </message>
    <message>
        <source>No model yet: the server trains one when it starts.</source>
        <translation>Pas encore de modèle&#xa0;: le serveur en entraîne un à son démarrage.</translation>
    </message>
    <message>
        <source>Choose an intent or type the name of a new one.</source>
        <translation>Choisissez une intention ou saisissez le nom d&apos;une nouvelle.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and “_”, starting with a letter, at most %1 characters: e.g. whitening_offer.</source>
        <translation>Utilisez des lettres minuscules, des chiffres et «&#xa0;_&#xa0;», en commençant par une lettre, %1 caractères au maximum&#xa0;: par ex. whitening_offer.</translation>
    </message>
    <message>
        <source>Write at least one example, one per line.</source>
        <translation>Saisissez au moins un exemple, un par ligne.</translation>
    </message>
    <message>
        <source>At most %1 examples at a time; there are %2.</source>
        <translation>%1 exemples au maximum à la fois&#xa0;; il y en a %2.</translation>
    </message>
    <message>
        <source>Example %1 is longer than %2 characters.</source>
        <translation>L&apos;exemple %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The business&apos;s languages are not known yet: wait for the intents to load.</source>
        <translation>Les langues de l&apos;entreprise ne sont pas encore connues&#xa0;: attendez le chargement des intentions.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n example(s)…</source>
        <translation>
            <numerusform>Ajout de %n exemple…</numerusform>
            <numerusform>Ajout de %n exemples…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Rien n&apos;a été ajouté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) added to “%1”.</source>
        <translation>
            <numerusform>%n exemple ajouté à «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n exemples ajoutés à «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: already an example.</source>
        <translation>
            <numerusform>%n ignoré&#xa0;: déjà un exemple.</numerusform>
            <numerusform>%n ignorés&#xa0;: déjà des exemples.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model is training again.</source>
        <translation>Le modèle se réentraîne.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) removed. The model is training again.</source>
        <translation>
            <numerusform>%n exemple supprimé. Le modèle se réentraîne.</numerusform>
            <numerusform>%n exemples supprimés. Le modèle se réentraîne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::console::views::KnowledgePage</name>
    <message>
        <source>Remove document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <source>The documents the assistant answers from: price lists, opening hours, FAQ files. Uploading a file with the same name replaces it.</source>
        <translation>Les documents dont l&apos;assistant se sert pour répondre&#xa0;: tarifs, horaires, FAQ. Importer un fichier du même nom le remplace.</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Markdown, CSV or JSON FAQ, plain text or PDF, up to %1 MiB</source>
        <translation>Markdown, FAQ en CSV ou JSON, texte brut ou PDF, jusqu&apos;à %1 Mio</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select a document to see its chunks.</source>
        <translation>Sélectionnez un document pour voir ses fragments.</translation>
    </message>
    <message>
        <source>Try a query</source>
        <translation>Essayer une requête</translation>
    </message>
    <message>
        <source>A question as a customer would ask it</source>
        <translation>Une question telle qu&apos;un client la poserait</translation>
    </message>
    <message>
        <source>Server&apos;s setting</source>
        <translation>Réglage du serveur</translation>
    </message>
    <message>
        <source>Keywords (BM25)</source>
        <translation>Mots-clés (BM25)</translation>
    </message>
    <message>
        <source>Meaning (dense)</source>
        <translation>Sens (dense)</translation>
    </message>
    <message>
        <source>Both (hybrid)</source>
        <translation>Les deux (hybride)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Question or section</source>
        <translation>Question ou section</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Upload a document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be uploaded: use Markdown, CSV, JSON, JSONL, text or PDF files (%2).</source>
        <translation>Impossible d&apos;importer «&#xa0;%1&#xa0;»&#xa0;: utilisez des fichiers Markdown, CSV, JSON, JSONL, texte ou PDF (%2).</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB: split it into smaller documents.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mio&#xa0;: divisez-le en documents plus petits.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is already up to date: nothing changed.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà à jour&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>“%1” imported.</source>
        <translation>«&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>The chunks could not be read: %1</source>
        <translation>Impossible de lire les fragments&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) of “%1”</source>
        <translation>
            <numerusform>%n fragment de «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n fragments de «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n chunk(s)? The assistant stops using it at once.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et son %n fragment&#xa0;? L&apos;assistant cesse aussitôt de l&apos;utiliser.</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n fragments&#xa0;? L&apos;assistant cesse aussitôt de l&apos;utiliser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The document was removed.</source>
        <translation>Le document a été supprimé.</translation>
    </message>
    <message>
        <source>The document was not removed: %1</source>
        <translation>Le document n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing found (mode %1).</source>
        <translation>Aucun résultat (mode %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first (mode %1).</source>
        <translation>
            <numerusform>%n résultat, le meilleur en premier (mode %1).</numerusform>
            <numerusform>%n résultats, les meilleurs en premier (mode %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents yet: upload one.</source>
        <translation>Aucun document pour l&apos;instant&#xa0;: importez-en un.</translation>
    </message>
    <message>
        <source>Loading the chunks…</source>
        <translation>Chargement des fragments…</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::LabelChips</name>
    <message>
        <source>Remove the label “%1”</source>
        <translation>Retirer l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::LoginDialog</name>
    <message>
        <source>Log in to Sportello</source>
        <translation>Connexion à Sportello</translation>
    </message>
    <message>
        <source>Sign in with the account your administrator gave you.</source>
        <translation>Connectez-vous avec le compte fourni par votre administrateur.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>https://sportello.example.com</source>
        <translation>https://sportello.example.com</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::MainWindow</name>
    <message>
        <source>About Sportello Console</source>
        <translation>À propos de Console Sportello</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;h3&gt;Console Sportello %1&lt;/h3&gt;&lt;p&gt;La console de bureau de Sportello, l&apos;assistant client WhatsApp des petites entreprises. Les agents l&apos;utilisent pour suivre les conversations et répondre aux clients lorsque l&apos;assistant confie une conversation à une personne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is the request that failed (e.g. &quot;message.send&quot;), %2 the reason.
----------
%1 is what was attempted (&quot;Taking over the conversation&quot;), %2 why it failed.</extracomment>
        <translation>%1&#xa0;: échec — %2</translation>
    </message>
    <message>
        <source>Opening the conversation</source>
        <translation>Ouverture de la conversation</translation>
    </message>
    <message>
        <source>Changing the labels</source>
        <translation>Modification des étiquettes</translation>
    </message>
    <message>
        <source>Adding the note</source>
        <translation>Ajout de la note</translation>
    </message>
    <message>
        <source>Sportello Console</source>
        <translation>Console Sportello</translation>
    </message>
    <message>
        <source>Sportello Console — %1</source>
        <translation>Console Sportello — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Actions sur la conversation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Fermer la console</translation>
    </message>
    <message>
        <source>&amp;About Sportello Console</source>
        <translation>À &amp;propos de Console Sportello</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <source>Handle this conversation yourself; the assistant stays silent until you hand it back (Ctrl+T)</source>
        <translation>Gérer vous-même cette conversation&#xa0;; l&apos;assistant reste silencieux jusqu&apos;à ce que vous la lui rendiez (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Hand back</source>
        <translation>&amp;Rendre à l&apos;assistant</translation>
    </message>
    <message>
        <source>Give the conversation back to the assistant (Ctrl+B)</source>
        <translation>Rendre la conversation à l&apos;assistant (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <source>Give the conversation to another agent</source>
        <translation>Confier la conversation à un autre agent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the conversation: it leaves the open queues</source>
        <translation>Fermer la conversation&#xa0;: elle quitte les files des conversations ouvertes</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Reopen the conversation and take it</source>
        <translation>Rouvrir la conversation et la prendre en charge</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Volumes, response times and escalations</source>
        <translation>Volumes, temps de réponse et escalades</translation>
    </message>
    <message>
        <source>Sandbox &amp;customer</source>
        <translation>&amp;Client bac à sable</translation>
    </message>
    <message>
        <source>Write as a WhatsApp customer to this sandbox server, to try the whole flow</source>
        <translation>Écrire à ce serveur bac à sable en tant que client WhatsApp, pour tester tout le parcours</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À valider</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Toutes ouvertes</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermées</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <extracomment>A menu entry that shows an inbox queue; %1 is the queue&apos;s name.</extracomment>
        <translation>Afficher «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Rechercher des conversations</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.

Ctrl+1…5 switch queues, Ctrl+Up and Ctrl+Down move between conversations, Ctrl+K searches.</source>
        <translation>Choisissez une conversation à gauche.

Ctrl+1…5 changent de file, Ctrl+Up et Ctrl+Down passent d&apos;une conversation à l&apos;autre, Ctrl+K lance la recherche.</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aucun message pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is the &quot;signed in as&quot; text, %2 the server&apos;s address.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Aucun serveur configuré</translation>
    </message>
    <message>
        <source>Server %1</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Choisissez d&apos;abord une conversation.</translation>
    </message>
    <message>
        <source>This conversation is closed. Reopen it to reply.</source>
        <translation>Cette conversation est fermée. Rouvrez-la pour répondre.</translation>
    </message>
    <message>
        <source>The customer opted out (STOP): nothing can be sent until they write START.</source>
        <translation>Le client s&apos;est désinscrit (STOP)&#xa0;: rien ne peut être envoyé tant qu&apos;il n&apos;a pas écrit START.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued action(s)…</source>
        <translation>
            <numerusform>Envoi de %n action en attente…</numerusform>
            <numerusform>Envoi de %n actions en attente…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n action(s) waiting</source>
        <extracomment>The link to the server is down and actions wait to be replayed.</extracomment>
        <translation>
            <numerusform>Hors ligne — %n action en attente</numerusform>
            <numerusform>Hors ligne — %n actions en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting</source>
        <translation>Hors ligne — reconnexion en cours</translation>
    </message>
    <message>
        <source>your role does not allow this</source>
        <translation>votre rôle ne le permet pas</translation>
    </message>
    <message>
        <source>the conversation changed meanwhile; look again</source>
        <translation>la conversation a changé entre-temps&#xa0;; vérifiez de nouveau</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>l&apos;élément n&apos;existe plus</translation>
    </message>
    <message>
        <source>you are signed out</source>
        <translation>vous êtes déconnecté</translation>
    </message>
    <message>
        <source>Taking over the conversation</source>
        <translation>Prise en charge de la conversation</translation>
    </message>
    <message>
        <source>Handing the conversation back</source>
        <translation>Retour de la conversation à l&apos;assistant</translation>
    </message>
    <message>
        <source>Assign the conversation</source>
        <translation>Attribuer la conversation</translation>
    </message>
    <message>
        <source>Agent (online agents are listed; an empty name unassigns):</source>
        <translation>Agent (les agents en ligne sont listés&#xa0;; un nom vide retire l&apos;attribution)&#xa0;:</translation>
    </message>
    <message>
        <source>Assigning the conversation</source>
        <translation>Attribution de la conversation</translation>
    </message>
    <message>
        <source>Closing the conversation</source>
        <translation>Fermeture de la conversation</translation>
    </message>
    <message>
        <source>Reopening the conversation</source>
        <translation>Réouverture de la conversation</translation>
    </message>
    <message>
        <source>Saving your settings</source>
        <translation>Enregistrement de vos paramètres</translation>
    </message>
    <message>
        <source>Saving the business settings</source>
        <translation>Enregistrement des paramètres de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Sending the template</source>
        <translation>Envoi du modèle</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::SandboxCustomerWindow</name>
    <message>
        <source>Template “%1”</source>
        <translation>Modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The message was not accepted: %1</source>
        <translation>Le message n&apos;a pas été accepté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not take the read receipt.</source>
        <translation>Le serveur n&apos;a pas pris en compte l&apos;accusé de lecture.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s number: 6 to 15 digits with the country code, e.g. 393401234567.</source>
        <translation>Saisissez le numéro du client&#xa0;: 6 à 15 chiffres avec l&apos;indicatif du pays, par ex. 393401234567.</translation>
    </message>
    <message>
        <source>No sandbox server to write to.</source>
        <translation>Aucun serveur bac à sable auquel écrire.</translation>
    </message>
    <message>
        <source>Sandbox customer</source>
        <translation>Client bac à sable</translation>
    </message>
    <message>
        <source>Write as a WhatsApp customer of the sandbox business. Your messages reach the server like real ones; replies from the agents appear here.</source>
        <translation>Écrivez en tant que client WhatsApp de l&apos;entreprise bac à sable. Vos messages parviennent au serveur comme de vrais messages&#xa0;; les réponses des agents s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Message as the customer</source>
        <translation>Message en tant que client</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>The customer reads the messages: the agents see blue ticks</source>
        <translation>Le client lit les messages&#xa0;: les agents voient les coches bleues</translation>
    </message>
    <message>
        <source>No messages with this number yet.</source>
        <translation>Aucun message avec ce numéro pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source>Notify me of new &amp;escalations</source>
        <translation>M&apos;avertir des nouvelles e&amp;scalades</translation>
    </message>
    <message>
        <source>Notify me of new messages in &amp;my conversations</source>
        <translation>M&apos;avertir des nouveaux messages dans &amp;mes conversations</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Notifications appear on the desktop while the console runs.</source>
        <translation>Les notifications s&apos;affichent sur le bureau tant que la console est ouverte.</translation>
    </message>
    <message>
        <source>complaint, refund, legal</source>
        <translation>réclamation, remboursement, juridique</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisation</translation>
    </message>
    <message>
        <source>Reply automatically from confidence:</source>
        <translation>Répondre automatiquement à partir d&apos;une confiance de&#xa0;:</translation>
    </message>
    <message>
        <source>Propose for review from confidence:</source>
        <translation>Proposer pour validation à partir d&apos;une confiance de&#xa0;:</translation>
    </message>
    <message>
        <source>Always to a person, for intents:</source>
        <translation>Toujours à une personne, pour les intentions&#xa0;:</translation>
    </message>
    <message>
        <source>Stored now; the assistant uses them once it understands and drafts replies. Below the review threshold every conversation goes to the agents.</source>
        <translation>Enregistrés dès maintenant&#xa0;; l&apos;assistant les utilisera lorsqu&apos;il saura comprendre les messages et rédiger des réponses. Sous le seuil de validation, toutes les conversations vont aux agents.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the opening and closing times of a day.</extracomment>
        <translation>à</translation>
    </message>
    <message>
        <source>it, en… (empty: any)</source>
        <translation>it, en… (vide&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>Save &amp;reply</source>
        <translation>Enregistrer la &amp;réponse</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Templates are approved by Meta and listed in the server&apos;s business configuration; they are read-only here.</source>
        <translation>Les modèles sont approuvés par Meta et listés dans la configuration d&apos;entreprise du serveur&#xa0;; ils sont ici en lecture seule.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Réinitialiser le mot de &amp;passe</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password (at least %1 characters)</source>
        <translation>Mot de passe (au moins %1 caractères)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>A&amp;jouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Un mot de passe comporte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Utilisateur sélectionné</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>header %1, body %2, buttons %3</source>
        <extracomment>Template parameter counts: header, body, buttons.</extracomment>
        <translation>en-tête %1, corps %2, boutons %3</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>, online</source>
        <translation>, en ligne</translation>
    </message>
    <message>
        <source>The review threshold cannot be above the automatic reply threshold.</source>
        <translation>Le seuil de validation ne peut pas dépasser le seuil de réponse automatique.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows, e.g. Europe/Rome.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu de cet ordinateur (exemple&#xa0;: Europe/Rome).</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <extracomment>%1 is a day of the week.</extracomment>
        <translation>Le %1, l&apos;heure de fermeture doit être postérieure à l&apos;heure d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation>Saisissez le nom du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>Un nom d&apos;utilisateur ne contient pas d&apos;espaces.</translation>
    </message>
    <message>
        <source>There is already a user called “%1”.</source>
        <translation>Il existe déjà un utilisateur nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add &amp;reply</source>
        <translation>Ajouter la &amp;réponse</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>You cannot change your own role or disable yourself.</source>
        <translation>Vous ne pouvez ni modifier votre propre rôle ni vous désactiver.</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intentions</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::TemplatePickerDialog</name>
    <message>
        <source>%1
%2 · %3</source>
        <extracomment>A template in the list: %1 its name, %2 its language code, %3 its category.</extracomment>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>The templates are still loading.</source>
        <translation>Les modèles sont en cours de chargement.</translation>
    </message>
    <message>
        <source>This business has no approved templates. Add them in the server&apos;s business configuration.</source>
        <translation>Cette entreprise n&apos;a aucun modèle approuvé. Ajoutez-en dans la configuration d&apos;entreprise du serveur.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>Fill in every parameter: WhatsApp refuses a template with an empty one.</source>
        <translation>Renseignez tous les paramètres&#xa0;: WhatsApp refuse un modèle dont un paramètre est vide.</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Envoyer un modèle</translation>
    </message>
    <message>
        <source>The customer has not written in the last 24 hours, so WhatsApp only delivers an approved template. Their reply reopens the conversation.</source>
        <translation>Le client n&apos;a pas écrit au cours des dernières 24&#xa0;heures&#xa0;: WhatsApp ne distribue donc qu&apos;un modèle approuvé. Sa réponse rouvrira la conversation.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Send template</source>
        <translation>&amp;Envoyer le modèle</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <extracomment>A template parameter field; %1 is its number as in {{1}}.</extracomment>
        <translation>En-tête {{%1}}</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>Corps {{%1}}</translation>
    </message>
    <message>
        <source>Button %1 {{%2}}</source>
        <extracomment>%1 is the button&apos;s number, %2 the parameter&apos;s as in {{1}}.</extracomment>
        <translation>Bouton %1 {{%2}}</translation>
    </message>
    <message>
        <source>This template has no parameters.</source>
        <translation>Ce modèle n&apos;a aucun paramètre.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>Preview heading: %1 template name, %2 language code, %3 category.</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>En-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>Boutons&#xa0;:</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ThreadBubbleDelegate</name>
    <message>
        <source>Not delivered: %1</source>
        <extracomment>Inside a failed bubble; %1 explains why.</extracomment>
        <translation>Non distribué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>Inside a bubble the server did not send; %1 explains why.</extracomment>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <extracomment>Heading of a private note; %1 is who wrote it.</extracomment>
        <translation>Note privée · %1</translation>
    </message>
    <message>
        <source>Only agents see private notes; the customer never does.</source>
        <translation>Seuls les agents voient les notes privées, jamais le client.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ThreadView</name>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::TrayNotifier</name>
    <message>
        <source>Sportello Console</source>
        <translation>Console Sportello</translation>
    </message>
    <message numerus="yes">
        <source>Sportello Console: %n unread</source>
        <translation>
            <numerusform>Console Sportello&#xa0;: %n non lu</numerusform>
            <numerusform>Console Sportello&#xa0;: %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs an agent</source>
        <extracomment>Notification title; %1 is the customer.</extracomment>
        <translation>%1 a besoin d&apos;un agent</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
</context>
</TS>
