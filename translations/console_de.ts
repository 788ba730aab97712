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
    <name>sportello::console::ConsoleApplication</name>
    <message>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin: Die Standardeingabe enthielt kein Passwort.</translation>
    </message>
</context>
<context>
    <name>sportello::console::MainWindow</name>
    <message>
        <source>Sportello Console</source>
        <translation>Sportello-Konsole</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Schließt die Konsole</translation>
    </message>
    <message>
        <source>&amp;About Sportello Console</source>
        <translation>Ü&amp;ber Sportello-Konsole</translation>
    </message>
    <message>
        <source>Version and purpose of the console</source>
        <translation>Version und Zweck der Konsole</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Version and licence of the Qt libraries</source>
        <translation>Version und Lizenz der Qt-Bibliotheken</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Kein Server eingerichtet</translation>
    </message>
    <message>
        <source>%1 remembered; connecting arrives with the agent hub</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>%1 gespeichert; die Verbindung kommt mit dem Agenten-Hub</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <extracomment>Tooltip of the connection state: %1 is the server&apos;s address, %2 the user name.</extracomment>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>About Sportello Console</source>
        <translation>Über Sportello-Konsole</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;&lt;p&gt;This version does not connect to a server yet.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;h3&gt;Sportello-Konsole %1&lt;/h3&gt;&lt;p&gt;Die Desktop-Konsole von Sportello, dem WhatsApp-Kundenassistenten für kleine Unternehmen. Agenten verfolgen damit Unterhaltungen und antworten Kunden, wenn der Assistent eine Unterhaltung an einen Menschen übergibt.&lt;/p&gt;&lt;p&gt;Diese Version verbindet sich noch nicht mit einem Server.&lt;/p&gt;</translation>
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
</TS>
