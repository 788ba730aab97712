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
    <name>sportello::console::ConsoleApplication</name>
    <message>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin: lo standard input non conteneva alcuna password.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
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
        <source>Version and purpose of the console</source>
        <translation>Versione e scopo della console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Version and licence of the Qt libraries</source>
        <translation>Versione e licenza delle librerie Qt</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Nessun server configurato</translation>
    </message>
    <message>
        <source>%1 remembered; connecting arrives with the agent hub</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>%1 memorizzato; la connessione arriverà con l&apos;hub degli operatori</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <extracomment>Tooltip of the connection state: %1 is the server&apos;s address, %2 the user name.</extracomment>
        <translation>%1 come %2</translation>
    </message>
    <message>
        <source>About Sportello Console</source>
        <translation>Informazioni su Console Sportello</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;&lt;p&gt;This version does not connect to a server yet.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;h3&gt;Console Sportello %1&lt;/h3&gt;&lt;p&gt;La console desktop di Sportello, l&apos;assistente clienti su WhatsApp per le piccole imprese. Gli operatori la usano per seguire le conversazioni e rispondere ai clienti quando l&apos;assistente passa una conversazione a una persona.&lt;/p&gt;&lt;p&gt;Questa versione non si connette ancora a un server.&lt;/p&gt;</translation>
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
</TS>
