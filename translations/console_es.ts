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
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
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
    <name>DisplayText</name>
    <message>
        <source>window closed</source>
        <translation>ventana cerrada</translation>
    </message>
    <message>
        <source>window closes in %1</source>
        <extracomment>The 24-hour customer service window; %1 is a duration like &quot;3 h 12 min&quot;.</extracomment>
        <translation>la ventana se cierra en %1</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>Short form of &quot;the 24-hour window is closed&quot;, in a list row.</extracomment>
        <translation>cerrada</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>En espera de un agente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
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
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp</source>
        <translation>Aceptado por WhatsApp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Reproducido</translation>
    </message>
    <message>
        <source>Not sent: the 24-hour window is closed, send a template</source>
        <translation>No enviado: la ventana de 24 horas está cerrada, envíe una plantilla</translation>
    </message>
    <message>
        <source>Not sent: refused before sending</source>
        <translation>No enviado: rechazado antes del envío</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote: only a template can be sent.</source>
        <translation>Han pasado más de 24 horas desde el último mensaje del cliente: solo se puede enviar una plantilla.</translation>
    </message>
    <message>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>No se pudo entregar el mensaje: puede que el número no use WhatsApp o que la aplicación del cliente sea demasiado antigua.</translation>
    </message>
    <message>
        <source>The customer has stopped marketing messages from this business.</source>
        <translation>El cliente ha desactivado los mensajes de marketing de este negocio.</translation>
    </message>
    <message>
        <source>WhatsApp does not support this message type.</source>
        <translation>WhatsApp no admite este tipo de mensaje.</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time; try again later.</source>
        <translation>Demasiados mensajes a este cliente en poco tiempo; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The WhatsApp business account is in maintenance mode.</source>
        <translation>La cuenta de WhatsApp Business está en modo de mantenimiento.</translation>
    </message>
    <message>
        <source>WhatsApp held this message back to protect the customer&apos;s experience.</source>
        <translation>WhatsApp ha retenido este mensaje para proteger la experiencia del cliente.</translation>
    </message>
    <message>
        <source>WhatsApp could not send the message because of an error on its side.</source>
        <translation>WhatsApp no pudo enviar el mensaje por un error en sus sistemas.</translation>
    </message>
    <message>
        <source>The WhatsApp sending rate limit was reached; the message will be retried.</source>
        <translation>Se ha alcanzado el límite de envío de WhatsApp; se volverá a intentar enviar el mensaje.</translation>
    </message>
    <message>
        <source>The template&apos;s parameters do not match the template.</source>
        <translation>Los parámetros no coinciden con la plantilla.</translation>
    </message>
    <message>
        <source>The template does not exist in this language, or is not approved yet.</source>
        <translation>La plantilla no existe en este idioma o todavía no está aprobada.</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver the message.</source>
        <translation>WhatsApp no entregó el mensaje.</translation>
    </message>
    <message>
        <source>%1 (error %2)</source>
        <extracomment>%1 is an explanation, %2 WhatsApp&apos;s numeric error code.</extracomment>
        <translation>%1 (error %2)</translation>
    </message>
    <message>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <source>🎬 Video</source>
        <translation>🎬 Vídeo</translation>
    </message>
    <message>
        <source>🎤 Voice message</source>
        <translation>🎤 Mensaje de voz</translation>
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
        <translation>📍 Ubicación</translation>
    </message>
    <message>
        <source>👤 Contact card</source>
        <translation>👤 Tarjeta de contacto</translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <extracomment>%1 is the emoji the customer reacted with.</extracomment>
        <translation>Reacción eliminada</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>Reaccionó con %1</translation>
    </message>
    <message>
        <source>🛒 Order</source>
        <translation>🛒 Pedido</translation>
    </message>
    <message>
        <source>Unsupported message: %1</source>
        <extracomment>%1 is WhatsApp&apos;s reason, e.g. &quot;Message type unknown&quot;.
----------
%1 is the WhatsApp message type as sent, e.g. &quot;poll&quot;.</extracomment>
        <translation>Mensaje no admitido: %1</translation>
    </message>
    <message>
        <source>WhatsApp gave no details</source>
        <translation>WhatsApp no dio detalles</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>Mensaje de plantilla</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>sin texto</translation>
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
    <name>UnderstandingText</name>
    <message>
        <source>Booking request</source>
        <translation>Solicitud de reserva</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Cambio de reserva</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancelación de reserva</translation>
    </message>
    <message>
        <source>Confirms booking</source>
        <translation>Confirmación de reserva</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Cómo llegar</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>Solicitud de documentos</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Consulta de estado</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>Pide una persona</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Fuera de ámbito</translation>
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
        <translation>dudoso: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>enfadado</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>Intent: %1 (%2)</source>
        <translation>Intención: %1 (%2)</translation>
    </message>
    <message>
        <source>Confidence is under the threshold: treated as out of scope.</source>
        <translation>Confianza por debajo del umbral: se trata como fuera de ámbito.</translation>
    </message>
    <message>
        <source>The runner-up is close: check before acting.</source>
        <translation>La segunda opción está muy cerca: compruébelo antes de actuar.</translation>
    </message>
    <message>
        <source>Also possible: %1</source>
        <translation>También posible: %1</translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation>Idioma: %1 (%2)</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>Sentimiento: %1</translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation>Debido a: %1</translation>
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
<context>
    <name>sportello::console::SignInFlow</name>
    <message>
        <source>Enter the server address, for example https://sportello.example.com.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://sportello.example.com.</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>No se puede conectar con el servidor.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Too many failed logins. %1</source>
        <translation>Demasiados intentos de inicio de sesión fallidos. %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>El servidor rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The server refused the login (%1).</source>
        <translation>El servidor rechazó el inicio de sesión (%1).</translation>
    </message>
</context>
<context>
    <name>sportello::console::models::IntentCatalogModel</name>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Built-in examples</source>
        <extracomment>Column: how many example messages ship with the product for this intent.</extracomment>
        <translation>Ejemplos incluidos</translation>
    </message>
    <message>
        <source>Your examples</source>
        <extracomment>Column: how many example messages the business added to this intent.</extracomment>
        <translation>Sus ejemplos</translation>
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
        <translation>Sección</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Subido por</translation>
    </message>
</context>
<context>
    <name>sportello::console::net::HubClient</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Another user signed in on this console.</source>
        <translation>Otro usuario ha iniciado sesión en esta consola.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Not connected to a Sportello server.</source>
        <translation>Sin conexión a un servidor Sportello.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>Your session was ended on the server. Please sign in again.</source>
        <translation>El servidor ha cerrado su sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Conexión perdida: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>El servidor ha dejado de responder.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::Composer</name>
    <message>
        <source>Canned replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Insert a saved reply at the cursor</source>
        <translation>Inserta una respuesta guardada en la posición del cursor</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters typed out of WhatsApp&apos;s maximum, e.g. &quot;120 / 4096&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>WhatsApp accepts at most %1 characters in one message.</source>
        <translation>WhatsApp admite como máximo %1 caracteres por mensaje.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: the customer last wrote more than a day ago, so WhatsApp only accepts an approved template until they write again.</source>
        <translation>La ventana de 24 horas está cerrada: el cliente escribió por última vez hace más de un día, así que WhatsApp solo acepta una plantilla aprobada hasta que vuelva a escribir.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escriba una respuesta… (Ctrl+Enter para enviar)</translation>
    </message>
    <message>
        <source>Send template…</source>
        <translation>Enviar plantilla…</translation>
    </message>
    <message>
        <source>Choose an approved template to reopen the conversation</source>
        <translation>Elija una plantilla aprobada para reabrir la conversación</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send to the customer on WhatsApp (Ctrl+Enter)</source>
        <translation>Envía al cliente por WhatsApp (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ConversationHeader</name>
    <message>
        <source>The assistant is handling this conversation</source>
        <translation>El asistente está gestionando esta conversación</translation>
    </message>
    <message>
        <source>Escalated: waiting for an agent</source>
        <translation>Escalada: en espera de un agente</translation>
    </message>
    <message>
        <source>Escalated: %1 — waiting for an agent</source>
        <translation>Escalada: %1 — en espera de un agente</translation>
    </message>
    <message>
        <source>Handled by an agent; the assistant stays silent</source>
        <translation>Gestionada por un agente; el asistente no interviene</translation>
    </message>
    <message>
        <source>Handled by %1; the assistant stays silent</source>
        <translation>Gestionada por %1; el asistente no interviene</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>WhatsApp accepts free-form replies for 24 hours after the customer&apos;s last message; after that only approved templates.</source>
        <translation>WhatsApp acepta respuestas libres durante 24 horas después del último mensaje del cliente; después, solo plantillas aprobadas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 typing…</source>
        <extracomment>%1 lists user names.</extracomment>
        <translation>
            <numerusform>%1 está escribiendo…</numerusform>
            <numerusform>%1 están escribiendo…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 viewing</source>
        <translation>
            <numerusform>%1 está viendo</numerusform>
            <numerusform>%1 están viendo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ConversationListDelegate</name>
    <message>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Escalada: %1</translation>
    </message>
    <message>
        <source>Draft to review</source>
        <extracomment>Marker on a list row: a proposed reply waits for review.</extracomment>
        <translation>Borrador por revisar</translation>
    </message>
    <message>
        <source>You: %1</source>
        <extracomment>Prefix of the list preview when the last message was ours.</extracomment>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Marker on a list row: a proposed reply waits for review (keep it short).</extracomment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>Marker on a list row: the customer&apos;s last turn reads angry / urgent (keep it short).</extracomment>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enfadado</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::CustomerPanel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>Abra primero una conversación.</translation>
    </message>
    <message>
        <source>Type a label first.</source>
        <translation>Escriba primero una etiqueta.</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>Una etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The conversation already has the label “%1”.</source>
        <translation>La conversación ya tiene la etiqueta «%1».</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add a label and press Enter</source>
        <translation>Añada una etiqueta y pulse Intro</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Note for the team, never sent to the customer</source>
        <translation>Nota para el equipo; nunca se envía al cliente</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>Save the note for the team (Ctrl+Enter)</source>
        <translation>Guarda la nota para el equipo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Negocio: %1</translation>
    </message>
    <message>
        <source>Handled by the assistant</source>
        <translation>Gestionada por el asistente</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>En espera de un agente</translation>
    </message>
    <message>
        <source>Waiting for an agent: %1</source>
        <translation>En espera de un agente: %1</translation>
    </message>
    <message>
        <source>Handled by an agent</source>
        <translation>Gestionada por un agente</translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>Gestionada por %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Cliente desde el %1</translation>
    </message>
    <message>
        <source>Opted out: nothing is sent to this customer until they write START.</source>
        <translation>Dado de baja: no se envía nada a este cliente hasta que escriba START.</translation>
    </message>
    <message>
        <source>Receives messages</source>
        <translation>Recibe mensajes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under a private note: %1 who wrote it, %2 when.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::DashboardView</name>
    <message>
        <source>Updated at %1</source>
        <extracomment>%1 is the time the figures were received.</extracomment>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>The figures also refresh by themselves every minute</source>
        <translation>Las cifras también se actualizan solas cada minuto</translation>
    </message>
    <message>
        <source>First response: median %1 · p95 %2</source>
        <translation>Primera respuesta: mediana %1 · p95 %2</translation>
    </message>
    <message>
        <source>Resolution: median %1 · p95 %2</source>
        <translation>Resolución: mediana %1 · p95 %2</translation>
    </message>
    <message>
        <source>Language model cost: %1</source>
        <translation>Coste del modelo de lenguaje: %1</translation>
    </message>
    <message>
        <source>Language model cost: none yet (no automatic replies)</source>
        <translation>Coste del modelo de lenguaje: ninguno todavía (sin respuestas automáticas)</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Mensajes por día</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Messages received by hour</source>
        <translation>Mensajes recibidos por hora</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Quién respondió</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automáticas</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisadas</translation>
    </message>
    <message>
        <source>By agents</source>
        <translation>Por agentes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A pie slice: %1 who answered, %2 how many turns.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation>Escalados por motivo</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>sin especificar</translation>
    </message>
    <message>
        <source>Open conversations per agent</source>
        <translation>Conversaciones abiertas por agente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::DraftReviewPanel</name>
    <message>
        <source>Proposed reply</source>
        <translation>Respuesta propuesta</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Intención:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confianza:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Send the proposed reply as it is (%1)</source>
        <extracomment>%1 is the keyboard shortcut.</extracomment>
        <translation>Envía la respuesta propuesta tal cual (%1)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Discard the proposal; nothing is sent and the conversation stays with the agents (%1)</source>
        <translation>Descarta la propuesta; no se envía nada y la conversación sigue con los agentes (%1)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Keyboard: %1 approve, %2 edit / send the edit, %3 reject</source>
        <translation>Teclado: %1 aprobar, %2 editar / enviar lo editado, %3 rechazar</translation>
    </message>
    <message>
        <source>&amp;Send edited</source>
        <translation>&amp;Enviar editada</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Send your edited version (%1)</source>
        <translation>Envía su versión editada (%1)</translation>
    </message>
    <message>
        <source>Change the text before sending (%1)</source>
        <translation>Cambia el texto antes de enviarlo (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>How sure the assistant is that this reply is right: %1%</source>
        <translation>Seguridad del asistente en que esta respuesta es correcta: %1%</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>ninguna citada</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::InboxPanel</name>
    <message>
        <source>Search name, number or message (Ctrl+K)</source>
        <translation>Buscar nombre, número o mensaje (Ctrl+K)</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>A proposed reply waits for an agent&apos;s approval</source>
        <translation>Una respuesta propuesta espera la aprobación de un agente</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>Handed to the agents and not yet taken by anyone</source>
        <translation>Derivadas a los agentes y aún sin tomar</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignadas a usted</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Every conversation that is not closed</source>
        <translation>Todas las conversaciones que no están cerradas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Recently closed conversations</source>
        <translation>Conversaciones cerradas recientemente</translation>
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
        <translation>&amp;Eliminar ejemplo</translation>
    </message>
    <message>
        <source>Remove &amp;all your examples</source>
        <translation>Eliminar &amp;todos sus ejemplos</translation>
    </message>
    <message>
        <source>Removes every example you added to this intent. The built-in examples stay.</source>
        <translation>Elimina todos los ejemplos que ha añadido a esta intención. Los ejemplos incluidos se mantienen.</translation>
    </message>
    <message>
        <source>Add examples</source>
        <translation>Añadir ejemplos</translation>
    </message>
    <message>
        <source>an intent, or a new name like whitening_offer</source>
        <translation>una intención o un nombre nuevo como whitening_offer</translation>
    </message>
    <message>
        <source>One example per line, as customers write it:
Quanto costa lo sbiancamento?
Fate offerte per lo sbiancamento dei denti?</source>
        <translation>Un ejemplo por línea, tal como lo escriben los clientes:
¿Cuánto cuesta el blanqueamiento?
¿Tienen ofertas de blanqueamiento dental?</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Intent:</source>
        <translation>I&amp;ntención:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Examples:</source>
        <translation>E&amp;jemplos:</translation>
    </message>
    <message>
        <source>The assistant learns each intent from the built-in examples in your languages and the ones you add here. After a change it trains again in the background; the current model answers until the new one is ready.</source>
        <translation>El asistente aprende cada intención de los ejemplos incluidos en sus idiomas y de los que añada aquí. Tras un cambio se vuelve a entrenar en segundo plano; el modelo actual responde hasta que el nuevo esté listo.</translation>
    </message>
    <message>
        <source>Removing the example…</source>
        <translation>Eliminando el ejemplo…</translation>
    </message>
    <message>
        <source>Removing your examples of “%1”…</source>
        <translation>Eliminando sus ejemplos de «%1»…</translation>
    </message>
    <message>
        <source>Choose an intent to see the examples you added to it.</source>
        <translation>Elija una intención para ver los ejemplos que le ha añadido.</translation>
    </message>
    <message>
        <source>You have added no examples to “%1” yet.</source>
        <translation>Todavía no ha añadido ejemplos a «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) you added to “%1”:</source>
        <translation>
            <numerusform>%n ejemplo añadido por usted a «%1»:</numerusform>
            <numerusform>%n ejemplos añadidos por usted a «%1»:</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the intents…</source>
        <translation>Cargando las intenciones…</translation>
    </message>
    <message>
        <source>Training the model on the latest examples… The previous model answers customers meanwhile.</source>
        <translation>Entrenando el modelo con los últimos ejemplos… Mientras tanto, el modelo anterior responde a los clientes.</translation>
    </message>
    <message>
        <source>The last training failed: %1. The previous model, if any, keeps answering.</source>
        <translation>El último entrenamiento falló: %1. El modelo anterior, si lo hay, sigue respondiendo.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n ejemplo</numerusform>
            <numerusform>%n ejemplos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of them yours)</source>
        <extracomment>%1: &quot;3,450 examples&quot;, %2: how many of them the business added.</extracomment>
        <translation>%1 (%2 de ellos suyos)</translation>
    </message>
    <message>
        <source>Ready: %1 across %2 (ready in %3 s, %4).</source>
        <extracomment>%1: &quot;3,450 examples&quot;, %2: &quot;21 intents&quot;, %3: seconds (loading a model trained earlier with the same examples takes well under one), %4: date and time.</extracomment>
        <translation>Listo: %1 de %2 (listo en %3 s, %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n intent(s)</source>
        <translation>
            <numerusform>%n intención</numerusform>
            <numerusform>%n intenciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No model yet: the server trains one when it starts.</source>
        <translation>Todavía no hay modelo: el servidor entrena uno al arrancar.</translation>
    </message>
    <message>
        <source>Choose an intent or type the name of a new one.</source>
        <translation>Elija una intención o escriba el nombre de una nueva.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and “_”, starting with a letter, at most %1 characters: e.g. whitening_offer.</source>
        <translation>Use letras minúsculas, dígitos y «_», empezando por una letra, con %1 caracteres como máximo: p. ej. whitening_offer.</translation>
    </message>
    <message>
        <source>Write at least one example, one per line.</source>
        <translation>Escriba al menos un ejemplo, uno por línea.</translation>
    </message>
    <message>
        <source>At most %1 examples at a time; there are %2.</source>
        <translation>Como máximo %1 ejemplos a la vez; hay %2.</translation>
    </message>
    <message>
        <source>Example %1 is longer than %2 characters.</source>
        <translation>El ejemplo %1 supera los %2 caracteres.</translation>
    </message>
    <message>
        <source>The business&apos;s languages are not known yet: wait for the intents to load.</source>
        <translation>Todavía no se conocen los idiomas del negocio: espere a que se carguen las intenciones.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n example(s)…</source>
        <translation>
            <numerusform>Añadiendo %n ejemplo…</numerusform>
            <numerusform>Añadiendo %n ejemplos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>No se ha añadido nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) added to “%1”.</source>
        <translation>
            <numerusform>%n ejemplo añadido a «%1».</numerusform>
            <numerusform>%n ejemplos añadidos a «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: already an example.</source>
        <translation>
            <numerusform>%n omitido: ya es un ejemplo.</numerusform>
            <numerusform>%n omitidos: ya son ejemplos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model is training again.</source>
        <translation>El modelo se está volviendo a entrenar.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>No se ha eliminado nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) removed. The model is training again.</source>
        <translation>
            <numerusform>%n ejemplo eliminado. El modelo se está volviendo a entrenar.</numerusform>
            <numerusform>%n ejemplos eliminados. El modelo se está volviendo a entrenar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::console::views::KnowledgePage</name>
    <message>
        <source>Remove document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>The documents the assistant answers from: price lists, opening hours, FAQ files. Uploading a file with the same name replaces it.</source>
        <translation>Los documentos con los que responde el asistente: tarifas, horarios, preguntas frecuentes. Subir un archivo con el mismo nombre lo sustituye.</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Subir…</translation>
    </message>
    <message>
        <source>Markdown, CSV or JSON FAQ, plain text or PDF, up to %1 MiB</source>
        <translation>Markdown, preguntas frecuentes en CSV o JSON, texto plano o PDF, hasta %1 MiB</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select a document to see its chunks.</source>
        <translation>Selecciona un documento para ver sus fragmentos.</translation>
    </message>
    <message>
        <source>Try a query</source>
        <translation>Prueba una consulta</translation>
    </message>
    <message>
        <source>A question as a customer would ask it</source>
        <translation>Una pregunta como la haría un cliente</translation>
    </message>
    <message>
        <source>Server&apos;s setting</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <source>Keywords (BM25)</source>
        <translation>Palabras clave (BM25)</translation>
    </message>
    <message>
        <source>Meaning (dense)</source>
        <translation>Significado (denso)</translation>
    </message>
    <message>
        <source>Both (hybrid)</source>
        <translation>Ambos (híbrido)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Question or section</source>
        <translation>Pregunta o sección</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Upload a document</source>
        <translation>Subir un documento</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be uploaded: use Markdown, CSV, JSON, JSONL, text or PDF files (%2).</source>
        <translation>No se puede subir «%1»: usa archivos Markdown, CSV, JSON, JSONL, de texto o PDF (%2).</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB: split it into smaller documents.</source>
        <translation>«%1» supera los %2 MiB: divídelo en documentos más pequeños.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>«%1» no se ha importado: %2</translation>
    </message>
    <message>
        <source>“%1” is already up to date: nothing changed.</source>
        <translation>«%1» ya está actualizado: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>“%1” imported.</source>
        <translation>«%1» importado.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>The chunks could not be read: %1</source>
        <translation>No se pudieron leer los fragmentos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) of “%1”</source>
        <translation>
            <numerusform>%n fragmento de «%1»</numerusform>
            <numerusform>%n fragmentos de «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n chunk(s)? The assistant stops using it at once.</source>
        <translation>
            <numerusform>¿Eliminar «%1» y su %n fragmento? El asistente deja de usarlo de inmediato.</numerusform>
            <numerusform>¿Eliminar «%1» y sus %n fragmentos? El asistente deja de usarlo de inmediato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Eliminando «%1»…</translation>
    </message>
    <message>
        <source>The document was removed.</source>
        <translation>Se ha eliminado el documento.</translation>
    </message>
    <message>
        <source>The document was not removed: %1</source>
        <translation>No se ha eliminado el documento: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda ha fallado: %1</translation>
    </message>
    <message>
        <source>Nothing found (mode %1).</source>
        <translation>No se ha encontrado nada (modo %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first (mode %1).</source>
        <translation>
            <numerusform>%n resultado, el mejor primero (modo %1).</numerusform>
            <numerusform>%n resultados, los mejores primero (modo %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents yet: upload one.</source>
        <translation>Aún no hay documentos: sube uno.</translation>
    </message>
    <message>
        <source>Loading the chunks…</source>
        <translation>Cargando los fragmentos…</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::LabelChips</name>
    <message>
        <source>Remove the label “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::LoginDialog</name>
    <message>
        <source>Log in to Sportello</source>
        <translation>Iniciar sesión en Sportello</translation>
    </message>
    <message>
        <source>Sign in with the account your administrator gave you.</source>
        <translation>Inicie sesión con la cuenta que le ha dado su administrador.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>https://sportello.example.com</source>
        <translation>https://sportello.example.com</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::MainWindow</name>
    <message>
        <source>About Sportello Console</source>
        <translation>Acerca de Consola Sportello</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;h3&gt;Consola Sportello %1&lt;/h3&gt;&lt;p&gt;La consola de escritorio de Sportello, el asistente de atención al cliente por WhatsApp para pequeños negocios. Los agentes la usan para seguir las conversaciones y responder a los clientes cuando el asistente pasa una conversación a una persona.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is the request that failed (e.g. &quot;message.send&quot;), %2 the reason.
----------
%1 is what was attempted (&quot;Taking over the conversation&quot;), %2 why it failed.</extracomment>
        <translation>No se pudo %1: %2</translation>
    </message>
    <message>
        <source>Opening the conversation</source>
        <translation>abrir la conversación</translation>
    </message>
    <message>
        <source>Changing the labels</source>
        <translation>cambiar las etiquetas</translation>
    </message>
    <message>
        <source>Adding the note</source>
        <translation>añadir la nota</translation>
    </message>
    <message>
        <source>Sportello Console</source>
        <translation>Consola Sportello</translation>
    </message>
    <message>
        <source>Sportello Console — %1</source>
        <translation>Consola Sportello — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Acciones de la conversación</translation>
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
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Tomar el control</translation>
    </message>
    <message>
        <source>Handle this conversation yourself; the assistant stays silent until you hand it back (Ctrl+T)</source>
        <translation>Gestione usted esta conversación; el asistente no interviene hasta que se la devuelva (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Hand back</source>
        <translation>&amp;Devolver al asistente</translation>
    </message>
    <message>
        <source>Give the conversation back to the assistant (Ctrl+B)</source>
        <translation>Devuelve la conversación al asistente (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <source>Give the conversation to another agent</source>
        <translation>Asigna la conversación a otro agente</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the conversation: it leaves the open queues</source>
        <translation>Cierra la conversación, que sale de las colas de conversaciones abiertas</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Reopen the conversation and take it</source>
        <translation>Reabre la conversación y toma el control</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Volumes, response times and escalations</source>
        <translation>Volúmenes, tiempos de respuesta y escalados</translation>
    </message>
    <message>
        <source>Sandbox &amp;customer</source>
        <translation>&amp;Cliente sandbox</translation>
    </message>
    <message>
        <source>Write as a WhatsApp customer to this sandbox server, to try the whole flow</source>
        <translation>Escriba como un cliente de WhatsApp a este servidor sandbox para probar todo el flujo</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <extracomment>A menu entry that shows an inbox queue; %1 is the queue&apos;s name.</extracomment>
        <translation>Mostrar «%1»</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>Conversación &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversación &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Buscar conversaciones</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.

Ctrl+1…5 switch queues, Ctrl+Up and Ctrl+Down move between conversations, Ctrl+K searches.</source>
        <translation>Elija una conversación a la izquierda.

Ctrl+1…5 cambian de cola, Ctrl+Up y Ctrl+Down pasan de una conversación a otra, Ctrl+K abre la búsqueda.</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Todavía no hay mensajes.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is the &quot;signed in as&quot; text, %2 the server&apos;s address.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Ningún servidor configurado</translation>
    </message>
    <message>
        <source>Server %1</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Elija primero una conversación.</translation>
    </message>
    <message>
        <source>This conversation is closed. Reopen it to reply.</source>
        <translation>Esta conversación está cerrada. Reábrala para responder.</translation>
    </message>
    <message>
        <source>The customer opted out (STOP): nothing can be sent until they write START.</source>
        <translation>El cliente se ha dado de baja (STOP): no se puede enviar nada hasta que escriba START.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued action(s)…</source>
        <translation>
            <numerusform>Enviando %n acción en cola…</numerusform>
            <numerusform>Enviando %n acciones en cola…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n action(s) waiting</source>
        <extracomment>The link to the server is down and actions wait to be replayed.</extracomment>
        <translation>
            <numerusform>Sin conexión — %n acción en espera</numerusform>
            <numerusform>Sin conexión — %n acciones en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting</source>
        <translation>Sin conexión — reconectando</translation>
    </message>
    <message>
        <source>your role does not allow this</source>
        <translation>su rol no lo permite</translation>
    </message>
    <message>
        <source>the conversation changed meanwhile; look again</source>
        <translation>la conversación ha cambiado mientras tanto; revísela de nuevo</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>you are signed out</source>
        <translation>la sesión está cerrada</translation>
    </message>
    <message>
        <source>Taking over the conversation</source>
        <translation>tomar el control de la conversación</translation>
    </message>
    <message>
        <source>Handing the conversation back</source>
        <translation>devolver la conversación al asistente</translation>
    </message>
    <message>
        <source>Assign the conversation</source>
        <translation>Asignar la conversación</translation>
    </message>
    <message>
        <source>Agent (online agents are listed; an empty name unassigns):</source>
        <translation>Agente (se muestran los agentes conectados; un nombre vacío quita la asignación):</translation>
    </message>
    <message>
        <source>Assigning the conversation</source>
        <translation>asignar la conversación</translation>
    </message>
    <message>
        <source>Closing the conversation</source>
        <translation>cerrar la conversación</translation>
    </message>
    <message>
        <source>Reopening the conversation</source>
        <translation>reabrir la conversación</translation>
    </message>
    <message>
        <source>Saving your settings</source>
        <translation>guardar su configuración</translation>
    </message>
    <message>
        <source>Saving the business settings</source>
        <translation>guardar la configuración del negocio</translation>
    </message>
    <message>
        <source>Sending the template</source>
        <translation>enviar la plantilla</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::SandboxCustomerWindow</name>
    <message>
        <source>Template “%1”</source>
        <translation>Plantilla «%1»</translation>
    </message>
    <message>
        <source>The message was not accepted: %1</source>
        <translation>No se aceptó el mensaje: %1</translation>
    </message>
    <message>
        <source>The server did not take the read receipt.</source>
        <translation>El servidor no aceptó la confirmación de lectura.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s number: 6 to 15 digits with the country code, e.g. 393401234567.</source>
        <translation>Introduzca el número del cliente: de 6 a 15 dígitos con el prefijo del país, p. ej. 393401234567.</translation>
    </message>
    <message>
        <source>No sandbox server to write to.</source>
        <translation>No hay ningún servidor sandbox al que escribir.</translation>
    </message>
    <message>
        <source>Sandbox customer</source>
        <translation>Cliente sandbox</translation>
    </message>
    <message>
        <source>Write as a WhatsApp customer of the sandbox business. Your messages reach the server like real ones; replies from the agents appear here.</source>
        <translation>Escriba como un cliente de WhatsApp del negocio sandbox. Sus mensajes llegan al servidor como los reales; las respuestas de los agentes aparecen aquí.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>Message as the customer</source>
        <translation>Mensaje como cliente</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>The customer reads the messages: the agents see blue ticks</source>
        <translation>El cliente lee los mensajes: los agentes ven las marcas azules</translation>
    </message>
    <message>
        <source>No messages with this number yet.</source>
        <translation>Todavía no hay mensajes con este número.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Notify me of new &amp;escalations</source>
        <translation>Avisarme de nuevos &amp;escalados</translation>
    </message>
    <message>
        <source>Notify me of new messages in &amp;my conversations</source>
        <translation>Avisarme de mensajes nuevos en &amp;mis conversaciones</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Notifications appear on the desktop while the console runs.</source>
        <translation>Las notificaciones aparecen en el escritorio mientras la consola está abierta.</translation>
    </message>
    <message>
        <source>complaint, refund, legal</source>
        <translation>complaint, refund, legal</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Reply automatically from confidence:</source>
        <translation>Responder automáticamente con confianza desde:</translation>
    </message>
    <message>
        <source>Propose for review from confidence:</source>
        <translation>Proponer para revisión con confianza desde:</translation>
    </message>
    <message>
        <source>Always to a person, for intents:</source>
        <translation>Siempre a una persona, para las intenciones:</translation>
    </message>
    <message>
        <source>Stored now; the assistant uses them once it understands and drafts replies. Below the review threshold every conversation goes to the agents.</source>
        <translation>Se guardan ya; el asistente las usará cuando sepa entender y redactar respuestas. Por debajo del umbral de revisión, todas las conversaciones pasan a los agentes.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the opening and closing times of a day.</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <source>it, en… (empty: any)</source>
        <translation>es, en… (vacío: cualquiera)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Save &amp;reply</source>
        <translation>Guardar &amp;respuesta</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Templates are approved by Meta and listed in the server&apos;s business configuration; they are read-only here.</source>
        <translation>Las plantillas las aprueba Meta y figuran en la configuración del negocio en el servidor; aquí son de solo lectura.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambiar &amp;rol</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Restablecer &amp;contraseña</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password (at least %1 characters)</source>
        <translation>Contraseña (al menos %1 caracteres)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Añadir &amp;usuario</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Usuario seleccionado</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>header %1, body %2, buttons %3</source>
        <extracomment>Template parameter counts: header, body, buttons.</extracomment>
        <translation>encabezado %1, cuerpo %2, botones %3</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>, online</source>
        <translation>, en línea</translation>
    </message>
    <message>
        <source>The review threshold cannot be above the automatic reply threshold.</source>
        <translation>El umbral de revisión no puede superar el de respuesta automática.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows, e.g. Europe/Rome.</source>
        <translation>«%1» no es una zona horaria conocida por este equipo; ejemplo válido: Europe/Madrid.</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <extracomment>%1 is a day of the week.</extracomment>
        <translation>El %1, la hora de cierre debe ser posterior a la de apertura.</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation>Introduzca el nombre del nuevo usuario.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>El nombre de usuario no puede contener espacios.</translation>
    </message>
    <message>
        <source>There is already a user called “%1”.</source>
        <translation>Ya existe un usuario llamado «%1».</translation>
    </message>
    <message>
        <source>Add &amp;reply</source>
        <translation>Añadir &amp;respuesta</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>You cannot change your own role or disable yourself.</source>
        <translation>No puede cambiar su propio rol ni desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intenciones</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
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
        <translation>Las plantillas todavía se están cargando.</translation>
    </message>
    <message>
        <source>This business has no approved templates. Add them in the server&apos;s business configuration.</source>
        <translation>Este negocio no tiene plantillas aprobadas. Añádalas en la configuración del negocio en el servidor.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Elija una plantilla.</translation>
    </message>
    <message>
        <source>Fill in every parameter: WhatsApp refuses a template with an empty one.</source>
        <translation>Rellene todos los parámetros: WhatsApp rechaza una plantilla con alguno vacío.</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>The customer has not written in the last 24 hours, so WhatsApp only delivers an approved template. Their reply reopens the conversation.</source>
        <translation>El cliente no ha escrito en las últimas 24 horas, así que WhatsApp solo entrega una plantilla aprobada. Su respuesta reabre la conversación.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Send template</source>
        <translation>&amp;Enviar plantilla</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <extracomment>A template parameter field; %1 is its number as in {{1}}.</extracomment>
        <translation>Encabezado {{%1}}</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>Cuerpo {{%1}}</translation>
    </message>
    <message>
        <source>Button %1 {{%2}}</source>
        <extracomment>%1 is the button&apos;s number, %2 the parameter&apos;s as in {{1}}.</extracomment>
        <translation>Botón %1 {{%2}}</translation>
    </message>
    <message>
        <source>This template has no parameters.</source>
        <translation>Esta plantilla no tiene parámetros.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>Preview heading: %1 template name, %2 language code, %3 category.</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Encabezado:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Cuerpo:</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>Botones:</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ThreadBubbleDelegate</name>
    <message>
        <source>Not delivered: %1</source>
        <extracomment>Inside a failed bubble; %1 explains why.</extracomment>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>Inside a bubble the server did not send; %1 explains why.</extracomment>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <extracomment>Heading of a private note; %1 is who wrote it.</extracomment>
        <translation>Nota privada · %1</translation>
    </message>
    <message>
        <source>Only agents see private notes; the customer never does.</source>
        <translation>Solo los agentes ven las notas privadas; el cliente nunca.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ThreadView</name>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::TrayNotifier</name>
    <message>
        <source>Sportello Console</source>
        <translation>Consola Sportello</translation>
    </message>
    <message numerus="yes">
        <source>Sportello Console: %n unread</source>
        <translation>
            <numerusform>Consola Sportello: %n sin leer</numerusform>
            <numerusform>Consola Sportello: %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs an agent</source>
        <extracomment>Notification title; %1 is the customer.</extracomment>
        <translation>%1 necesita un agente</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
</context>
</TS>
