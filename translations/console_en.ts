<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Connection failed</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Sportello Console: the desktop console where agents answer WhatsApp customers.</source>
        <translation>Sportello Console: the desktop console where agents answer WhatsApp customers.</translation>
    </message>
    <message>
        <source>Sportello server to use, for example https://sportello.example.com. It is remembered; connecting arrives with the agent hub.</source>
        <translation>Sportello server to use, for example https://sportello.example.com. It is remembered; connecting arrives with the agent hub.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Agent user name on that server.</source>
        <translation>Agent user name on that server.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read the agent&apos;s password from the first line of standard input.</source>
        <translation>Read the agent&apos;s password from the first line of standard input.</translation>
    </message>
    <message>
        <source>Language of the console: %1 (default: the system&apos;s).</source>
        <translation>Language of the console: %1 (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” (see --help).</source>
        <translation>Unexpected argument “%1” (see --help).</translation>
    </message>
    <message>
        <source>--lang: “%1” is not available; choose one of %2.</source>
        <translation>--lang: “%1” is not available; choose one of %2.</translation>
    </message>
    <message>
        <source>--user: the user name is empty.</source>
        <translation>--user: the user name is empty.</translation>
    </message>
    <message>
        <source>--password-stdin needs --user: whose password is it?</source>
        <translation>--password-stdin needs --user: whose password is it?</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>Enter the server address, for example https://sportello.example.com.</source>
        <translation>Enter the server address, for example https://sportello.example.com.</translation>
    </message>
    <message>
        <source>The address “%1” does not say how to connect: start it with http://, https://, ws:// or wss://.</source>
        <translation>The address “%1” does not say how to connect: start it with http://, https://, ws:// or wss://.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported: use http, https, ws or wss.</source>
        <translation>The scheme “%1” is not supported: use http, https, ws or wss.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password: enter them separately.</source>
        <translation>The address must not contain a user name or password: enter them separately.</translation>
    </message>
    <message>
        <source>The address “%1” has no host name.</source>
        <translation>The address “%1” has no host name.</translation>
    </message>
    <message>
        <source>The port is missing after “:” in “%1”.</source>
        <translation>The port is missing after “:” in “%1”.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>The port “%1” is not a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>The host name “%1” is not valid.</source>
        <translation>The host name “%1” is not valid.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid: %2</source>
        <translation>The address “%1” is not valid: %2</translation>
    </message>
    <message>
        <source>The address must not contain a query (?…) or a fragment (#…).</source>
        <translation>The address must not contain a query (?…) or a fragment (#…).</translation>
    </message>
</context>
<context>
    <name>sportello::console::ConsoleApplication</name>
    <message>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin: standard input held no password.</translation>
    </message>
</context>
<context>
    <name>sportello::console::MainWindow</name>
    <message>
        <source>Sportello Console</source>
        <translation>Sportello Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Close the console</translation>
    </message>
    <message>
        <source>&amp;About Sportello Console</source>
        <translation>&amp;About Sportello Console</translation>
    </message>
    <message>
        <source>Version and purpose of the console</source>
        <translation>Version and purpose of the console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Version and licence of the Qt libraries</source>
        <translation>Version and licence of the Qt libraries</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>No server configured</translation>
    </message>
    <message>
        <source>%1 remembered; connecting arrives with the agent hub</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>%1 remembered; connecting arrives with the agent hub</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <extracomment>Tooltip of the connection state: %1 is the server&apos;s address, %2 the user name.</extracomment>
        <translation>%1 as %2</translation>
    </message>
    <message>
        <source>About Sportello Console</source>
        <translation>About Sportello Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;&lt;p&gt;This version does not connect to a server yet.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;&lt;p&gt;This version does not connect to a server yet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sportello::console::NotConnectedPage</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <source>This console is where agents read and answer the WhatsApp conversations handled by a Sportello server. It is not connected to a server yet: connecting arrives with the agent hub, so for now there are no conversations to show.</source>
        <translation>This console is where agents read and answer the WhatsApp conversations handled by a Sportello server. It is not connected to a server yet: connecting arrives with the agent hub, so for now there are no conversations to show.</translation>
    </message>
    <message>
        <source>Server given on the command line: %1. It is remembered but not contacted yet.</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>Server given on the command line: %1. It is remembered but not contacted yet.</translation>
    </message>
    <message>
        <source>Server given on the command line: %1, user %2. They are remembered but the server is not contacted yet.</source>
        <extracomment>%1 is the server&apos;s address, %2 the agent&apos;s user name.</extracomment>
        <translation>Server given on the command line: %1, user %2. They are remembered but the server is not contacted yet.</translation>
    </message>
    <message>
        <source>To start a server on this computer, run in the Sportello source folder:</source>
        <translation>To start a server on this computer, run in the Sportello source folder:</translation>
    </message>
    <message>
        <source>It builds the server and starts it in sandbox mode, with a sample business and a simulated WhatsApp, on %1. Where Sportello is installed, “%2” starts the same sandbox server.</source>
        <extracomment>%1 is the server&apos;s address, %2 the command that starts an installed server.</extracomment>
        <translation>It builds the server and starts it in sandbox mode, with a sample business and a simulated WhatsApp, on %1. Where Sportello is installed, “%2” starts the same sandbox server.</translation>
    </message>
</context>
</TS>
