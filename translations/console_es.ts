<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Sportello Console: the desktop console where agents answer WhatsApp customers.</source>
        <translation>Consola Sportello: la consola de escritorio desde la que los agentes responden a los clientes de WhatsApp.</translation>
    </message>
    <message>
        <source>Sportello server to use, for example https://sportello.example.com. It is remembered; connecting arrives with the agent hub.</source>
        <translation>Servidor Sportello que se usará, por ejemplo https://sportello.example.com. Se recuerda; la conexión llegará con el hub de agentes.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Agent user name on that server.</source>
        <translation>Nombre de usuario del agente en ese servidor.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Read the agent&apos;s password from the first line of standard input.</source>
        <translation>Lee la contraseña del agente de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Language of the console: %1 (default: the system&apos;s).</source>
        <translation>Idioma de la consola: %1 (por defecto: el del sistema).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” (see --help).</source>
        <translation>Argumento inesperado «%1» (véase --help).</translation>
    </message>
    <message>
        <source>--lang: “%1” is not available; choose one of %2.</source>
        <translation>--lang: «%1» no está disponible; elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>--user: the user name is empty.</source>
        <translation>--user: el nombre de usuario está vacío.</translation>
    </message>
    <message>
        <source>--password-stdin needs --user: whose password is it?</source>
        <translation>--password-stdin necesita --user: ¿de quién es la contraseña?</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>Enter the server address, for example https://sportello.example.com.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://sportello.example.com.</translation>
    </message>
    <message>
        <source>The address “%1” does not say how to connect: start it with http://, https://, ws:// or wss://.</source>
        <translation>La dirección «%1» no indica cómo conectarse: empiécela con http://, https://, ws:// o wss://.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported: use http, https, ws or wss.</source>
        <translation>El esquema «%1» no es compatible: use http, https, ws o wss.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password: enter them separately.</source>
        <translation>La dirección no debe contener un nombre de usuario ni una contraseña: introdúzcalos por separado.</translation>
    </message>
    <message>
        <source>The address “%1” has no host name.</source>
        <translation>La dirección «%1» no tiene nombre de host.</translation>
    </message>
    <message>
        <source>The port is missing after “:” in “%1”.</source>
        <translation>Falta el puerto después de «:» en «%1».</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>El puerto «%1» no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>The host name “%1” is not valid.</source>
        <translation>El nombre de host «%1» no es válido.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid: %2</source>
        <translation>La dirección «%1» no es válida: %2</translation>
    </message>
    <message>
        <source>The address must not contain a query (?…) or a fragment (#…).</source>
        <translation>La dirección no debe contener una consulta (?…) ni un fragmento (#…).</translation>
    </message>
</context>
<context>
    <name>sportello::console::ConsoleApplication</name>
    <message>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin: la entrada estándar no contenía ninguna contraseña.</translation>
    </message>
</context>
<context>
    <name>sportello::console::MainWindow</name>
    <message>
        <source>Sportello Console</source>
        <translation>Consola Sportello</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Cierra la consola</translation>
    </message>
    <message>
        <source>&amp;About Sportello Console</source>
        <translation>&amp;Acerca de Consola Sportello</translation>
    </message>
    <message>
        <source>Version and purpose of the console</source>
        <translation>Versión y propósito de la consola</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Version and licence of the Qt libraries</source>
        <translation>Versión y licencia de las bibliotecas Qt</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Ningún servidor configurado</translation>
    </message>
    <message>
        <source>%1 remembered; connecting arrives with the agent hub</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>%1 recordado; la conexión llegará con el hub de agentes</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <extracomment>Tooltip of the connection state: %1 is the server&apos;s address, %2 the user name.</extracomment>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>About Sportello Console</source>
        <translation>Acerca de Consola Sportello</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;&lt;p&gt;This version does not connect to a server yet.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;h3&gt;Consola Sportello %1&lt;/h3&gt;&lt;p&gt;La consola de escritorio de Sportello, el asistente de atención al cliente por WhatsApp para pequeñas empresas. Los agentes la usan para seguir las conversaciones y responder a los clientes cuando el asistente pasa una conversación a una persona.&lt;/p&gt;&lt;p&gt;Esta versión todavía no se conecta a un servidor.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sportello::console::NotConnectedPage</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Sin conexión a un servidor</translation>
    </message>
    <message>
        <source>This console is where agents read and answer the WhatsApp conversations handled by a Sportello server. It is not connected to a server yet: connecting arrives with the agent hub, so for now there are no conversations to show.</source>
        <translation>En esta consola los agentes leen y responden las conversaciones de WhatsApp que gestiona un servidor Sportello. Todavía no está conectada a un servidor: la conexión llegará con el hub de agentes, así que por ahora no hay conversaciones que mostrar.</translation>
    </message>
    <message>
        <source>Server given on the command line: %1. It is remembered but not contacted yet.</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>Servidor indicado en la línea de comandos: %1. Se recuerda, pero todavía no se contacta.</translation>
    </message>
    <message>
        <source>Server given on the command line: %1, user %2. They are remembered but the server is not contacted yet.</source>
        <extracomment>%1 is the server&apos;s address, %2 the agent&apos;s user name.</extracomment>
        <translation>Servidor indicado en la línea de comandos: %1, usuario %2. Se recuerdan, pero todavía no se contacta con el servidor.</translation>
    </message>
    <message>
        <source>To start a server on this computer, run in the Sportello source folder:</source>
        <translation>Para iniciar un servidor en este equipo, ejecute en la carpeta de código fuente de Sportello:</translation>
    </message>
    <message>
        <source>It builds the server and starts it in sandbox mode, with a sample business and a simulated WhatsApp, on %1. Where Sportello is installed, “%2” starts the same sandbox server.</source>
        <extracomment>%1 is the server&apos;s address, %2 the command that starts an installed server.</extracomment>
        <translation>Compila el servidor y lo inicia en modo sandbox, con un negocio de ejemplo y un WhatsApp simulado, en %1. Donde Sportello está instalado, «%2» inicia el mismo servidor sandbox.</translation>
    </message>
</context>
</TS>
