<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Sportello Console: the desktop console where agents answer WhatsApp customers.</source>
        <translation>Sportello-Konsole: die Desktop-Konsole, in der Agenten WhatsApp-Kunden antworten.</translation>
    </message>
    <message>
        <source>Sportello server to use, for example https://sportello.example.com. It is remembered; connecting arrives with the agent hub.</source>
        <translation>Zu verwendender Sportello-Server, zum Beispiel https://sportello.example.com. Er wird gespeichert; die Verbindung kommt mit dem Agenten-Hub.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Agent user name on that server.</source>
        <translation>Benutzername des Agenten auf diesem Server.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Read the agent&apos;s password from the first line of standard input.</source>
        <translation>Liest das Passwort des Agenten aus der ersten Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <source>Language of the console: %1 (default: the system&apos;s).</source>
        <translation>Sprache der Konsole: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” (see --help).</source>
        <translation>Unerwartetes Argument „%1“ (siehe --help).</translation>
    </message>
    <message>
        <source>--lang: “%1” is not available; choose one of %2.</source>
        <translation>--lang: „%1“ ist nicht verfügbar; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>--user: the user name is empty.</source>
        <translation>--user: Der Benutzername ist leer.</translation>
    </message>
    <message>
        <source>--password-stdin needs --user: whose password is it?</source>
        <translation>--password-stdin erfordert --user: Wessen Passwort ist es?</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>window closed</source>
        <translation>Fenster geschlossen</translation>
    </message>
    <message>
        <source>window closes in %1</source>
        <extracomment>The 24-hour customer service window; %1 is a duration like &quot;3 h 12 min&quot;.</extracomment>
        <translation>Fenster schließt in %1</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>Short form of &quot;the 24-hour window is closed&quot;, in a list row.</extracomment>
        <translation>geschlossen</translation>
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
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Wartet auf einen Mitarbeiter</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp</source>
        <translation>Von WhatsApp angenommen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Abgespielt</translation>
    </message>
    <message>
        <source>Not sent: the 24-hour window is closed, send a template</source>
        <translation>Nicht gesendet: Das 24-Stunden-Fenster ist geschlossen, senden Sie eine Vorlage</translation>
    </message>
    <message>
        <source>Not sent: refused before sending</source>
        <translation>Nicht gesendet: vor dem Versand abgelehnt</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote: only a template can be sent.</source>
        <translation>Seit der letzten Nachricht des Kunden sind mehr als 24 Stunden vergangen: Es kann nur eine Vorlage gesendet werden.</translation>
    </message>
    <message>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>Die Nachricht konnte nicht zugestellt werden: Die Nummer nutzt möglicherweise kein WhatsApp oder die App des Kunden ist zu alt.</translation>
    </message>
    <message>
        <source>The customer has stopped marketing messages from this business.</source>
        <translation>Der Kunde hat Marketingnachrichten dieses Unternehmens abbestellt.</translation>
    </message>
    <message>
        <source>WhatsApp does not support this message type.</source>
        <translation>WhatsApp unterstützt diesen Nachrichtentyp nicht.</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time; try again later.</source>
        <translation>Zu viele Nachrichten an diesen Kunden in kurzer Zeit; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The WhatsApp business account is in maintenance mode.</source>
        <translation>Das WhatsApp-Business-Konto befindet sich im Wartungsmodus.</translation>
    </message>
    <message>
        <source>WhatsApp held this message back to protect the customer&apos;s experience.</source>
        <translation>WhatsApp hat diese Nachricht zurückgehalten, um die Nutzererfahrung des Kunden zu schützen.</translation>
    </message>
    <message>
        <source>WhatsApp could not send the message because of an error on its side.</source>
        <translation>WhatsApp konnte die Nachricht wegen eines Fehlers auf seiner Seite nicht senden.</translation>
    </message>
    <message>
        <source>The WhatsApp sending rate limit was reached; the message will be retried.</source>
        <translation>Das Sendelimit von WhatsApp wurde erreicht; die Nachricht wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The template&apos;s parameters do not match the template.</source>
        <translation>Die Parameter passen nicht zur Vorlage.</translation>
    </message>
    <message>
        <source>The template does not exist in this language, or is not approved yet.</source>
        <translation>Die Vorlage existiert in dieser Sprache nicht oder ist noch nicht genehmigt.</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver the message.</source>
        <translation>WhatsApp hat die Nachricht nicht zugestellt.</translation>
    </message>
    <message>
        <source>%1 (error %2)</source>
        <extracomment>%1 is an explanation, %2 WhatsApp&apos;s numeric error code.</extracomment>
        <translation>%1 (Fehler %2)</translation>
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
        <translation>🎤 Sprachnachricht</translation>
    </message>
    <message>
        <source>📄 Document</source>
        <translation>📄 Dokument</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation>📍 Standort</translation>
    </message>
    <message>
        <source>👤 Contact card</source>
        <translation>👤 Kontaktkarte</translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <extracomment>%1 is the emoji the customer reacted with.</extracomment>
        <translation>Reaktion entfernt</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>Hat mit %1 reagiert</translation>
    </message>
    <message>
        <source>🛒 Order</source>
        <translation>🛒 Bestellung</translation>
    </message>
    <message>
        <source>Unsupported message: %1</source>
        <extracomment>%1 is WhatsApp&apos;s reason, e.g. &quot;Message type unknown&quot;.
----------
%1 is the WhatsApp message type as sent, e.g. &quot;poll&quot;.</extracomment>
        <translation>Nicht unterstützte Nachricht: %1</translation>
    </message>
    <message>
        <source>WhatsApp gave no details</source>
        <translation>WhatsApp hat keine Details angegeben</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>Vorlagennachricht</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>ohne Text</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>Enter the server address, for example https://sportello.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://sportello.example.com.</translation>
    </message>
    <message>
        <source>The address “%1” does not say how to connect: start it with http://, https://, ws:// or wss://.</source>
        <translation>Die Adresse „%1“ gibt nicht an, wie verbunden werden soll: Beginnen Sie sie mit http://, https://, ws:// oder wss://.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported: use http, https, ws or wss.</source>
        <translation>Das Schema „%1“ wird nicht unterstützt: Verwenden Sie http, https, ws oder wss.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password: enter them separately.</source>
        <translation>Die Adresse darf weder Benutzernamen noch Passwort enthalten: Geben Sie diese getrennt ein.</translation>
    </message>
    <message>
        <source>The address “%1” has no host name.</source>
        <translation>Die Adresse „%1“ enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The port is missing after “:” in “%1”.</source>
        <translation>Nach „:“ fehlt der Port in „%1“.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The host name “%1” is not valid.</source>
        <translation>Der Hostname „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid: %2</source>
        <translation>Die Adresse „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The address must not contain a query (?…) or a fragment (#…).</source>
        <translation>Die Adresse darf weder eine Abfrage (?…) noch ein Fragment (#…) enthalten.</translation>
    </message>
</context>
<context>
    <name>UnderstandingText</name>
    <message>
        <source>Booking request</source>
        <translation>Buchungsanfrage</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Umbuchung</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>Confirms booking</source>
        <translation>Buchungsbestätigung</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Anfahrt</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>Dokumentanfrage</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Statusabfrage</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>Möchte einen Menschen</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Dank</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Verabschiedung</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Themenfremd</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>unsure: %1</source>
        <translation>unsicher: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>verärgert</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>Intent: %1 (%2)</source>
        <translation>Absicht: %1 (%2)</translation>
    </message>
    <message>
        <source>Confidence is under the threshold: treated as out of scope.</source>
        <translation>Sicherheit unter der Schwelle: wird als themenfremd behandelt.</translation>
    </message>
    <message>
        <source>The runner-up is close: check before acting.</source>
        <translation>Die zweitbeste Absicht liegt knapp dahinter: vor dem Handeln prüfen.</translation>
    </message>
    <message>
        <source>Also possible: %1</source>
        <translation>Ebenfalls möglich: %1</translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation>Sprache: %1 (%2)</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>Stimmung: %1</translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation>Aufgrund von: %1</translation>
    </message>
</context>
<context>
    <name>sportello::console::ConsoleApplication</name>
    <message>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin: Die Standardeingabe enthielt kein Passwort.</translation>
    </message>
</context>
<context>
    <name>sportello::console::NotConnectedPage</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Nicht mit einem Server verbunden</translation>
    </message>
    <message>
        <source>This console is where agents read and answer the WhatsApp conversations handled by a Sportello server. It is not connected to a server yet: connecting arrives with the agent hub, so for now there are no conversations to show.</source>
        <translation>In dieser Konsole lesen und beantworten Agenten die WhatsApp-Unterhaltungen, die ein Sportello-Server verwaltet. Sie ist noch mit keinem Server verbunden: Die Verbindung kommt mit dem Agenten-Hub, daher gibt es vorerst keine Unterhaltungen anzuzeigen.</translation>
    </message>
    <message>
        <source>Server given on the command line: %1. It is remembered but not contacted yet.</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>In der Befehlszeile angegebener Server: %1. Er ist gespeichert, wird aber noch nicht kontaktiert.</translation>
    </message>
    <message>
        <source>Server given on the command line: %1, user %2. They are remembered but the server is not contacted yet.</source>
        <extracomment>%1 is the server&apos;s address, %2 the agent&apos;s user name.</extracomment>
        <translation>In der Befehlszeile angegebener Server: %1, Benutzer %2. Beides ist gespeichert, der Server wird aber noch nicht kontaktiert.</translation>
    </message>
    <message>
        <source>To start a server on this computer, run in the Sportello source folder:</source>
        <translation>Um einen Server auf diesem Computer zu starten, führen Sie im Sportello-Quellordner aus:</translation>
    </message>
    <message>
        <source>It builds the server and starts it in sandbox mode, with a sample business and a simulated WhatsApp, on %1. Where Sportello is installed, “%2” starts the same sandbox server.</source>
        <extracomment>%1 is the server&apos;s address, %2 the command that starts an installed server.</extracomment>
        <translation>Der Befehl baut den Server und startet ihn im Sandbox-Modus mit einem Beispielunternehmen und einem simulierten WhatsApp unter %1. Wo Sportello installiert ist, startet „%2“ denselben Sandbox-Server.</translation>
    </message>
</context>
<context>
    <name>sportello::console::SignInFlow</name>
    <message>
        <source>Enter the server address, for example https://sportello.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://sportello.example.com.</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Too many failed logins. %1</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche. %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the login (%1).</source>
        <translation>Der Server hat die Anmeldung abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>sportello::console::models::IntentCatalogModel</name>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Built-in examples</source>
        <extracomment>Column: how many example messages ship with the product for this intent.</extracomment>
        <translation>Mitgelieferte Beispiele</translation>
    </message>
    <message>
        <source>Your examples</source>
        <extracomment>Column: how many example messages the business added to this intent.</extracomment>
        <translation>Ihre Beispiele</translation>
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
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
</context>
<context>
    <name>sportello::console::models::KnowledgeDocumentModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Hochgeladen von</translation>
    </message>
</context>
<context>
    <name>sportello::console::net::HubClient</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Another user signed in on this console.</source>
        <translation>Ein anderer Benutzer hat sich an dieser Konsole angemeldet.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Not connected to a Sportello server.</source>
        <translation>Nicht mit einem Sportello-Server verbunden.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Your session was ended on the server. Please sign in again.</source>
        <translation>Ihre Sitzung wurde auf dem Server beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::Composer</name>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Insert a saved reply at the cursor</source>
        <translation>Einen gespeicherten Textbaustein an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters typed out of WhatsApp&apos;s maximum, e.g. &quot;120 / 4096&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>WhatsApp accepts at most %1 characters in one message.</source>
        <translation>WhatsApp akzeptiert höchstens %1 Zeichen pro Nachricht.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: the customer last wrote more than a day ago, so WhatsApp only accepts an approved template until they write again.</source>
        <translation>Das 24-Stunden-Fenster ist geschlossen: Der Kunde hat zuletzt vor mehr als einem Tag geschrieben, daher akzeptiert WhatsApp nur eine genehmigte Vorlage, bis er wieder schreibt.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Antwort schreiben… (Strg+Enter sendet)</translation>
    </message>
    <message>
        <source>Send template…</source>
        <translation>Vorlage senden…</translation>
    </message>
    <message>
        <source>Choose an approved template to reopen the conversation</source>
        <translation>Eine genehmigte Vorlage wählen, um die Unterhaltung wieder zu öffnen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send to the customer on WhatsApp (Ctrl+Enter)</source>
        <translation>Per WhatsApp an den Kunden senden (Strg+Enter)</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ConversationHeader</name>
    <message>
        <source>The assistant is handling this conversation</source>
        <translation>Der Assistent bearbeitet diese Unterhaltung</translation>
    </message>
    <message>
        <source>Escalated: waiting for an agent</source>
        <translation>Eskaliert: wartet auf einen Mitarbeiter</translation>
    </message>
    <message>
        <source>Escalated: %1 — waiting for an agent</source>
        <translation>Eskaliert: %1 — wartet auf einen Mitarbeiter</translation>
    </message>
    <message>
        <source>Handled by an agent; the assistant stays silent</source>
        <translation>Von einem Mitarbeiter bearbeitet; der Assistent schweigt</translation>
    </message>
    <message>
        <source>Handled by %1; the assistant stays silent</source>
        <translation>Von %1 bearbeitet; der Assistent schweigt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>WhatsApp accepts free-form replies for 24 hours after the customer&apos;s last message; after that only approved templates.</source>
        <translation>WhatsApp akzeptiert frei formulierte Antworten bis 24 Stunden nach der letzten Nachricht des Kunden, danach nur genehmigte Vorlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 typing…</source>
        <extracomment>%1 lists user names.</extracomment>
        <translation>
            <numerusform>%1 schreibt…</numerusform>
            <numerusform>%1 schreiben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 viewing</source>
        <translation>
            <numerusform>%1 liest mit</numerusform>
            <numerusform>%1 lesen mit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ConversationListDelegate</name>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Eskaliert: %1</translation>
    </message>
    <message>
        <source>Draft to review</source>
        <extracomment>Marker on a list row: a proposed reply waits for review.</extracomment>
        <translation>Entwurf zu prüfen</translation>
    </message>
    <message>
        <source>You: %1</source>
        <extracomment>Prefix of the list preview when the last message was ours.</extracomment>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Marker on a list row: a proposed reply waits for review (keep it short).</extracomment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>Marker on a list row: the customer&apos;s last turn reads angry / urgent (keep it short).</extracomment>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Verärgert</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::CustomerPanel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>Öffnen Sie zuerst eine Unterhaltung.</translation>
    </message>
    <message>
        <source>Type a label first.</source>
        <translation>Geben Sie zuerst ein Label ein.</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>Ein Label hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The conversation already has the label “%1”.</source>
        <translation>Die Unterhaltung hat bereits das Label „%1“.</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Unterhaltung ausgewählt</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Add a label and press Enter</source>
        <translation>Label eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Note for the team, never sent to the customer</source>
        <translation>Notiz für das Team, wird nie an den Kunden gesendet</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Save the note for the team (Ctrl+Enter)</source>
        <translation>Die Notiz für das Team speichern (Strg+Enter)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Unternehmen: %1</translation>
    </message>
    <message>
        <source>Handled by the assistant</source>
        <translation>Vom Assistenten bearbeitet</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Wartet auf einen Mitarbeiter</translation>
    </message>
    <message>
        <source>Waiting for an agent: %1</source>
        <translation>Wartet auf einen Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>Handled by an agent</source>
        <translation>Von einem Mitarbeiter bearbeitet</translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>Von %1 bearbeitet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <source>Opted out: nothing is sent to this customer until they write START.</source>
        <translation>Abgemeldet: Diesem Kunden wird nichts gesendet, bis er START schreibt.</translation>
    </message>
    <message>
        <source>Receives messages</source>
        <translation>Empfängt Nachrichten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under a private note: %1 who wrote it, %2 when.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::DashboardView</name>
    <message>
        <source>Updated at %1</source>
        <extracomment>%1 is the time the figures were received.</extracomment>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>The figures also refresh by themselves every minute</source>
        <translation>Die Zahlen aktualisieren sich außerdem jede Minute von selbst</translation>
    </message>
    <message>
        <source>First response: median %1 · p95 %2</source>
        <translation>Erste Antwort: Median %1 · p95 %2</translation>
    </message>
    <message>
        <source>Resolution: median %1 · p95 %2</source>
        <translation>Lösung: Median %1 · p95 %2</translation>
    </message>
    <message>
        <source>Language model cost: %1</source>
        <translation>Kosten des Sprachmodells: %1</translation>
    </message>
    <message>
        <source>Language model cost: none yet (no automatic replies)</source>
        <translation>Kosten des Sprachmodells: noch keine (keine automatischen Antworten)</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Nachrichten pro Tag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Messages received by hour</source>
        <translation>Empfangene Nachrichten nach Uhrzeit</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Wer geantwortet hat</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>By agents</source>
        <translation>Von Mitarbeitern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A pie slice: %1 who answered, %2 how many turns.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation>Eskalationen nach Grund</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Open conversations per agent</source>
        <translation>Offene Unterhaltungen pro Mitarbeiter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::DraftReviewPanel</name>
    <message>
        <source>Proposed reply</source>
        <translation>Vorgeschlagene Antwort</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Absicht:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Send the proposed reply as it is (%1)</source>
        <extracomment>%1 is the keyboard shortcut.</extracomment>
        <translation>Die vorgeschlagene Antwort unverändert senden (%1)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Discard the proposal; nothing is sent and the conversation stays with the agents (%1)</source>
        <translation>Den Vorschlag verwerfen; nichts wird gesendet und die Unterhaltung bleibt bei den Mitarbeitern (%1)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Keyboard: %1 approve, %2 edit / send the edit, %3 reject</source>
        <translation>Tastatur: %1 freigeben, %2 bearbeiten / Bearbeitung senden, %3 ablehnen</translation>
    </message>
    <message>
        <source>&amp;Send edited</source>
        <translation>Bearbeitung &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Send your edited version (%1)</source>
        <translation>Ihre bearbeitete Fassung senden (%1)</translation>
    </message>
    <message>
        <source>Change the text before sending (%1)</source>
        <translation>Den Text vor dem Senden ändern (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message>
        <source>How sure the assistant is that this reply is right: %1%</source>
        <translation>Wie sicher der Assistent ist, dass diese Antwort stimmt: %1 %</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>keine angegeben</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::InboxPanel</name>
    <message>
        <source>Search name, number or message (Ctrl+K)</source>
        <translation>Name, Nummer oder Nachricht suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>A proposed reply waits for an agent&apos;s approval</source>
        <translation>Eine vorgeschlagene Antwort wartet auf die Freigabe durch einen Mitarbeiter</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Handed to the agents and not yet taken by anyone</source>
        <translation>An die Mitarbeiter übergeben und noch von niemandem übernommen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Every conversation that is not closed</source>
        <translation>Alle nicht geschlossenen Unterhaltungen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Recently closed conversations</source>
        <translation>Kürzlich geschlossene Unterhaltungen</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <extracomment>A queue&apos;s tooltip: %1 explains the queue, %2 its keyboard shortcut.</extracomment>
        <translation>%1 (Strg+%2)</translation>
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
        <translation>Beispiel &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove &amp;all your examples</source>
        <translation>Alle &amp;Ihre Beispiele entfernen</translation>
    </message>
    <message>
        <source>Removes every example you added to this intent. The built-in examples stay.</source>
        <translation>Entfernt alle Beispiele, die Sie dieser Absicht hinzugefügt haben. Die mitgelieferten Beispiele bleiben erhalten.</translation>
    </message>
    <message>
        <source>Add examples</source>
        <translation>Beispiele hinzufügen</translation>
    </message>
    <message>
        <source>an intent, or a new name like whitening_offer</source>
        <translation>eine Absicht oder ein neuer Name wie whitening_offer</translation>
    </message>
    <message>
        <source>One example per line, as customers write it:
Quanto costa lo sbiancamento?
Fate offerte per lo sbiancamento dei denti?</source>
        <translation>Ein Beispiel pro Zeile, so wie Kunden es schreiben:
Was kostet ein Bleaching?
Haben Sie Angebote für Zahnaufhellung?</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Intent:</source>
        <translation>&amp;Absicht:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>&amp;Examples:</source>
        <translation>&amp;Beispiele:</translation>
    </message>
    <message>
        <source>The assistant learns each intent from the built-in examples in your languages and the ones you add here. After a change it trains again in the background; the current model answers until the new one is ready.</source>
        <translation>Der Assistent lernt jede Absicht aus den mitgelieferten Beispielen in Ihren Sprachen und aus denen, die Sie hier hinzufügen. Nach einer Änderung wird er im Hintergrund neu trainiert; das aktuelle Modell antwortet, bis das neue bereit ist.</translation>
    </message>
    <message>
        <source>Removing the example…</source>
        <translation>Beispiel wird entfernt…</translation>
    </message>
    <message>
        <source>Removing your examples of “%1”…</source>
        <translation>Ihre Beispiele für „%1“ werden entfernt…</translation>
    </message>
    <message>
        <source>Choose an intent to see the examples you added to it.</source>
        <translation>Wählen Sie eine Absicht, um die Beispiele zu sehen, die Sie ihr hinzugefügt haben.</translation>
    </message>
    <message>
        <source>You have added no examples to “%1” yet.</source>
        <translation>Sie haben „%1“ noch keine Beispiele hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) you added to “%1”:</source>
        <translation>
            <numerusform>%n von Ihnen hinzugefügtes Beispiel für „%1“:</numerusform>
            <numerusform>%n von Ihnen hinzugefügte Beispiele für „%1“:</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the intents…</source>
        <translation>Absichten werden geladen…</translation>
    </message>
    <message>
        <source>Training the model on the latest examples… The previous model answers customers meanwhile.</source>
        <translation>Das Modell wird mit den neuesten Beispielen trainiert… Bis dahin antwortet das bisherige Modell den Kunden.</translation>
    </message>
    <message>
        <source>The last training failed: %1. The previous model, if any, keeps answering.</source>
        <translation>Das letzte Training ist fehlgeschlagen: %1. Das bisherige Modell antwortet weiter, falls vorhanden.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of them yours)</source>
        <extracomment>%1: &quot;3,450 examples&quot;, %2: how many of them the business added.</extracomment>
        <translation>%1 (davon %2 von Ihnen)</translation>
    </message>
    <message>
        <source>Ready: %1 across %2 (ready in %3 s, %4).</source>
        <extracomment>%1: &quot;3,450 examples&quot;, %2: &quot;21 intents&quot;, %3: seconds (loading a model trained earlier with the same examples takes well under one), %4: date and time.</extracomment>
        <translation>Bereit: %1 für %2 (bereit in %3 s, %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n intent(s)</source>
        <translation>
            <numerusform>%n Absicht</numerusform>
            <numerusform>%n Absichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No model yet: the server trains one when it starts.</source>
        <translation>Noch kein Modell: Der Server trainiert eines beim Start.</translation>
    </message>
    <message>
        <source>Choose an intent or type the name of a new one.</source>
        <translation>Wählen Sie eine Absicht oder geben Sie den Namen einer neuen ein.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and “_”, starting with a letter, at most %1 characters: e.g. whitening_offer.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern und „_“, beginnend mit einem Buchstaben, höchstens %1 Zeichen: z. B. whitening_offer.</translation>
    </message>
    <message>
        <source>Write at least one example, one per line.</source>
        <translation>Schreiben Sie mindestens ein Beispiel, eines pro Zeile.</translation>
    </message>
    <message>
        <source>At most %1 examples at a time; there are %2.</source>
        <translation>Höchstens %1 Beispiele auf einmal; es sind %2.</translation>
    </message>
    <message>
        <source>Example %1 is longer than %2 characters.</source>
        <translation>Beispiel %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The business&apos;s languages are not known yet: wait for the intents to load.</source>
        <translation>Die Sprachen des Unternehmens sind noch nicht bekannt: Warten Sie, bis die Absichten geladen sind.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n example(s)…</source>
        <translation>
            <numerusform>%n Beispiel wird hinzugefügt…</numerusform>
            <numerusform>%n Beispiele werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Es wurde nichts hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) added to “%1”.</source>
        <translation>
            <numerusform>%n Beispiel zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Beispiele zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: already an example.</source>
        <translation>
            <numerusform>%n übersprungen: bereits ein Beispiel.</numerusform>
            <numerusform>%n übersprungen: bereits Beispiele.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model is training again.</source>
        <translation>Das Modell wird neu trainiert.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Es wurde nichts entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) removed. The model is training again.</source>
        <translation>
            <numerusform>%n Beispiel entfernt. Das Modell wird neu trainiert.</numerusform>
            <numerusform>%n Beispiele entfernt. Das Modell wird neu trainiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::console::views::KnowledgePage</name>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <source>The documents the assistant answers from: price lists, opening hours, FAQ files. Uploading a file with the same name replaces it.</source>
        <translation>Die Dokumente, aus denen der Assistent antwortet: Preislisten, Öffnungszeiten, FAQ. Eine Datei mit gleichem Namen ersetzt die vorhandene.</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Hochladen…</translation>
    </message>
    <message>
        <source>Markdown, CSV or JSON FAQ, plain text or PDF, up to %1 MiB</source>
        <translation>Markdown, FAQ als CSV oder JSON, reiner Text oder PDF, bis %1 MiB</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Select a document to see its chunks.</source>
        <translation>Wählen Sie ein Dokument, um seine Abschnitte zu sehen.</translation>
    </message>
    <message>
        <source>Try a query</source>
        <translation>Anfrage ausprobieren</translation>
    </message>
    <message>
        <source>A question as a customer would ask it</source>
        <translation>Eine Frage, wie ein Kunde sie stellen würde</translation>
    </message>
    <message>
        <source>Server&apos;s setting</source>
        <translation>Einstellung des Servers</translation>
    </message>
    <message>
        <source>Keywords (BM25)</source>
        <translation>Stichwörter (BM25)</translation>
    </message>
    <message>
        <source>Meaning (dense)</source>
        <translation>Bedeutung (dense)</translation>
    </message>
    <message>
        <source>Both (hybrid)</source>
        <translation>Beides (hybrid)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Question or section</source>
        <translation>Frage oder Abschnitt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Upload a document</source>
        <translation>Dokument hochladen</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Dokumente (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be uploaded: use Markdown, CSV, JSON, JSONL, text or PDF files (%2).</source>
        <translation>„%1“ kann nicht hochgeladen werden: verwenden Sie Markdown-, CSV-, JSON-, JSONL-, Text- oder PDF-Dateien (%2).</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB: split it into smaller documents.</source>
        <translation>„%1“ ist größer als %2 MiB: teilen Sie es in kleinere Dokumente auf.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>„%1“ wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>“%1” is already up to date: nothing changed.</source>
        <translation>„%1“ ist bereits aktuell: nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” imported.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>The chunks could not be read: %1</source>
        <translation>Die Abschnitte konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) of “%1”</source>
        <translation>
            <numerusform>%n Abschnitt von „%1“</numerusform>
            <numerusform>%n Abschnitte von „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n chunk(s)? The assistant stops using it at once.</source>
        <translation>
            <numerusform>„%1“ und seinen %n Abschnitt entfernen? Der Assistent verwendet ihn sofort nicht mehr.</numerusform>
            <numerusform>„%1“ und seine %n Abschnitte entfernen? Der Assistent verwendet sie sofort nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <source>The document was removed.</source>
        <translation>Das Dokument wurde entfernt.</translation>
    </message>
    <message>
        <source>The document was not removed: %1</source>
        <translation>Das Dokument wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing found (mode %1).</source>
        <translation>Nichts gefunden (Modus %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first (mode %1).</source>
        <translation>
            <numerusform>%n Ergebnis, das beste zuerst (Modus %1).</numerusform>
            <numerusform>%n Ergebnisse, die besten zuerst (Modus %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents yet: upload one.</source>
        <translation>Noch keine Dokumente: laden Sie eines hoch.</translation>
    </message>
    <message>
        <source>Loading the chunks…</source>
        <translation>Abschnitte werden geladen…</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::LabelChips</name>
    <message>
        <source>Remove the label “%1”</source>
        <translation>Label „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::LoginDialog</name>
    <message>
        <source>Log in to Sportello</source>
        <translation>Bei Sportello anmelden</translation>
    </message>
    <message>
        <source>Sign in with the account your administrator gave you.</source>
        <translation>Melden Sie sich mit dem Konto an, das Sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>https://sportello.example.com</source>
        <translation>https://sportello.example.com</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::MainWindow</name>
    <message>
        <source>About Sportello Console</source>
        <translation>Über Sportello-Konsole</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;h3&gt;Sportello-Konsole %1&lt;/h3&gt;&lt;p&gt;Die Desktop-Konsole von Sportello, dem WhatsApp-Kundenassistenten für kleine Unternehmen. Mitarbeiter verfolgen damit Unterhaltungen und antworten Kunden, wenn der Assistent eine Unterhaltung an einen Menschen übergibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is the request that failed (e.g. &quot;message.send&quot;), %2 the reason.
----------
%1 is what was attempted (&quot;Taking over the conversation&quot;), %2 why it failed.</extracomment>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Opening the conversation</source>
        <translation>Öffnen der Unterhaltung</translation>
    </message>
    <message>
        <source>Changing the labels</source>
        <translation>Ändern der Labels</translation>
    </message>
    <message>
        <source>Adding the note</source>
        <translation>Hinzufügen der Notiz</translation>
    </message>
    <message>
        <source>Sportello Console</source>
        <translation>Sportello-Konsole</translation>
    </message>
    <message>
        <source>Sportello Console — %1</source>
        <translation>Sportello-Konsole — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Unterhaltungsaktionen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Die Konsole schließen</translation>
    </message>
    <message>
        <source>&amp;About Sportello Console</source>
        <translation>Ü&amp;ber Sportello-Konsole</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Handle this conversation yourself; the assistant stays silent until you hand it back (Ctrl+T)</source>
        <translation>Diese Unterhaltung selbst bearbeiten; der Assistent schweigt, bis Sie sie zurückgeben (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Hand back</source>
        <translation>An den &amp;Assistenten zurückgeben</translation>
    </message>
    <message>
        <source>Give the conversation back to the assistant (Ctrl+B)</source>
        <translation>Die Unterhaltung an den Assistenten zurückgeben (Strg+B)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Give the conversation to another agent</source>
        <translation>Die Unterhaltung einem anderen Mitarbeiter zuweisen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the conversation: it leaves the open queues</source>
        <translation>Die Unterhaltung schließen: Sie verlässt die offenen Warteschlangen</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen the conversation and take it</source>
        <translation>Die Unterhaltung wieder öffnen und übernehmen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Volumes, response times and escalations</source>
        <translation>Volumen, Antwortzeiten und Eskalationen</translation>
    </message>
    <message>
        <source>Sandbox &amp;customer</source>
        <translation>Sandbox-&amp;Kunde</translation>
    </message>
    <message>
        <source>Write as a WhatsApp customer to this sandbox server, to try the whole flow</source>
        <translation>Als WhatsApp-Kunde an diesen Sandbox-Server schreiben, um den gesamten Ablauf auszuprobieren</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <extracomment>A menu entry that shows an inbox queue; %1 is the queue&apos;s name.</extracomment>
        <translation>„%1“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>Unterhaltungen &amp;suchen</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.

Ctrl+1…5 switch queues, Ctrl+Up and Ctrl+Down move between conversations, Ctrl+K searches.</source>
        <translation>Wählen Sie links eine Unterhaltung.

Strg+1…5 wechselt die Warteschlange, Strg+Up und Strg+Down springen zwischen Unterhaltungen, Strg+K sucht.</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is the &quot;signed in as&quot; text, %2 the server&apos;s address.</extracomment>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Kein Server eingerichtet</translation>
    </message>
    <message>
        <source>Server %1</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Wählen Sie zuerst eine Unterhaltung.</translation>
    </message>
    <message>
        <source>This conversation is closed. Reopen it to reply.</source>
        <translation>Diese Unterhaltung ist geschlossen. Öffnen Sie sie wieder, um zu antworten.</translation>
    </message>
    <message>
        <source>The customer opted out (STOP): nothing can be sent until they write START.</source>
        <translation>Der Kunde hat sich abgemeldet (STOP): Es kann nichts gesendet werden, bis er START schreibt.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued action(s)…</source>
        <translation>
            <numerusform>%n ausstehende Aktion wird gesendet…</numerusform>
            <numerusform>%n ausstehende Aktionen werden gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n action(s) waiting</source>
        <extracomment>The link to the server is down and actions wait to be replayed.</extracomment>
        <translation>
            <numerusform>Offline — %n Aktion wartet</numerusform>
            <numerusform>Offline — %n Aktionen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting</source>
        <translation>Offline — Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>your role does not allow this</source>
        <translation>Ihre Rolle erlaubt dies nicht</translation>
    </message>
    <message>
        <source>the conversation changed meanwhile; look again</source>
        <translation>Die Unterhaltung hat sich inzwischen geändert; bitte erneut prüfen</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>Existiert nicht mehr</translation>
    </message>
    <message>
        <source>you are signed out</source>
        <translation>Sie sind abgemeldet</translation>
    </message>
    <message>
        <source>Taking over the conversation</source>
        <translation>Übernehmen der Unterhaltung</translation>
    </message>
    <message>
        <source>Handing the conversation back</source>
        <translation>Zurückgeben der Unterhaltung</translation>
    </message>
    <message>
        <source>Assign the conversation</source>
        <translation>Unterhaltung zuweisen</translation>
    </message>
    <message>
        <source>Agent (online agents are listed; an empty name unassigns):</source>
        <translation>Mitarbeiter (angezeigt werden die Online-Mitarbeiter; ein leerer Name hebt die Zuweisung auf):</translation>
    </message>
    <message>
        <source>Assigning the conversation</source>
        <translation>Zuweisen der Unterhaltung</translation>
    </message>
    <message>
        <source>Closing the conversation</source>
        <translation>Schließen der Unterhaltung</translation>
    </message>
    <message>
        <source>Reopening the conversation</source>
        <translation>Wiederöffnen der Unterhaltung</translation>
    </message>
    <message>
        <source>Saving your settings</source>
        <translation>Speichern Ihrer Einstellungen</translation>
    </message>
    <message>
        <source>Saving the business settings</source>
        <translation>Speichern der Unternehmenseinstellungen</translation>
    </message>
    <message>
        <source>Sending the template</source>
        <translation>Senden der Vorlage</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::SandboxCustomerWindow</name>
    <message>
        <source>Template “%1”</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <source>The message was not accepted: %1</source>
        <translation>Die Nachricht wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The server did not take the read receipt.</source>
        <translation>Der Server hat die Lesebestätigung nicht angenommen.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s number: 6 to 15 digits with the country code, e.g. 393401234567.</source>
        <translation>Geben Sie die Nummer des Kunden ein: 6 bis 15 Ziffern mit Ländervorwahl, z. B. 393401234567.</translation>
    </message>
    <message>
        <source>No sandbox server to write to.</source>
        <translation>Kein Sandbox-Server zum Schreiben vorhanden.</translation>
    </message>
    <message>
        <source>Sandbox customer</source>
        <translation>Sandbox-Kunde</translation>
    </message>
    <message>
        <source>Write as a WhatsApp customer of the sandbox business. Your messages reach the server like real ones; replies from the agents appear here.</source>
        <translation>Schreiben Sie als WhatsApp-Kunde des Sandbox-Unternehmens. Ihre Nachrichten erreichen den Server wie echte; Antworten der Mitarbeiter erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Message as the customer</source>
        <translation>Nachricht als Kunde</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>The customer reads the messages: the agents see blue ticks</source>
        <translation>Der Kunde liest die Nachrichten: Die Mitarbeiter sehen blaue Haken</translation>
    </message>
    <message>
        <source>No messages with this number yet.</source>
        <translation>Noch keine Nachrichten mit dieser Nummer.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Notify me of new &amp;escalations</source>
        <translation>Bei neuen &amp;Eskalationen benachrichtigen</translation>
    </message>
    <message>
        <source>Notify me of new messages in &amp;my conversations</source>
        <translation>Bei neuen Nachrichten in &amp;meinen Unterhaltungen benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Notifications appear on the desktop while the console runs.</source>
        <translation>Benachrichtigungen erscheinen auf dem Desktop, solange die Konsole läuft.</translation>
    </message>
    <message>
        <source>complaint, refund, legal</source>
        <translation>Beschwerde, Erstattung, Rechtliches</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Reply automatically from confidence:</source>
        <translation>Automatisch antworten ab einer Sicherheit von:</translation>
    </message>
    <message>
        <source>Propose for review from confidence:</source>
        <translation>Zur Prüfung vorschlagen ab einer Sicherheit von:</translation>
    </message>
    <message>
        <source>Always to a person, for intents:</source>
        <translation>Immer an einen Menschen, bei den Absichten:</translation>
    </message>
    <message>
        <source>Stored now; the assistant uses them once it understands and drafts replies. Below the review threshold every conversation goes to the agents.</source>
        <translation>Wird schon jetzt gespeichert; der Assistent nutzt die Werte, sobald er Anfragen versteht und Antworten entwirft. Unterhalb der Prüfschwelle geht jede Unterhaltung an die Mitarbeiter.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the opening and closing times of a day.</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>it, en… (empty: any)</source>
        <translation>it, en… (leer: alle)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Save &amp;reply</source>
        <translation>Textbaustein s&amp;peichern</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Templates are approved by Meta and listed in the server&apos;s business configuration; they are read-only here.</source>
        <translation>Vorlagen werden von Meta genehmigt und in der Unternehmenskonfiguration des Servers aufgeführt; hier sind sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>&amp;Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password (at least %1 characters)</source>
        <translation>Passwort (mindestens %1 Zeichen)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Ein Passwort hat mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Ausgewählter Benutzer</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>header %1, body %2, buttons %3</source>
        <extracomment>Template parameter counts: header, body, buttons.</extracomment>
        <translation>Kopfzeile %1, Text %2, Schaltflächen %3</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>, online</source>
        <translation>, online</translation>
    </message>
    <message>
        <source>The review threshold cannot be above the automatic reply threshold.</source>
        <translation>Die Prüfschwelle darf nicht über der Schwelle für automatische Antworten liegen.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows, e.g. Europe/Rome.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt (Beispiel: Europe/Rome).</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <extracomment>%1 is a day of the week.</extracomment>
        <translation>Am %1 muss die Schließzeit nach der Öffnungszeit liegen.</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation>Geben Sie den Namen des neuen Benutzers ein.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>Ein Benutzername enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>There is already a user called “%1”.</source>
        <translation>Es gibt bereits einen Benutzer namens „%1“.</translation>
    </message>
    <message>
        <source>Add &amp;reply</source>
        <translation>Textbaustein &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>You cannot change your own role or disable yourself.</source>
        <translation>Sie können weder Ihre eigene Rolle ändern noch sich selbst deaktivieren.</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Absichten</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
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
        <translation>Die Vorlagen werden noch geladen.</translation>
    </message>
    <message>
        <source>This business has no approved templates. Add them in the server&apos;s business configuration.</source>
        <translation>Dieses Unternehmen hat keine genehmigten Vorlagen. Fügen Sie sie in der Unternehmenskonfiguration des Servers hinzu.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <source>Fill in every parameter: WhatsApp refuses a template with an empty one.</source>
        <translation>Füllen Sie alle Parameter aus: WhatsApp lehnt eine Vorlage mit einem leeren Parameter ab.</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Vorlage senden</translation>
    </message>
    <message>
        <source>The customer has not written in the last 24 hours, so WhatsApp only delivers an approved template. Their reply reopens the conversation.</source>
        <translation>Der Kunde hat in den letzten 24 Stunden nicht geschrieben, daher stellt WhatsApp nur eine genehmigte Vorlage zu. Seine Antwort öffnet die Unterhaltung wieder.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Send template</source>
        <translation>Vorlage &amp;senden</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <extracomment>A template parameter field; %1 is its number as in {{1}}.</extracomment>
        <translation>Kopfzeile {{%1}}</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>Text {{%1}}</translation>
    </message>
    <message>
        <source>Button %1 {{%2}}</source>
        <extracomment>%1 is the button&apos;s number, %2 the parameter&apos;s as in {{1}}.</extracomment>
        <translation>Schaltfläche %1 {{%2}}</translation>
    </message>
    <message>
        <source>This template has no parameters.</source>
        <translation>Diese Vorlage hat keine Parameter.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>Preview heading: %1 template name, %2 language code, %3 category.</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>Schaltflächen:</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ThreadBubbleDelegate</name>
    <message>
        <source>Not delivered: %1</source>
        <extracomment>Inside a failed bubble; %1 explains why.</extracomment>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>Inside a bubble the server did not send; %1 explains why.</extracomment>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <extracomment>Heading of a private note; %1 is who wrote it.</extracomment>
        <translation>Interne Notiz · %1</translation>
    </message>
    <message>
        <source>Only agents see private notes; the customer never does.</source>
        <translation>Nur Mitarbeiter sehen interne Notizen, der Kunde nie.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ThreadView</name>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::TrayNotifier</name>
    <message>
        <source>Sportello Console</source>
        <translation>Sportello-Konsole</translation>
    </message>
    <message numerus="yes">
        <source>Sportello Console: %n unread</source>
        <translation>
            <numerusform>Sportello-Konsole: %n ungelesen</numerusform>
            <numerusform>Sportello-Konsole: %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs an agent</source>
        <extracomment>Notification title; %1 is the customer.</extracomment>
        <translation>%1 braucht einen Mitarbeiter</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
</TS>
