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
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
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
    <name>DisplayText</name>
    <message>
        <source>window closed</source>
        <translation>window closed</translation>
    </message>
    <message>
        <source>window closes in %1</source>
        <extracomment>The 24-hour customer service window; %1 is a duration like &quot;3 h 12 min&quot;.</extracomment>
        <translation>window closes in %1</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>Short form of &quot;the 24-hour window is closed&quot;, in a list row.</extracomment>
        <translation>closed</translation>
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
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Waiting for an agent</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
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
        <translation>Customer</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp</source>
        <translation>Accepted by WhatsApp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Played</translation>
    </message>
    <message>
        <source>Not sent: the 24-hour window is closed, send a template</source>
        <translation>Not sent: the 24-hour window is closed, send a template</translation>
    </message>
    <message>
        <source>Not sent: refused before sending</source>
        <translation>Not sent: refused before sending</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote: only a template can be sent.</source>
        <translation>More than 24 hours have passed since the customer last wrote: only a template can be sent.</translation>
    </message>
    <message>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>The message could not be delivered: the number may not use WhatsApp, or the customer&apos;s app is too old.</translation>
    </message>
    <message>
        <source>The customer has stopped marketing messages from this business.</source>
        <translation>The customer has stopped marketing messages from this business.</translation>
    </message>
    <message>
        <source>WhatsApp does not support this message type.</source>
        <translation>WhatsApp does not support this message type.</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time; try again later.</source>
        <translation>Too many messages to this customer in a short time; try again later.</translation>
    </message>
    <message>
        <source>The WhatsApp business account is in maintenance mode.</source>
        <translation>The WhatsApp business account is in maintenance mode.</translation>
    </message>
    <message>
        <source>WhatsApp held this message back to protect the customer&apos;s experience.</source>
        <translation>WhatsApp held this message back to protect the customer&apos;s experience.</translation>
    </message>
    <message>
        <source>WhatsApp could not send the message because of an error on its side.</source>
        <translation>WhatsApp could not send the message because of an error on its side.</translation>
    </message>
    <message>
        <source>The WhatsApp sending rate limit was reached; the message will be retried.</source>
        <translation>The WhatsApp sending rate limit was reached; the message will be retried.</translation>
    </message>
    <message>
        <source>The template&apos;s parameters do not match the template.</source>
        <translation>The template&apos;s parameters do not match the template.</translation>
    </message>
    <message>
        <source>The template does not exist in this language, or is not approved yet.</source>
        <translation>The template does not exist in this language, or is not approved yet.</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver the message.</source>
        <translation>WhatsApp did not deliver the message.</translation>
    </message>
    <message>
        <source>%1 (error %2)</source>
        <extracomment>%1 is an explanation, %2 WhatsApp&apos;s numeric error code.</extracomment>
        <translation>%1 (error %2)</translation>
    </message>
    <message>
        <source>📷 Photo</source>
        <translation>📷 Photo</translation>
    </message>
    <message>
        <source>🎬 Video</source>
        <translation>🎬 Video</translation>
    </message>
    <message>
        <source>🎤 Voice message</source>
        <translation>🎤 Voice message</translation>
    </message>
    <message>
        <source>📄 Document</source>
        <translation>📄 Document</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation>📍 Location</translation>
    </message>
    <message>
        <source>👤 Contact card</source>
        <translation>👤 Contact card</translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <extracomment>%1 is the emoji the customer reacted with.</extracomment>
        <translation>Reaction removed</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>Reacted %1</translation>
    </message>
    <message>
        <source>🛒 Order</source>
        <translation>🛒 Order</translation>
    </message>
    <message>
        <source>Unsupported message: %1</source>
        <extracomment>%1 is WhatsApp&apos;s reason, e.g. &quot;Message type unknown&quot;.
----------
%1 is the WhatsApp message type as sent, e.g. &quot;poll&quot;.</extracomment>
        <translation>Unsupported message: %1</translation>
    </message>
    <message>
        <source>WhatsApp gave no details</source>
        <translation>WhatsApp gave no details</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>Template message</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>no text</translation>
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
    <name>UnderstandingText</name>
    <message>
        <source>Booking request</source>
        <translation>Booking request</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Confirms booking</source>
        <translation>Confirms booking</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>Document request</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Status check</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>Wants a person</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Thanks</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Goodbye</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>unsure: %1</source>
        <translation>unsure: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>angry</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>Intent: %1 (%2)</source>
        <translation>Intent: %1 (%2)</translation>
    </message>
    <message>
        <source>Confidence is under the threshold: treated as out of scope.</source>
        <translation>Confidence is under the threshold: treated as out of scope.</translation>
    </message>
    <message>
        <source>The runner-up is close: check before acting.</source>
        <translation>The runner-up is close: check before acting.</translation>
    </message>
    <message>
        <source>Also possible: %1</source>
        <translation>Also possible: %1</translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation>Language: %1 (%2)</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>Sentiment: %1</translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation>Because of: %1</translation>
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
<context>
    <name>sportello::console::SignInFlow</name>
    <message>
        <source>Enter the server address, for example https://sportello.example.com.</source>
        <translation>Enter the server address, for example https://sportello.example.com.</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Cannot reach the server.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Your session has ended. Please log in again.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed logins. %1</source>
        <translation>Too many failed logins. %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>The server refused the login: %1</translation>
    </message>
    <message>
        <source>The server refused the login (%1).</source>
        <translation>The server refused the login (%1).</translation>
    </message>
</context>
<context>
    <name>sportello::console::models::IntentCatalogModel</name>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>Built-in examples</source>
        <extracomment>Column: how many example messages ship with the product for this intent.</extracomment>
        <translation>Built-in examples</translation>
    </message>
    <message>
        <source>Your examples</source>
        <extracomment>Column: how many example messages the business added to this intent.</extracomment>
        <translation>Your examples</translation>
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
        <translation>Text</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Chunks</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Uploaded by</translation>
    </message>
</context>
<context>
    <name>sportello::console::net::HubClient</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>Another user signed in on this console.</source>
        <translation>Another user signed in on this console.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Not connected to a Sportello server.</source>
        <translation>Not connected to a Sportello server.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>The connection was closed.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>The server&apos;s certificate is not trusted: %1</translation>
    </message>
    <message>
        <source>Your session was ended on the server. Please sign in again.</source>
        <translation>Your session was ended on the server. Please sign in again.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connection lost: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>The server stopped answering.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::Composer</name>
    <message>
        <source>Canned replies</source>
        <translation>Canned replies</translation>
    </message>
    <message>
        <source>Insert a saved reply at the cursor</source>
        <translation>Insert a saved reply at the cursor</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters typed out of WhatsApp&apos;s maximum, e.g. &quot;120 / 4096&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>WhatsApp accepts at most %1 characters in one message.</source>
        <translation>WhatsApp accepts at most %1 characters in one message.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: the customer last wrote more than a day ago, so WhatsApp only accepts an approved template until they write again.</source>
        <translation>The 24-hour window is closed: the customer last wrote more than a day ago, so WhatsApp only accepts an approved template until they write again.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Write a reply… (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <source>Send template…</source>
        <translation>Send template…</translation>
    </message>
    <message>
        <source>Choose an approved template to reopen the conversation</source>
        <translation>Choose an approved template to reopen the conversation</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send to the customer on WhatsApp (Ctrl+Enter)</source>
        <translation>Send to the customer on WhatsApp (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ConversationHeader</name>
    <message>
        <source>The assistant is handling this conversation</source>
        <translation>The assistant is handling this conversation</translation>
    </message>
    <message>
        <source>Escalated: waiting for an agent</source>
        <translation>Escalated: waiting for an agent</translation>
    </message>
    <message>
        <source>Escalated: %1 — waiting for an agent</source>
        <translation>Escalated: %1 — waiting for an agent</translation>
    </message>
    <message>
        <source>Handled by an agent; the assistant stays silent</source>
        <translation>Handled by an agent; the assistant stays silent</translation>
    </message>
    <message>
        <source>Handled by %1; the assistant stays silent</source>
        <translation>Handled by %1; the assistant stays silent</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>WhatsApp accepts free-form replies for 24 hours after the customer&apos;s last message; after that only approved templates.</source>
        <translation>WhatsApp accepts free-form replies for 24 hours after the customer&apos;s last message; after that only approved templates.</translation>
    </message>
    <message numerus="yes">
        <source>%1 typing…</source>
        <extracomment>%1 lists user names.</extracomment>
        <translation>
            <numerusform>%1 is typing…</numerusform>
            <numerusform>%1 are typing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 viewing</source>
        <translation>
            <numerusform>%1 is viewing</numerusform>
            <numerusform>%1 are viewing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ConversationListDelegate</name>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Escalated: %1</translation>
    </message>
    <message>
        <source>Draft to review</source>
        <extracomment>Marker on a list row: a proposed reply waits for review.</extracomment>
        <translation>Draft to review</translation>
    </message>
    <message>
        <source>You: %1</source>
        <extracomment>Prefix of the list preview when the last message was ours.</extracomment>
        <translation>You: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Marker on a list row: a proposed reply waits for review (keep it short).</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>Marker on a list row: the customer&apos;s last turn reads angry / urgent (keep it short).</extracomment>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Angry</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::CustomerPanel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>Open a conversation first.</translation>
    </message>
    <message>
        <source>Type a label first.</source>
        <translation>Type a label first.</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>A label has at most %1 characters.</translation>
    </message>
    <message>
        <source>The conversation already has the label “%1”.</source>
        <translation>The conversation already has the label “%1”.</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>No conversation selected</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Add a label and press Enter</source>
        <translation>Add a label and press Enter</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private notes</translation>
    </message>
    <message>
        <source>Note for the team, never sent to the customer</source>
        <translation>Note for the team, never sent to the customer</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <source>Save the note for the team (Ctrl+Enter)</source>
        <translation>Save the note for the team (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Business: %1</translation>
    </message>
    <message>
        <source>Handled by the assistant</source>
        <translation>Handled by the assistant</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Waiting for an agent</translation>
    </message>
    <message>
        <source>Waiting for an agent: %1</source>
        <translation>Waiting for an agent: %1</translation>
    </message>
    <message>
        <source>Handled by an agent</source>
        <translation>Handled by an agent</translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>Handled by %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Customer since %1</translation>
    </message>
    <message>
        <source>Opted out: nothing is sent to this customer until they write START.</source>
        <translation>Opted out: nothing is sent to this customer until they write START.</translation>
    </message>
    <message>
        <source>Receives messages</source>
        <translation>Receives messages</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under a private note: %1 who wrote it, %2 when.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::DashboardView</name>
    <message>
        <source>Updated at %1</source>
        <extracomment>%1 is the time the figures were received.</extracomment>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>The figures also refresh by themselves every minute</source>
        <translation>The figures also refresh by themselves every minute</translation>
    </message>
    <message>
        <source>First response: median %1 · p95 %2</source>
        <translation>First response: median %1 · p95 %2</translation>
    </message>
    <message>
        <source>Resolution: median %1 · p95 %2</source>
        <translation>Resolution: median %1 · p95 %2</translation>
    </message>
    <message>
        <source>Language model cost: %1</source>
        <translation>Language model cost: %1</translation>
    </message>
    <message>
        <source>Language model cost: none yet (no automatic replies)</source>
        <translation>Language model cost: none yet (no automatic replies)</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messages per day</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Messages received by hour</source>
        <translation>Messages received by hour</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Who answered</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>By agents</source>
        <translation>By agents</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A pie slice: %1 who answered, %2 how many turns.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation>Escalations by reason</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspecified</translation>
    </message>
    <message>
        <source>Open conversations per agent</source>
        <translation>Open conversations per agent</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::DraftReviewPanel</name>
    <message>
        <source>Proposed reply</source>
        <translation>Proposed reply</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Intent:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confidence:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Send the proposed reply as it is (%1)</source>
        <extracomment>%1 is the keyboard shortcut.</extracomment>
        <translation>Send the proposed reply as it is (%1)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Discard the proposal; nothing is sent and the conversation stays with the agents (%1)</source>
        <translation>Discard the proposal; nothing is sent and the conversation stays with the agents (%1)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Cancel edit</translation>
    </message>
    <message>
        <source>Keyboard: %1 approve, %2 edit / send the edit, %3 reject</source>
        <translation>Keyboard: %1 approve, %2 edit / send the edit, %3 reject</translation>
    </message>
    <message>
        <source>&amp;Send edited</source>
        <translation>&amp;Send edited</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Send your edited version (%1)</source>
        <translation>Send your edited version (%1)</translation>
    </message>
    <message>
        <source>Change the text before sending (%1)</source>
        <translation>Change the text before sending (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>not classified</translation>
    </message>
    <message>
        <source>How sure the assistant is that this reply is right: %1%</source>
        <translation>How sure the assistant is that this reply is right: %1%</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>none cited</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::InboxPanel</name>
    <message>
        <source>Search name, number or message (Ctrl+K)</source>
        <translation>Search name, number or message (Ctrl+K)</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>A proposed reply waits for an agent&apos;s approval</source>
        <translation>A proposed reply waits for an agent&apos;s approval</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Handed to the agents and not yet taken by anyone</source>
        <translation>Handed to the agents and not yet taken by anyone</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Assigned to you</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Every conversation that is not closed</source>
        <translation>Every conversation that is not closed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Recently closed conversations</source>
        <translation>Recently closed conversations</translation>
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
        <translation>&amp;Remove example</translation>
    </message>
    <message>
        <source>Remove &amp;all your examples</source>
        <translation>Remove &amp;all your examples</translation>
    </message>
    <message>
        <source>Removes every example you added to this intent. The built-in examples stay.</source>
        <translation>Removes every example you added to this intent. The built-in examples stay.</translation>
    </message>
    <message>
        <source>Add examples</source>
        <translation>Add examples</translation>
    </message>
    <message>
        <source>an intent, or a new name like whitening_offer</source>
        <translation>an intent, or a new name like whitening_offer</translation>
    </message>
    <message>
        <source>One example per line, as customers write it:
Quanto costa lo sbiancamento?
Fate offerte per lo sbiancamento dei denti?</source>
        <translation>One example per line, as customers write it:
Quanto costa lo sbiancamento?
Fate offerte per lo sbiancamento dei denti?</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Intent:</source>
        <translation>&amp;Intent:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Examples:</source>
        <translation>&amp;Examples:</translation>
    </message>
    <message>
        <source>The assistant learns each intent from the built-in examples in your languages and the ones you add here. After a change it trains again in the background; the current model answers until the new one is ready.</source>
        <translation>The assistant learns each intent from the built-in examples in your languages and the ones you add here. After a change it trains again in the background; the current model answers until the new one is ready.</translation>
    </message>
    <message>
        <source>Removing the example…</source>
        <translation>Removing the example…</translation>
    </message>
    <message>
        <source>Removing your examples of “%1”…</source>
        <translation>Removing your examples of “%1”…</translation>
    </message>
    <message>
        <source>Choose an intent to see the examples you added to it.</source>
        <translation>Choose an intent to see the examples you added to it.</translation>
    </message>
    <message>
        <source>You have added no examples to “%1” yet.</source>
        <translation>You have added no examples to “%1” yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) you added to “%1”:</source>
        <translation>
            <numerusform>%n example you added to “%1”:</numerusform>
            <numerusform>%n examples you added to “%1”:</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the intents…</source>
        <translation>Loading the intents…</translation>
    </message>
    <message>
        <source>Training the model on the latest examples… The previous model answers customers meanwhile.</source>
        <translation>Training the model on the latest examples… The previous model answers customers meanwhile.</translation>
    </message>
    <message>
        <source>The last training failed: %1. The previous model, if any, keeps answering.</source>
        <translation>The last training failed: %1. The previous model, if any, keeps answering.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n example</numerusform>
            <numerusform>%n examples</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of them yours)</source>
        <extracomment>%1: &quot;3,450 examples&quot;, %2: how many of them the business added.</extracomment>
        <translation>%1 (%2 of them yours)</translation>
    </message>
    <message>
        <source>Ready: %1 across %2 (ready in %3 s, %4).</source>
        <extracomment>%1: &quot;3,450 examples&quot;, %2: &quot;21 intents&quot;, %3: seconds (loading a model trained earlier with the same examples takes well under one), %4: date and time.</extracomment>
        <translation>Ready: %1 across %2 (ready in %3 s, %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n intent(s)</source>
        <translation>
            <numerusform>%n intent</numerusform>
            <numerusform>%n intents</numerusform>
        </translation>
    </message>
    <message>
        <source>No model yet: the server trains one when it starts.</source>
        <translation>No model yet: the server trains one when it starts.</translation>
    </message>
    <message>
        <source>Choose an intent or type the name of a new one.</source>
        <translation>Choose an intent or type the name of a new one.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and “_”, starting with a letter, at most %1 characters: e.g. whitening_offer.</source>
        <translation>Use lowercase letters, digits and “_”, starting with a letter, at most %1 characters: e.g. whitening_offer.</translation>
    </message>
    <message>
        <source>Write at least one example, one per line.</source>
        <translation>Write at least one example, one per line.</translation>
    </message>
    <message>
        <source>At most %1 examples at a time; there are %2.</source>
        <translation>At most %1 examples at a time; there are %2.</translation>
    </message>
    <message>
        <source>Example %1 is longer than %2 characters.</source>
        <translation>Example %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>The business&apos;s languages are not known yet: wait for the intents to load.</source>
        <translation>The business&apos;s languages are not known yet: wait for the intents to load.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n example(s)…</source>
        <translation>
            <numerusform>Adding %n example…</numerusform>
            <numerusform>Adding %n examples…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nothing was added: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) added to “%1”.</source>
        <translation>
            <numerusform>%n example added to “%1”.</numerusform>
            <numerusform>%n examples added to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: already an example.</source>
        <translation>
            <numerusform>%n skipped: already an example.</numerusform>
            <numerusform>%n skipped: already examples.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model is training again.</source>
        <translation>The model is training again.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Nothing was removed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) removed. The model is training again.</source>
        <translation>
            <numerusform>%n example removed. The model is training again.</numerusform>
            <numerusform>%n examples removed. The model is training again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::console::views::KnowledgePage</name>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>The documents the assistant answers from: price lists, opening hours, FAQ files. Uploading a file with the same name replaces it.</source>
        <translation>The documents the assistant answers from: price lists, opening hours, FAQ files. Uploading a file with the same name replaces it.</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Upload…</translation>
    </message>
    <message>
        <source>Markdown, CSV or JSON FAQ, plain text or PDF, up to %1 MiB</source>
        <translation>Markdown, CSV or JSON FAQ, plain text or PDF, up to %1 MiB</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Select a document to see its chunks.</source>
        <translation>Select a document to see its chunks.</translation>
    </message>
    <message>
        <source>Try a query</source>
        <translation>Try a query</translation>
    </message>
    <message>
        <source>A question as a customer would ask it</source>
        <translation>A question as a customer would ask it</translation>
    </message>
    <message>
        <source>Server&apos;s setting</source>
        <translation>Server&apos;s setting</translation>
    </message>
    <message>
        <source>Keywords (BM25)</source>
        <translation>Keywords (BM25)</translation>
    </message>
    <message>
        <source>Meaning (dense)</source>
        <translation>Meaning (dense)</translation>
    </message>
    <message>
        <source>Both (hybrid)</source>
        <translation>Both (hybrid)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
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
        <translation>Question or section</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Upload a document</source>
        <translation>Upload a document</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be uploaded: use Markdown, CSV, JSON, JSONL, text or PDF files (%2).</source>
        <translation>“%1” cannot be uploaded: use Markdown, CSV, JSON, JSONL, text or PDF files (%2).</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB: split it into smaller documents.</source>
        <translation>“%1” is larger than %2 MiB: split it into smaller documents.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importing “%1”…</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>“%1” was not imported: %2</translation>
    </message>
    <message>
        <source>“%1” is already up to date: nothing changed.</source>
        <translation>“%1” is already up to date: nothing changed.</translation>
    </message>
    <message>
        <source>“%1” imported.</source>
        <translation>“%1” imported.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>The chunks could not be read: %1</source>
        <translation>The chunks could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) of “%1”</source>
        <translation>
            <numerusform>%n chunk of “%1”</numerusform>
            <numerusform>%n chunks of “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n chunk(s)? The assistant stops using it at once.</source>
        <translation>
            <numerusform>Remove “%1” and its %n chunk? The assistant stops using it at once.</numerusform>
            <numerusform>Remove “%1” and its %n chunks? The assistant stops using it at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Removing “%1”…</translation>
    </message>
    <message>
        <source>The document was removed.</source>
        <translation>The document was removed.</translation>
    </message>
    <message>
        <source>The document was not removed: %1</source>
        <translation>The document was not removed: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Nothing found (mode %1).</source>
        <translation>Nothing found (mode %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first (mode %1).</source>
        <translation>
            <numerusform>%n result, best first (mode %1).</numerusform>
            <numerusform>%n results, best first (mode %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents yet: upload one.</source>
        <translation>No documents yet: upload one.</translation>
    </message>
    <message>
        <source>Loading the chunks…</source>
        <translation>Loading the chunks…</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::LabelChips</name>
    <message>
        <source>Remove the label “%1”</source>
        <translation>Remove the label “%1”</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::LoginDialog</name>
    <message>
        <source>Log in to Sportello</source>
        <translation>Log in to Sportello</translation>
    </message>
    <message>
        <source>Sign in with the account your administrator gave you.</source>
        <translation>Sign in with the account your administrator gave you.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
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
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::MainWindow</name>
    <message>
        <source>About Sportello Console</source>
        <translation>About Sportello Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;h3&gt;Sportello Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Sportello, the WhatsApp customer assistant for small businesses. Agents use it to follow conversations and answer customers when the assistant hands a conversation over to a person.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is the request that failed (e.g. &quot;message.send&quot;), %2 the reason.
----------
%1 is what was attempted (&quot;Taking over the conversation&quot;), %2 why it failed.</extracomment>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Opening the conversation</source>
        <translation>Opening the conversation</translation>
    </message>
    <message>
        <source>Changing the labels</source>
        <translation>Changing the labels</translation>
    </message>
    <message>
        <source>Adding the note</source>
        <translation>Adding the note</translation>
    </message>
    <message>
        <source>Sportello Console</source>
        <translation>Sportello Console</translation>
    </message>
    <message>
        <source>Sportello Console — %1</source>
        <translation>Sportello Console — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Conversation actions</translation>
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
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Take over</translation>
    </message>
    <message>
        <source>Handle this conversation yourself; the assistant stays silent until you hand it back (Ctrl+T)</source>
        <translation>Handle this conversation yourself; the assistant stays silent until you hand it back (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Hand back</source>
        <translation>&amp;Hand back</translation>
    </message>
    <message>
        <source>Give the conversation back to the assistant (Ctrl+B)</source>
        <translation>Give the conversation back to the assistant (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <source>Give the conversation to another agent</source>
        <translation>Give the conversation to another agent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the conversation: it leaves the open queues</source>
        <translation>Close the conversation: it leaves the open queues</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Reopen the conversation and take it</source>
        <translation>Reopen the conversation and take it</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Volumes, response times and escalations</source>
        <translation>Volumes, response times and escalations</translation>
    </message>
    <message>
        <source>Sandbox &amp;customer</source>
        <translation>Sandbox &amp;customer</translation>
    </message>
    <message>
        <source>Write as a WhatsApp customer to this sandbox server, to try the whole flow</source>
        <translation>Write as a WhatsApp customer to this sandbox server, to try the whole flow</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <extracomment>A menu entry that shows an inbox queue; %1 is the queue&apos;s name.</extracomment>
        <translation>Show “%1”</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Next conversation</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Previous conversation</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Search conversations</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.

Ctrl+1…5 switch queues, Ctrl+Up and Ctrl+Down move between conversations, Ctrl+K searches.</source>
        <translation>Choose a conversation on the left.

Ctrl+1…5 switch queues, Ctrl+Up and Ctrl+Down move between conversations, Ctrl+K searches.</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is the &quot;signed in as&quot; text, %2 the server&apos;s address.</extracomment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>No server configured</translation>
    </message>
    <message>
        <source>Server %1</source>
        <extracomment>%1 is the server&apos;s address.</extracomment>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Choose a conversation first.</translation>
    </message>
    <message>
        <source>This conversation is closed. Reopen it to reply.</source>
        <translation>This conversation is closed. Reopen it to reply.</translation>
    </message>
    <message>
        <source>The customer opted out (STOP): nothing can be sent until they write START.</source>
        <translation>The customer opted out (STOP): nothing can be sent until they write START.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued action(s)…</source>
        <translation>
            <numerusform>Sending %n queued action…</numerusform>
            <numerusform>Sending %n queued actions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n action(s) waiting</source>
        <extracomment>The link to the server is down and actions wait to be replayed.</extracomment>
        <translation>
            <numerusform>Offline — %n action waiting</numerusform>
            <numerusform>Offline — %n actions waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting</source>
        <translation>Offline — reconnecting</translation>
    </message>
    <message>
        <source>your role does not allow this</source>
        <translation>your role does not allow this</translation>
    </message>
    <message>
        <source>the conversation changed meanwhile; look again</source>
        <translation>the conversation changed meanwhile; look again</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>it no longer exists</translation>
    </message>
    <message>
        <source>you are signed out</source>
        <translation>you are signed out</translation>
    </message>
    <message>
        <source>Taking over the conversation</source>
        <translation>Taking over the conversation</translation>
    </message>
    <message>
        <source>Handing the conversation back</source>
        <translation>Handing the conversation back</translation>
    </message>
    <message>
        <source>Assign the conversation</source>
        <translation>Assign the conversation</translation>
    </message>
    <message>
        <source>Agent (online agents are listed; an empty name unassigns):</source>
        <translation>Agent (online agents are listed; an empty name unassigns):</translation>
    </message>
    <message>
        <source>Assigning the conversation</source>
        <translation>Assigning the conversation</translation>
    </message>
    <message>
        <source>Closing the conversation</source>
        <translation>Closing the conversation</translation>
    </message>
    <message>
        <source>Reopening the conversation</source>
        <translation>Reopening the conversation</translation>
    </message>
    <message>
        <source>Saving your settings</source>
        <translation>Saving your settings</translation>
    </message>
    <message>
        <source>Saving the business settings</source>
        <translation>Saving the business settings</translation>
    </message>
    <message>
        <source>Sending the template</source>
        <translation>Sending the template</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::SandboxCustomerWindow</name>
    <message>
        <source>Template “%1”</source>
        <translation>Template “%1”</translation>
    </message>
    <message>
        <source>The message was not accepted: %1</source>
        <translation>The message was not accepted: %1</translation>
    </message>
    <message>
        <source>The server did not take the read receipt.</source>
        <translation>The server did not take the read receipt.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s number: 6 to 15 digits with the country code, e.g. 393401234567.</source>
        <translation>Enter the customer&apos;s number: 6 to 15 digits with the country code, e.g. 393401234567.</translation>
    </message>
    <message>
        <source>No sandbox server to write to.</source>
        <translation>No sandbox server to write to.</translation>
    </message>
    <message>
        <source>Sandbox customer</source>
        <translation>Sandbox customer</translation>
    </message>
    <message>
        <source>Write as a WhatsApp customer of the sandbox business. Your messages reach the server like real ones; replies from the agents appear here.</source>
        <translation>Write as a WhatsApp customer of the sandbox business. Your messages reach the server like real ones; replies from the agents appear here.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Message as the customer</source>
        <translation>Message as the customer</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Mark as &amp;read</translation>
    </message>
    <message>
        <source>The customer reads the messages: the agents see blue ticks</source>
        <translation>The customer reads the messages: the agents see blue ticks</translation>
    </message>
    <message>
        <source>No messages with this number yet.</source>
        <translation>No messages with this number yet.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Canned replies</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Notify me of new &amp;escalations</source>
        <translation>Notify me of new &amp;escalations</translation>
    </message>
    <message>
        <source>Notify me of new messages in &amp;my conversations</source>
        <translation>Notify me of new messages in &amp;my conversations</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Notifications appear on the desktop while the console runs.</source>
        <translation>Notifications appear on the desktop while the console runs.</translation>
    </message>
    <message>
        <source>complaint, refund, legal</source>
        <translation>complaint, refund, legal</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automation</translation>
    </message>
    <message>
        <source>Reply automatically from confidence:</source>
        <translation>Reply automatically from confidence:</translation>
    </message>
    <message>
        <source>Propose for review from confidence:</source>
        <translation>Propose for review from confidence:</translation>
    </message>
    <message>
        <source>Always to a person, for intents:</source>
        <translation>Always to a person, for intents:</translation>
    </message>
    <message>
        <source>Stored now; the assistant uses them once it understands and drafts replies. Below the review threshold every conversation goes to the agents.</source>
        <translation>Stored now; the assistant uses them once it understands and drafts replies. Below the review threshold every conversation goes to the agents.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the opening and closing times of a day.</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>it, en… (empty: any)</source>
        <translation>it, en… (empty: any)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Save &amp;reply</source>
        <translation>Save &amp;reply</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
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
        <translation>Language</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Templates are approved by Meta and listed in the server&apos;s business configuration; they are read-only here.</source>
        <translation>Templates are approved by Meta and listed in the server&apos;s business configuration; they are read-only here.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Reset &amp;password</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password (at least %1 characters)</source>
        <translation>Password (at least %1 characters)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>header %1, body %2, buttons %3</source>
        <extracomment>Template parameter counts: header, body, buttons.</extracomment>
        <translation>header %1, body %2, buttons %3</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>, online</source>
        <translation>, online</translation>
    </message>
    <message>
        <source>The review threshold cannot be above the automatic reply threshold.</source>
        <translation>The review threshold cannot be above the automatic reply threshold.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows, e.g. Europe/Rome.</source>
        <translation>“%1” is not a time zone this computer knows, e.g. Europe/Rome.</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <extracomment>%1 is a day of the week.</extracomment>
        <translation>On %1 the closing time must be after the opening time.</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation>Enter the new user&apos;s name.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>A user name has no spaces.</translation>
    </message>
    <message>
        <source>There is already a user called “%1”.</source>
        <translation>There is already a user called “%1”.</translation>
    </message>
    <message>
        <source>Add &amp;reply</source>
        <translation>Add &amp;reply</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>You cannot change your own role or disable yourself.</source>
        <translation>You cannot change your own role or disable yourself.</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intents</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
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
        <translation>The templates are still loading.</translation>
    </message>
    <message>
        <source>This business has no approved templates. Add them in the server&apos;s business configuration.</source>
        <translation>This business has no approved templates. Add them in the server&apos;s business configuration.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choose a template.</translation>
    </message>
    <message>
        <source>Fill in every parameter: WhatsApp refuses a template with an empty one.</source>
        <translation>Fill in every parameter: WhatsApp refuses a template with an empty one.</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Send a template</translation>
    </message>
    <message>
        <source>The customer has not written in the last 24 hours, so WhatsApp only delivers an approved template. Their reply reopens the conversation.</source>
        <translation>The customer has not written in the last 24 hours, so WhatsApp only delivers an approved template. Their reply reopens the conversation.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Send template</source>
        <translation>&amp;Send template</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <extracomment>A template parameter field; %1 is its number as in {{1}}.</extracomment>
        <translation>Header {{%1}}</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>Body {{%1}}</translation>
    </message>
    <message>
        <source>Button %1 {{%2}}</source>
        <extracomment>%1 is the button&apos;s number, %2 the parameter&apos;s as in {{1}}.</extracomment>
        <translation>Button %1 {{%2}}</translation>
    </message>
    <message>
        <source>This template has no parameters.</source>
        <translation>This template has no parameters.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>Preview heading: %1 template name, %2 language code, %3 category.</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>Buttons:</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ThreadBubbleDelegate</name>
    <message>
        <source>Not delivered: %1</source>
        <extracomment>Inside a failed bubble; %1 explains why.</extracomment>
        <translation>Not delivered: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>Inside a bubble the server did not send; %1 explains why.</extracomment>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <extracomment>Heading of a private note; %1 is who wrote it.</extracomment>
        <translation>Private note · %1</translation>
    </message>
    <message>
        <source>Only agents see private notes; the customer never does.</source>
        <translation>Only agents see private notes; the customer never does.</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::ThreadView</name>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
</context>
<context>
    <name>sportello::console::views::TrayNotifier</name>
    <message>
        <source>Sportello Console</source>
        <translation>Sportello Console</translation>
    </message>
    <message numerus="yes">
        <source>Sportello Console: %n unread</source>
        <translation>
            <numerusform>Sportello Console: %n unread</numerusform>
            <numerusform>Sportello Console: %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs an agent</source>
        <extracomment>Notification title; %1 is the customer.</extracomment>
        <translation>%1 needs an agent</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
</TS>
