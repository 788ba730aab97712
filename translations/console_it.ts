<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Connessione non riuscita</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Riconnessione in corso…</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Sportello Console: the desktop console where agents answer WhatsApp customers.</source>
        <translation>Console Sportello: la console desktop da cui gli operatori rispondono ai clienti su WhatsApp.</translation>
    </message>
    <message>
        <source>Sportello server to use, for example https://sportello.example.com. It is remembered; connecting arrives with the agent hub.</source>
        <translation>Server Sportello da usare, per esempio https://sportello.example.com. Viene memorizzato; la connessione arriverà con l&apos;hub degli operatori.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Agent user name on that server.</source>
        <translation>Nome utente dell&apos;operatore su quel server.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Read the agent&apos;s password from the first line of standard input.</source>
        <translation>Legge la password dell&apos;operatore dalla prima riga dello standard input.</translation>
    </message>
    <message>
        <source>Language of the console: %1 (default: the system&apos;s).</source>
        <translation>Lingua della console: %1 (predefinita: quella del sistema).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” (see --help).</source>
        <translation>Argomento inatteso “%1” (vedi --help).</translation>
    </message>
    <message>
        <source>--lang: “%1” is not available; choose one of %2.</source>
        <translation>--lang: “%1” non è disponibile; scegli tra %2.</translation>
    </message>
    <message>
        <source>--user: the user name is empty.</source>
        <translation>--user: il nome utente è vuoto.</translation>
    </message>
    <message>
        <source>--password-stdin needs --user: whose password is it?</source>
        <translation>--password-stdin richiede --user: di chi è la password?</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>window closed</source>
        <translation>finestra chiusa</translation>
    </message>
    <message>
        <source>window closes in %1</source>
        <extracomment>The 24-hour customer service window; %1 is a duration like &quot;3 h 12 min&quot;.</extracomment>
        <translation>la finestra si chiude tra %1</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>Short form of &quot;the 24-hour window is closed&quot;, in a list row.</extracomment>
        <translation>chiusa</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds, e.g. &quot;45 s&quot;.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Minutes, e.g. &quot;12 min&quot;.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, e.g. &quot;3 h 05 min&quot;.</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>Days and hours, e.g. &quot;2 d 4 h&quot;.</extracomment>
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>In attesa di un operatore</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>In attesa di invio</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp</source>
        <translation>Accettato da WhatsApp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non consegnato</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Letto</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Riprodotto</translation>
    </message>
    <message>
        <source>Not sent: the 24-hour window is closed, send a template</source>
        <translation>Non inviato: la finestra di 24 ore è chiusa, invia un modello</translation>
    </message>
    <message>
        <source>Not sent: refused before sending</source>
        <translation>Non inviato: rifiutato prima dell&apos;invio</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote: only a template can be sent.</source>
        <translation>Sono passate più di 24 ore dall&apos;ultimo messaggio del cliente: si può inviare solo un modello.</translation>
    </message>
    <message>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>Impossibile consegnare il messaggio: il numero potrebbe non usare WhatsApp o l&apos;app del cliente è troppo vecchia.</translation>
    </message>
    <message>
        <source>The customer has stopped marketing messages from this business.</source>
        <translation>Il cliente ha disattivato i messaggi di marketing di questa attività.</translation>
    </message>
    <message>
        <source>WhatsApp does not support this message type.</source>
        <translation>WhatsApp non supporta questo tipo di messaggio.</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time; try again later.</source>
        <translation>Troppi messaggi a questo cliente in poco tempo; riprova più tardi.</translation>
    </message>
    <message>
        <source>The WhatsApp business account is in maintenance mode.</source>
        <translation>L&apos;account WhatsApp Business è in modalità di manutenzione.</translation>
    </message>
    <message>
        <source>WhatsApp held this message back to protect the customer&apos;s experience.</source>
        <translation>WhatsApp ha trattenuto questo messaggio per tutelare l&apos;esperienza del cliente.</translation>
    </message>
    <message>
        <source>WhatsApp could not send the message because of an error on its side.</source>
        <translation>WhatsApp non è riuscito a inviare il messaggio a causa di un errore dei suoi sistemi.</translation>
    </message>
    <message>
        <source>The WhatsApp sending rate limit was reached; the message will be retried.</source>
        <translation>È stato raggiunto il limite di invio di WhatsApp; il messaggio verrà inviato di nuovo.</translation>
    </message>
    <message>
        <source>The template&apos;s parameters do not match the template.</source>
        <translation>I parametri non corrispondono al modello.</translation>
    </message>
    <message>
        <source>The template does not exist in this language, or is not approved yet.</source>
        <translation>Il modello non esiste in questa lingua o non è ancora approvato.</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver the message.</source>
        <translation>WhatsApp non ha consegnato il messaggio.</translation>
    </message>
    <message>
        <source>%1 (error %2)</source>
        <extracomment>%1 is an explanation, %2 WhatsApp&apos;s numeric error code.</extracomment>
        <translation>%1 (errore %2)</translation>
    </message>
    <message>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <source>🎬 Video</source>
        <translation>🎬 Video</translation>
    </message>
    <message>
        <source>🎤 Voice message</source>
        <translation>🎤 Messaggio vocale</translation>
    </message>
    <message>
        <source>📄 Document</source>
        <translation>📄 Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation>📍 Posizione</translation>
    </message>
    <message>
        <source>👤 Contact card</source>
        <translation>👤 Scheda contatto</translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <extracomment>%1 is the emoji the customer reacted with.</extracomment>
        <translation>Reazione rimossa</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>Ha reagito con %1</translation>
    </message>
    <message>
        <source>🛒 Order</source>
        <translation>🛒 Ordine</translation>
    </message>
    <message>
        <source>Unsupported message: %1</source>
        <extracomment>%1 is WhatsApp&apos;s reason, e.g. &quot;Message type unknown&quot;.
----------
%1 is the WhatsApp message type as sent, e.g. &quot;poll&quot;.</extracomment>
        <translation>Messaggio non supportato: %1</translation>
    </message>
    <message>
        <source>WhatsApp gave no details</source>
        <translation>WhatsApp non ha fornito dettagli</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>Messaggio modello</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>nessun testo</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>Enter the server address, for example https://sportello.example.com.</source>
        <translation>Inserisci l&apos;indirizzo del server, per esempio https://sportello.example.com.</translation>
    </message>
    <message>
        <source>The address “%1” does not say how to connect: start it with http://, https://, ws:// or wss://.</source>
        <translation>L&apos;indirizzo “%1” non dice come connettersi: inizialo con http://, https://, ws:// o wss://.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported: use http, https, ws or wss.</source>
        <translation>Lo schema “%1” non è supportato: usa http, https, ws o wss.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password: enter them separately.</source>
        <translation>L&apos;indirizzo non deve contenere nome utente o password: inseriscili a parte.</translation>
    </message>
    <message>
        <source>The address “%1” has no host name.</source>
        <translation>L&apos;indirizzo “%1” non contiene il nome host.</translation>
    </message>
    <message>
        <source>The port is missing after “:” in “%1”.</source>
        <translation>Manca la porta dopo “:” in “%1”.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>La porta “%1” non è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>The host name “%1” is not valid.</source>
        <translation>Il nome host “%1” non è valido.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid: %2</source>
        <translation>L&apos;indirizzo “%1” non è valido: %2</translation>
    </message>
    <message>
        <source>The address must not contain a query (?…) or a fragment (#…).</source>
        <translation>L&apos;indirizzo non deve contenere una query (?…) né un frammento (#…).</translation>
    </message>
</context>
<context>
    <name>UnderstandingText</name>
    <message>
        <source>Booking request</source>
        <translation>Richiesta di prenotazione</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Cambio prenotazione</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Disdetta prenotazione</translation>
    </message>
    <message>
        <source>Confirms booking</source>
        <translation>Conferma prenotazione</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Orari di apertura</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Come arrivare</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>Richiesta documenti</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Verifica stato</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>Chiede una persona</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Dati di contatto</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergenza</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saluto</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Ringraziamento</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Congedo</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Disiscrizione</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Fuori ambito</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
    <message>
        <source>unsure: %1</source>
        <translation>incerto: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>arrabbiato</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>Intent: %1 (%2)</source>
        <translation>Intento: %1 (%2)</translation>
    </message>
    <message>
        <source>Confidence is under the threshold: treated as out of scope.</source>
        <translation>Confidenza sotto la soglia: trattato come fuori ambito.</translation>
    </message>
    <message>
        <source>The runner-up is close: check before acting.</source>
        <translation>Il secondo intento è molto vicino: verifica prima di agire.</translation>
    </message>
    <message>
        <source>Also possible: %1</source>
        <translation>Possibili anche: %1</translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation>Lingua: %1 (%2)</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>Sentiment: %1</translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation>Per via di: %1</translation>
    </message>
</context>
<context>
    <name>sportello::console::ConsoleApplication</name>
    <message>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin: lo standard input non conteneva alcuna password.</translation>
    </message>
</context>
<context>
    <name>sportello::console::NotConnectedPage</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Non connesso a un server</translation>
    </message>
    <message>
        <source>This console is where agents read and answer the WhatsApp conversations handled by a Sportello server. It is not connected to a server yet: connecting arrives with the agent hub, so for now there are no conversations to show.</source>
        <translation>In questa console gli operatori leggono e rispondono alle conversazioni WhatsApp gestite da un server Sportello. Non è ancora connessa a un server: la connessione arriverà con l&apos;hub degli operatori, quindi per ora non ci sono conversazioni da mostrare.</translation>
    </message>
    <message>
        <source>Server given on the command line: %1. It is remembered but not contacted yet.</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>Server indicato sulla riga di comando: %1. È memorizzato ma non ancora contattato.</translation>
    </message>
    <message>
        <source>Server given on the command line: %1, user %2. They are remembered but the server is not contacted yet.</source>
        <extracomment>%1 is the server&apos;s address, %2 the agent&apos;s user name.</extracomment>
        <translation>Server indicato sulla riga di comando: %1, utente %2. Sono memorizzati ma il server non viene ancora contattato.</translation>
    </message>
    <message>
        <source>To start a server on this computer, run in the Sportello source folder:</source>
        <translation>Per avviare un server su questo computer, esegui nella cartella dei sorgenti di Sportello:</translation>
    </message>
    <message>
        <source>It builds the server and starts it in sandbox mode, with a sample business and a simulated WhatsApp, on %1. Where Sportello is installed, “%2” starts the same sandbox server.</source>
        <extracomment>%1 is the server&apos;s address, %2 the command that starts an installed server.</extracomment>
        <translation>Compila il server e lo avvia in modalità sandbox, con un&apos;attività di esempio e un WhatsApp simulato, su %1. Dove Sportello è installato, “%2” avvia lo stesso server sandbox.</translation>
    </message>
</context>
<context>
    <name>sportello::console::SignInFlow</name>
    <message>
        <source>Enter the server address, for example https://sportello.example.com.</source>
        <translation>Inserisci l&apos;indirizzo del server, per esempio https://sportello.example.com.</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Impossibile raggiungere il server.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>La sessione è terminata. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>Too many failed logins. %1</source>
        <translation>Troppi accessi non riusciti. %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Il server ha rifiutato l&apos;accesso: %1</translation>
    </message>
    <message>
        <source>The server refused the login (%1).</source>
        <translation>Il server ha rifiutato l&apos;accesso (%1).</translation>
    </message>
</context>
<context>
    <name>sportello::console::models::IntentCatalogModel</name>
    <message>
        <source>Intent</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Built-in examples</source>
        <extracomment>Column: how many example messages ship with the product for this intent.</extracomment>
        <translation>Esempi predefiniti</translation>
    </message>
    <message>
        <source>Your examples</source>
        <extracomment>Column: how many example messages the business added to this intent.</extracomment>
        <translation>I tuoi esempi</translation>
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
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validità</translation>
    </message>
</context>
<context>
    <name>sportello::console::models::KnowledgeDocumentModel</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Frammenti</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Caricato da</translation>
    </message>
</context>
<context>
    <name>sportello::console::net::HubClient</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>Another user signed in on this console.</source>
        <translation>Un altro utente ha effettuato l&apos;accesso su questa console.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sessione chiusa.</translation>
    </message>
    <message>
        <source>Not connected to a Sportello server.</source>
        <translation>Non connesso a un server Sportello.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connessione è stata chiusa.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Il certificato del server non è attendibile: %1</translation>
    </message>
    <message>
        <source>Your session was ended on the server. Please sign in again.</source>
        <translation>La sessione è stata chiusa dal server. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connessione persa: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossibile raggiungere il server: %1</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Il server ha smesso di rispondere.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::Composer</name>
    <message>
        <source>Canned replies</source>
        <translation>Risposte rapide</translation>
    </message>
    <message>
        <source>Insert a saved reply at the cursor</source>
        <translation>Inserisce una risposta salvata nella posizione del cursore</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters typed out of WhatsApp&apos;s maximum, e.g. &quot;120 / 4096&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>WhatsApp accepts at most %1 characters in one message.</source>
        <translation>WhatsApp accetta al massimo %1 caratteri per messaggio.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: the customer last wrote more than a day ago, so WhatsApp only accepts an approved template until they write again.</source>
        <translation>La finestra di 24 ore è chiusa: il cliente ha scritto l&apos;ultima volta più di un giorno fa, quindi WhatsApp accetta solo un modello approvato finché non scrive di nuovo.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Scrivi una risposta… (Ctrl+Enter per inviare)</translation>
    </message>
    <message>
        <source>Send template…</source>
        <translation>Invia modello…</translation>
    </message>
    <message>
        <source>Choose an approved template to reopen the conversation</source>
        <translation>Scegli un modello approvato per riaprire la conversazione</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send to the customer on WhatsApp (Ctrl+Enter)</source>
        <translation>Invia al cliente su WhatsApp (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ConversationHeader</name>
    <message>
        <source>The assistant is handling this conversation</source>
        <translation>L&apos;assistente sta gestendo questa conversazione</translation>
    </message>
    <message>
        <source>Escalated: waiting for an agent</source>
        <translation>Escalation: in attesa di un operatore</translation>
    </message>
    <message>
        <source>Escalated: %1 — waiting for an agent</source>
        <translation>Escalation: %1 — in attesa di un operatore</translation>
    </message>
    <message>
        <source>Handled by an agent; the assistant stays silent</source>
        <translation>Gestita da un operatore; l&apos;assistente non interviene</translation>
    </message>
    <message>
        <source>Handled by %1; the assistant stays silent</source>
        <translation>Gestita da %1; l&apos;assistente non interviene</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>WhatsApp accepts free-form replies for 24 hours after the customer&apos;s last message; after that only approved templates.</source>
        <translation>WhatsApp accetta risposte libere per 24 ore dopo l&apos;ultimo messaggio del cliente; poi solo modelli approvati.</translation>
    </message>
    <message numerus="yes">
        <source>%1 typing…</source>
        <extracomment>%1 lists user names.</extracomment>
        <translation>
            <numerusform>%1 sta scrivendo…</numerusform>
            <numerusform>%1 stanno scrivendo…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 viewing</source>
        <translation>
            <numerusform>%1 sta visualizzando</numerusform>
            <numerusform>%1 stanno visualizzando</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ConversationListDelegate</name>
    <message>
        <source>Escalated</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Escalation: %1</translation>
    </message>
    <message>
        <source>Draft to review</source>
        <extracomment>Marker on a list row: a proposed reply waits for review.</extracomment>
        <translation>Bozza da revisionare</translation>
    </message>
    <message>
        <source>You: %1</source>
        <extracomment>Prefix of the list preview when the last message was ours.</extracomment>
        <translation>Tu: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Marker on a list row: a proposed reply waits for review (keep it short).</extracomment>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>Marker on a list row: the customer&apos;s last turn reads angry / urgent (keep it short).</extracomment>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Arrabbiato</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::CustomerPanel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>Apri prima una conversazione.</translation>
    </message>
    <message>
        <source>Type a label first.</source>
        <translation>Scrivi prima un&apos;etichetta.</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>Un&apos;etichetta può avere al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The conversation already has the label “%1”.</source>
        <translation>La conversazione ha già l&apos;etichetta “%1”.</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Nessuna conversazione selezionata</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Add a label and press Enter</source>
        <translation>Aggiungi un&apos;etichetta e premi Invio</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Note private</translation>
    </message>
    <message>
        <source>Note for the team, never sent to the customer</source>
        <translation>Nota per il team, mai inviata al cliente</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Aggiungi &amp;nota</translation>
    </message>
    <message>
        <source>Save the note for the team (Ctrl+Enter)</source>
        <translation>Salva la nota per il team (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Attività: %1</translation>
    </message>
    <message>
        <source>Handled by the assistant</source>
        <translation>Gestita dall&apos;assistente</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>In attesa di un operatore</translation>
    </message>
    <message>
        <source>Waiting for an agent: %1</source>
        <translation>In attesa di un operatore: %1</translation>
    </message>
    <message>
        <source>Handled by an agent</source>
        <translation>Gestita da un operatore</translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>Gestita da %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Cliente dal %1</translation>
    </message>
    <message>
        <source>Opted out: nothing is sent to this customer until they write START.</source>
        <translation>Disiscrizione: a questo cliente non viene inviato nulla finché non scrive START.</translation>
    </message>
    <message>
        <source>Receives messages</source>
        <translation>Riceve messaggi</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under a private note: %1 who wrote it, %2 when.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ancora nessuna nota.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::DashboardView</name>
    <message>
        <source>Updated at %1</source>
        <extracomment>%1 is the time the figures were received.</extracomment>
        <translation>Aggiornato alle %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Ultimo %n giorno</numerusform>
            <numerusform>Ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>The figures also refresh by themselves every minute</source>
        <translation>I dati si aggiornano anche da soli ogni minuto</translation>
    </message>
    <message>
        <source>First response: median %1 · p95 %2</source>
        <translation>Prima risposta: mediana %1 · p95 %2</translation>
    </message>
    <message>
        <source>Resolution: median %1 · p95 %2</source>
        <translation>Risoluzione: mediana %1 · p95 %2</translation>
    </message>
    <message>
        <source>Language model cost: %1</source>
        <translation>Costo del modello linguistico: %1</translation>
    </message>
    <message>
        <source>Language model cost: none yet (no automatic replies)</source>
        <translation>Costo del modello linguistico: ancora nessuno (nessuna risposta automatica)</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messaggi al giorno</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Messages received by hour</source>
        <translation>Messaggi ricevuti per ora</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Chi ha risposto</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiche</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisionate</translation>
    </message>
    <message>
        <source>By agents</source>
        <translation>Dagli operatori</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A pie slice: %1 who answered, %2 how many turns.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation>Escalation per motivo</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>non specificato</translation>
    </message>
    <message>
        <source>Open conversations per agent</source>
        <translation>Conversazioni aperte per operatore</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assegnate</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::DraftReviewPanel</name>
    <message>
        <source>Proposed reply</source>
        <translation>Risposta proposta</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Intento:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confidenza:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fonti:</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>Send the proposed reply as it is (%1)</source>
        <extracomment>%1 is the keyboard shortcut.</extracomment>
        <translation>Invia la risposta proposta così com&apos;è (%1)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rifiuta</translation>
    </message>
    <message>
        <source>Discard the proposal; nothing is sent and the conversation stays with the agents (%1)</source>
        <translation>Scarta la proposta; non viene inviato nulla e la conversazione resta agli operatori (%1)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Annulla modifica</translation>
    </message>
    <message>
        <source>Keyboard: %1 approve, %2 edit / send the edit, %3 reject</source>
        <translation>Tastiera: %1 approva, %2 modifica / invia la modifica, %3 rifiuta</translation>
    </message>
    <message>
        <source>&amp;Send edited</source>
        <translation>&amp;Invia modificata</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Send your edited version (%1)</source>
        <translation>Invia la tua versione modificata (%1)</translation>
    </message>
    <message>
        <source>Change the text before sending (%1)</source>
        <translation>Modifica il testo prima di inviarlo (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>non classificato</translation>
    </message>
    <message>
        <source>How sure the assistant is that this reply is right: %1%</source>
        <translation>Quanto l&apos;assistente è sicuro che questa risposta sia corretta: %1%</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>nessuna citata</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::InboxPanel</name>
    <message>
        <source>Search name, number or message (Ctrl+K)</source>
        <translation>Cerca nome, numero o messaggio (Ctrl+K)</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Da revisionare</translation>
    </message>
    <message>
        <source>A proposed reply waits for an agent&apos;s approval</source>
        <translation>Una risposta proposta attende l&apos;approvazione di un operatore</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Handed to the agents and not yet taken by anyone</source>
        <translation>Passate agli operatori e non ancora prese in carico</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mie</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Assegnate a te</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Every conversation that is not closed</source>
        <translation>Tutte le conversazioni non chiuse</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <source>Recently closed conversations</source>
        <translation>Conversazioni chiuse di recente</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <extracomment>A queue&apos;s tooltip: %1 explains the queue, %2 its keyboard shortcut.</extracomment>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>&amp;Rimuovi esempio</translation>
    </message>
    <message>
        <source>Remove &amp;all your examples</source>
        <translation>Rimuovi &amp;tutti i tuoi esempi</translation>
    </message>
    <message>
        <source>Removes every example you added to this intent. The built-in examples stay.</source>
        <translation>Rimuove tutti gli esempi che hai aggiunto a questo intento. Gli esempi predefiniti restano.</translation>
    </message>
    <message>
        <source>Add examples</source>
        <translation>Aggiungi esempi</translation>
    </message>
    <message>
        <source>an intent, or a new name like whitening_offer</source>
        <translation>un intento, o un nome nuovo come whitening_offer</translation>
    </message>
    <message>
        <source>One example per line, as customers write it:
Quanto costa lo sbiancamento?
Fate offerte per lo sbiancamento dei denti?</source>
        <translation>Un esempio per riga, come lo scrivono i clienti:
Quanto costa lo sbiancamento?
Fate offerte per lo sbiancamento dei denti?</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>&amp;Intent:</source>
        <translation>&amp;Intento:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Examples:</source>
        <translation>&amp;Esempi:</translation>
    </message>
    <message>
        <source>The assistant learns each intent from the built-in examples in your languages and the ones you add here. After a change it trains again in the background; the current model answers until the new one is ready.</source>
        <translation>L&apos;assistente impara ogni intento dagli esempi predefiniti nelle tue lingue e da quelli che aggiungi qui. Dopo una modifica si riaddestra in background; il modello attuale continua a rispondere finché quello nuovo non è pronto.</translation>
    </message>
    <message>
        <source>Removing the example…</source>
        <translation>Rimozione dell&apos;esempio…</translation>
    </message>
    <message>
        <source>Removing your examples of “%1”…</source>
        <translation>Rimozione dei tuoi esempi di “%1”…</translation>
    </message>
    <message>
        <source>Choose an intent to see the examples you added to it.</source>
        <translation>Scegli un intento per vedere gli esempi che gli hai aggiunto.</translation>
    </message>
    <message>
        <source>You have added no examples to “%1” yet.</source>
        <translation>Non hai ancora aggiunto esempi a “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) you added to “%1”:</source>
        <translation>
            <numerusform>%n esempio che hai aggiunto a “%1”:</numerusform>
            <numerusform>%n esempi che hai aggiunto a “%1”:</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the intents…</source>
        <translation>Caricamento degli intenti…</translation>
    </message>
    <message>
        <source>Training the model on the latest examples… The previous model answers customers meanwhile.</source>
        <translation>Addestramento del modello sugli ultimi esempi… Nel frattempo ai clienti risponde il modello precedente.</translation>
    </message>
    <message>
        <source>The last training failed: %1. The previous model, if any, keeps answering.</source>
        <translation>L&apos;ultimo addestramento non è riuscito: %1. Il modello precedente, se c&apos;è, continua a rispondere.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n esempio</numerusform>
            <numerusform>%n esempi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of them yours)</source>
        <extracomment>%1: &quot;3,450 examples&quot;, %2: how many of them the business added.</extracomment>
        <translation>%1 (di cui %2 tuoi)</translation>
    </message>
    <message>
        <source>Ready: %1 across %2 (ready in %3 s, %4).</source>
        <extracomment>%1: &quot;3,450 examples&quot;, %2: &quot;21 intents&quot;, %3: seconds (loading a model trained earlier with the same examples takes well under one), %4: date and time.</extracomment>
        <translation>Pronto: %1 di %2 (pronto in %3 s, %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n intent(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intenti</numerusform>
        </translation>
    </message>
    <message>
        <source>No model yet: the server trains one when it starts.</source>
        <translation>Ancora nessun modello: il server ne addestra uno all&apos;avvio.</translation>
    </message>
    <message>
        <source>Choose an intent or type the name of a new one.</source>
        <translation>Scegli un intento o scrivi il nome di uno nuovo.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and “_”, starting with a letter, at most %1 characters: e.g. whitening_offer.</source>
        <translation>Usa lettere minuscole, cifre e “_”, iniziando con una lettera, al massimo %1 caratteri: ad es. whitening_offer.</translation>
    </message>
    <message>
        <source>Write at least one example, one per line.</source>
        <translation>Scrivi almeno un esempio, uno per riga.</translation>
    </message>
    <message>
        <source>At most %1 examples at a time; there are %2.</source>
        <translation>Al massimo %1 esempi alla volta; ce ne sono %2.</translation>
    </message>
    <message>
        <source>Example %1 is longer than %2 characters.</source>
        <translation>L&apos;esempio %1 supera i %2 caratteri.</translation>
    </message>
    <message>
        <source>The business&apos;s languages are not known yet: wait for the intents to load.</source>
        <translation>Le lingue dell&apos;attività non sono ancora note: attendi il caricamento degli intenti.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n example(s)…</source>
        <translation>
            <numerusform>Aggiunta di %n esempio…</numerusform>
            <numerusform>Aggiunta di %n esempi…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Non è stato aggiunto nulla: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) added to “%1”.</source>
        <translation>
            <numerusform>%n esempio aggiunto a “%1”.</numerusform>
            <numerusform>%n esempi aggiunti a “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: already an example.</source>
        <translation>
            <numerusform>%n saltato: è già un esempio.</numerusform>
            <numerusform>%n saltati: sono già esempi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model is training again.</source>
        <translation>Il modello si sta riaddestrando.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Non è stato rimosso nulla: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) removed. The model is training again.</source>
        <translation>
            <numerusform>%n esempio rimosso. Il modello si sta riaddestrando.</numerusform>
            <numerusform>%n esempi rimossi. Il modello si sta riaddestrando.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::console::views::KnowledgePage</name>
    <message>
        <source>Remove document</source>
        <translation>Rimuovi documento</translation>
    </message>
    <message>
        <source>The documents the assistant answers from: price lists, opening hours, FAQ files. Uploading a file with the same name replaces it.</source>
        <translation>I documenti da cui l&apos;assistente risponde: listini, orari, FAQ. Caricare un file con lo stesso nome lo sostituisce.</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Carica…</translation>
    </message>
    <message>
        <source>Markdown, CSV or JSON FAQ, plain text or PDF, up to %1 MiB</source>
        <translation>Markdown, FAQ in CSV o JSON, testo semplice o PDF, fino a %1 MiB</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Select a document to see its chunks.</source>
        <translation>Seleziona un documento per vederne i frammenti.</translation>
    </message>
    <message>
        <source>Try a query</source>
        <translation>Prova una domanda</translation>
    </message>
    <message>
        <source>A question as a customer would ask it</source>
        <translation>Una domanda come la farebbe un cliente</translation>
    </message>
    <message>
        <source>Server&apos;s setting</source>
        <translation>Impostazione del server</translation>
    </message>
    <message>
        <source>Keywords (BM25)</source>
        <translation>Parole chiave (BM25)</translation>
    </message>
    <message>
        <source>Meaning (dense)</source>
        <translation>Significato (denso)</translation>
    </message>
    <message>
        <source>Both (hybrid)</source>
        <translation>Entrambi (ibrido)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Question or section</source>
        <translation>Domanda o sezione</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Upload a document</source>
        <translation>Carica un documento</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documenti (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be uploaded: use Markdown, CSV, JSON, JSONL, text or PDF files (%2).</source>
        <translation>Impossibile caricare “%1”: usa file Markdown, CSV, JSON, JSONL, di testo o PDF (%2).</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB: split it into smaller documents.</source>
        <translation>“%1” supera %2 MiB: dividilo in documenti più piccoli.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossibile leggere “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” è vuoto.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importazione di “%1” in corso…</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>“%1” non è stato importato: %2</translation>
    </message>
    <message>
        <source>“%1” is already up to date: nothing changed.</source>
        <translation>“%1” è già aggiornato: nessuna modifica.</translation>
    </message>
    <message>
        <source>“%1” imported.</source>
        <translation>“%1” importato.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avvisi:</translation>
    </message>
    <message>
        <source>The chunks could not be read: %1</source>
        <translation>Impossibile leggere i frammenti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) of “%1”</source>
        <translation>
            <numerusform>%n frammento di “%1”</numerusform>
            <numerusform>%n frammenti di “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n chunk(s)? The assistant stops using it at once.</source>
        <translation>
            <numerusform>Rimuovere “%1” e il suo %n frammento? L&apos;assistente smette subito di usarlo.</numerusform>
            <numerusform>Rimuovere “%1” e i suoi %n frammenti? L&apos;assistente smette subito di usarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Rimozione di “%1” in corso…</translation>
    </message>
    <message>
        <source>The document was removed.</source>
        <translation>Il documento è stato rimosso.</translation>
    </message>
    <message>
        <source>The document was not removed: %1</source>
        <translation>Il documento non è stato rimosso: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La ricerca non è riuscita: %1</translation>
    </message>
    <message>
        <source>Nothing found (mode %1).</source>
        <translation>Nessun risultato (modalità %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first (mode %1).</source>
        <translation>
            <numerusform>%n risultato, il migliore per primo (modalità %1).</numerusform>
            <numerusform>%n risultati, i migliori per primi (modalità %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents yet: upload one.</source>
        <translation>Ancora nessun documento: caricane uno.</translation>
    </message>
    <message>
        <source>Loading the chunks…</source>
        <translation>Caricamento dei frammenti…</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::LabelChips</name>
    <message>
        <source>Remove the label “%1”</source>
        <translation>Rimuovi l&apos;etichetta “%1”</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::LoginDialog</name>
    <message>
        <source>Log in to Sportello</source>
        <translation>Accedi a Sportello</translation>
    </message>
    <message>
        <source>Sign in with the account your administrator gave you.</source>
        <translation>Accedi con l&apos;account fornito dal tuo amministratore.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>https://sportello.example.com</source>
        <translation>https://sportello.example.com</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Inserisci il nome utente.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Inserisci la password.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::MainWindow</name>
    <message>
        <source>About Sportello Console</source>
        <translation>Informazioni su Console Sportello</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;h3&gt;Console Sportello %1&lt;/h3&gt;&lt;p&gt;La console desktop di Sportello, l&apos;assistente clienti su WhatsApp per le piccole attività. Gli operatori la usano per seguire le conversazioni e rispondere ai clienti quando l&apos;assistente passa una conversazione a una persona.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is the request that failed (e.g. &quot;message.send&quot;), %2 the reason.
----------
%1 is what was attempted (&quot;Taking over the conversation&quot;), %2 why it failed.</extracomment>
        <translation>Impossibile %1: %2</translation>
    </message>
    <message>
        <source>Opening the conversation</source>
        <translation>aprire la conversazione</translation>
    </message>
    <message>
        <source>Changing the labels</source>
        <translation>modificare le etichette</translation>
    </message>
    <message>
        <source>Adding the note</source>
        <translation>aggiungere la nota</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversazione</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Azioni sulla conversazione</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Chiude la console</translation>
    </message>
    <message>
        <source>&amp;About Sportello Console</source>
        <translation>&amp;Informazioni su Console Sportello</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Prendi in carico</translation>
    </message>
    <message>
        <source>Handle this conversation yourself; the assistant stays silent until you hand it back (Ctrl+T)</source>
        <translation>Gestisci tu questa conversazione; l&apos;assistente non interviene finché non la restituisci (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Hand back</source>
        <translation>&amp;Restituisci all&apos;assistente</translation>
    </message>
    <message>
        <source>Give the conversation back to the assistant (Ctrl+B)</source>
        <translation>Restituisce la conversazione all&apos;assistente (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assegna…</translation>
    </message>
    <message>
        <source>Give the conversation to another agent</source>
        <translation>Assegna la conversazione a un altro operatore</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close the conversation: it leaves the open queues</source>
        <translation>Chiude la conversazione, che esce dalle code delle conversazioni aperte</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>R&amp;iapri</translation>
    </message>
    <message>
        <source>Reopen the conversation and take it</source>
        <translation>Riapre la conversazione e la prende in carico</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Volumes, response times and escalations</source>
        <translation>Volumi, tempi di risposta ed escalation</translation>
    </message>
    <message>
        <source>Sandbox &amp;customer</source>
        <translation>C&amp;liente sandbox</translation>
    </message>
    <message>
        <source>Write as a WhatsApp customer to this sandbox server, to try the whole flow</source>
        <translation>Scrivi come un cliente WhatsApp a questo server sandbox, per provare l&apos;intero flusso</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Da revisionare</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mie</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <extracomment>A menu entry that shows an inbox queue; %1 is the queue&apos;s name.</extracomment>
        <translation>Mostra “%1”</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>Conversazione &amp;successiva</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversazione &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Cerca nelle conversazioni</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.

Ctrl+1…5 switch queues, Ctrl+Up and Ctrl+Down move between conversations, Ctrl+K searches.</source>
        <translation>Scegli una conversazione a sinistra.

Ctrl+1…5 cambiano coda, Ctrl+Up e Ctrl+Down passano da una conversazione all&apos;altra, Ctrl+K avvia la ricerca.</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Ancora nessun messaggio.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Accesso effettuato come %1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is the &quot;signed in as&quot; text, %2 the server&apos;s address.</extracomment>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Nessun server configurato</translation>
    </message>
    <message>
        <source>Server %1</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Scegli prima una conversazione.</translation>
    </message>
    <message>
        <source>This conversation is closed. Reopen it to reply.</source>
        <translation>Questa conversazione è chiusa. Riaprila per rispondere.</translation>
    </message>
    <message>
        <source>The customer opted out (STOP): nothing can be sent until they write START.</source>
        <translation>Il cliente ha chiesto la disiscrizione (STOP): non si può inviare nulla finché non scrive START.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued action(s)…</source>
        <translation>
            <numerusform>Invio di %n azione in coda…</numerusform>
            <numerusform>Invio di %n azioni in coda…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n action(s) waiting</source>
        <extracomment>The link to the server is down and actions wait to be replayed.</extracomment>
        <translation>
            <numerusform>Offline — %n azione in attesa</numerusform>
            <numerusform>Offline — %n azioni in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting</source>
        <translation>Offline — riconnessione in corso</translation>
    </message>
    <message>
        <source>your role does not allow this</source>
        <translation>il tuo ruolo non lo consente</translation>
    </message>
    <message>
        <source>the conversation changed meanwhile; look again</source>
        <translation>nel frattempo la conversazione è cambiata; ricontrollala</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>non esiste più</translation>
    </message>
    <message>
        <source>you are signed out</source>
        <translation>la sessione è chiusa</translation>
    </message>
    <message>
        <source>Taking over the conversation</source>
        <translation>prendere in carico la conversazione</translation>
    </message>
    <message>
        <source>Handing the conversation back</source>
        <translation>restituire la conversazione all&apos;assistente</translation>
    </message>
    <message>
        <source>Assign the conversation</source>
        <translation>Assegna la conversazione</translation>
    </message>
    <message>
        <source>Agent (online agents are listed; an empty name unassigns):</source>
        <translation>Operatore (sono elencati quelli online; un nome vuoto rimuove l&apos;assegnazione):</translation>
    </message>
    <message>
        <source>Assigning the conversation</source>
        <translation>assegnare la conversazione</translation>
    </message>
    <message>
        <source>Closing the conversation</source>
        <translation>chiudere la conversazione</translation>
    </message>
    <message>
        <source>Reopening the conversation</source>
        <translation>riaprire la conversazione</translation>
    </message>
    <message>
        <source>Saving your settings</source>
        <translation>salvare le tue impostazioni</translation>
    </message>
    <message>
        <source>Saving the business settings</source>
        <translation>salvare le impostazioni dell&apos;attività</translation>
    </message>
    <message>
        <source>Sending the template</source>
        <translation>inviare il modello</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::SandboxCustomerWindow</name>
    <message>
        <source>Template “%1”</source>
        <translation>Modello “%1”</translation>
    </message>
    <message>
        <source>The message was not accepted: %1</source>
        <translation>Il messaggio non è stato accettato: %1</translation>
    </message>
    <message>
        <source>The server did not take the read receipt.</source>
        <translation>Il server non ha accettato la conferma di lettura.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s number: 6 to 15 digits with the country code, e.g. 393401234567.</source>
        <translation>Inserisci il numero del cliente: da 6 a 15 cifre con il prefisso internazionale, ad es. 393401234567.</translation>
    </message>
    <message>
        <source>No sandbox server to write to.</source>
        <translation>Nessun server sandbox a cui scrivere.</translation>
    </message>
    <message>
        <source>Sandbox customer</source>
        <translation>Cliente sandbox</translation>
    </message>
    <message>
        <source>Write as a WhatsApp customer of the sandbox business. Your messages reach the server like real ones; replies from the agents appear here.</source>
        <translation>Scrivi come un cliente WhatsApp dell&apos;attività sandbox. I tuoi messaggi arrivano al server come quelli reali; le risposte degli operatori compaiono qui.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numero:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Message as the customer</source>
        <translation>Messaggio come cliente</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Segna come &amp;letto</translation>
    </message>
    <message>
        <source>The customer reads the messages: the agents see blue ticks</source>
        <translation>Il cliente legge i messaggi: gli operatori vedono le spunte blu</translation>
    </message>
    <message>
        <source>No messages with this number yet.</source>
        <translation>Ancora nessun messaggio con questo numero.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Risposte rapide</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Notify me of new &amp;escalations</source>
        <translation>Avvisami delle nuove &amp;escalation</translation>
    </message>
    <message>
        <source>Notify me of new messages in &amp;my conversations</source>
        <translation>Avvisami dei nuovi messaggi nelle &amp;mie conversazioni</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Notifications appear on the desktop while the console runs.</source>
        <translation>Le notifiche compaiono sul desktop mentre la console è aperta.</translation>
    </message>
    <message>
        <source>complaint, refund, legal</source>
        <translation>complaint, refund, legal</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automazione</translation>
    </message>
    <message>
        <source>Reply automatically from confidence:</source>
        <translation>Rispondi in automatico con confidenza da:</translation>
    </message>
    <message>
        <source>Propose for review from confidence:</source>
        <translation>Proponi per la revisione con confidenza da:</translation>
    </message>
    <message>
        <source>Always to a person, for intents:</source>
        <translation>Sempre a una persona, per gli intenti:</translation>
    </message>
    <message>
        <source>Stored now; the assistant uses them once it understands and drafts replies. Below the review threshold every conversation goes to the agents.</source>
        <translation>Già salvate; l&apos;assistente le userà quando saprà comprendere e preparare le risposte. Sotto la soglia di revisione ogni conversazione passa agli operatori.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Orari di apertura</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso orario:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the opening and closing times of a day.</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>it, en… (empty: any)</source>
        <translation>it, en… (vuoto: tutte)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuova</translation>
    </message>
    <message>
        <source>Save &amp;reply</source>
        <translation>Salva &amp;risposta</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>T&amp;esto:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Templates are approved by Meta and listed in the server&apos;s business configuration; they are read-only here.</source>
        <translation>I modelli sono approvati da Meta ed elencati nella configurazione dell&apos;attività sul server; qui sono di sola lettura.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambia &amp;ruolo</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Reimposta &amp;password</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password (at least %1 characters)</source>
        <translation>Password (almeno %1 caratteri)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Aggiungi &amp;utente</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>La password deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Utente selezionato</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <source>header %1, body %2, buttons %3</source>
        <extracomment>Template parameter counts: header, body, buttons.</extracomment>
        <translation>intestazione %1, corpo %2, pulsanti %3</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>, online</source>
        <translation>, online</translation>
    </message>
    <message>
        <source>The review threshold cannot be above the automatic reply threshold.</source>
        <translation>La soglia di revisione non può superare quella di risposta automatica.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows, e.g. Europe/Rome.</source>
        <translation>“%1” non è un fuso orario noto a questo computer; esempio valido: Europe/Rome.</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <extracomment>%1 is a day of the week.</extracomment>
        <translation>L&apos;orario di chiusura di %1 deve essere successivo a quello di apertura.</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation>Inserisci il nome del nuovo utente.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>Il nome utente non può contenere spazi.</translation>
    </message>
    <message>
        <source>There is already a user called “%1”.</source>
        <translation>Esiste già un utente di nome “%1”.</translation>
    </message>
    <message>
        <source>Add &amp;reply</source>
        <translation>Aggiungi &amp;risposta</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Attiva</translation>
    </message>
    <message>
        <source>You cannot change your own role or disable yourself.</source>
        <translation>Non puoi cambiare il tuo ruolo né disattivare il tuo account.</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intenti</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conoscenze</translation>
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
        <translation>I modelli sono ancora in caricamento.</translation>
    </message>
    <message>
        <source>This business has no approved templates. Add them in the server&apos;s business configuration.</source>
        <translation>Questa attività non ha modelli approvati. Aggiungili nella configurazione dell&apos;attività sul server.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Scegli un modello.</translation>
    </message>
    <message>
        <source>Fill in every parameter: WhatsApp refuses a template with an empty one.</source>
        <translation>Compila tutti i parametri: WhatsApp rifiuta un modello con parametri vuoti.</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Invia un modello</translation>
    </message>
    <message>
        <source>The customer has not written in the last 24 hours, so WhatsApp only delivers an approved template. Their reply reopens the conversation.</source>
        <translation>Il cliente non ha scritto nelle ultime 24 ore, quindi WhatsApp consegna solo un modello approvato. La sua risposta riapre la conversazione.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>&amp;Send template</source>
        <translation>&amp;Invia modello</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <extracomment>A template parameter field; %1 is its number as in {{1}}.</extracomment>
        <translation>Intestazione {{%1}}</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>Corpo {{%1}}</translation>
    </message>
    <message>
        <source>Button %1 {{%2}}</source>
        <extracomment>%1 is the button&apos;s number, %2 the parameter&apos;s as in {{1}}.</extracomment>
        <translation>Pulsante %1 {{%2}}</translation>
    </message>
    <message>
        <source>This template has no parameters.</source>
        <translation>Questo modello non ha parametri.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>Preview heading: %1 template name, %2 language code, %3 category.</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Intestazione:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corpo:</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>Pulsanti:</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ThreadBubbleDelegate</name>
    <message>
        <source>Not delivered: %1</source>
        <extracomment>Inside a failed bubble; %1 explains why.</extracomment>
        <translation>Non consegnato: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>Inside a bubble the server did not send; %1 explains why.</extracomment>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <extracomment>Heading of a private note; %1 is who wrote it.</extracomment>
        <translation>Nota privata · %1</translation>
    </message>
    <message>
        <source>Only agents see private notes; the customer never does.</source>
        <translation>Solo gli operatori vedono le note private; il cliente mai.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ThreadView</name>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copia testo</translation>
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
            <numerusform>Console Sportello: %n non letto</numerusform>
            <numerusform>Console Sportello: %n non letti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs an agent</source>
        <extracomment>Notification title; %1 is the customer.</extracomment>
        <translation>%1 ha bisogno di un operatore</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
</context>
</TS>
