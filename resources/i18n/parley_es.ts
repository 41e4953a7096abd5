<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+35"/>
        <source>Language model</source>
        <translation>Modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech recognition</source>
        <translation>Reconocimiento de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversations and translation history</source>
        <translation>Conversaciones e historial de traducciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models you added</source>
        <translation>Modelos que añadiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and glossary</source>
        <translation>Configuración y glosario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caches (assembled built-in models)</source>
        <translation>Cachés (modelos integrados ensamblados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A private desktop assistant: chat, push-to-talk voice and translation with small local models. It works without a network; your conversations and the models stay on this computer.&lt;br&gt;&lt;br&gt;{app} is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version ({license}). It comes with no warranty.&lt;br&gt;&lt;br&gt;The libraries and built-in models it ships keep their own licences: see the next two tabs.</source>
        <translation>Un asistente de escritorio privado: chat, voz con pulsar para hablar y traducción con modelos locales pequeños. Funciona sin red; tus conversaciones y los modelos se quedan en este equipo.&lt;br&gt;&lt;br&gt;{app} es software libre, con licencia GNU General Public License, versión 3 o (a tu elección) cualquier versión posterior ({license}). Se ofrece sin ninguna garantía.&lt;br&gt;&lt;br&gt;Las bibliotecas y los modelos integrados que incluye conservan sus propias licencias: consulta las dos pestañas siguientes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GPL-3.0 text</source>
        <translation>Texto de la GPL-3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LGPL-3.0 text (Qt)</source>
        <translation>Texto de la LGPL-3.0 (Qt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemma notice</source>
        <translation>Aviso de Gemma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens this licence text</source>
        <translation>Abre el texto de esta licencia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Libraries and their licences</source>
        <translation>Bibliotecas y sus licencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in models and their licences</source>
        <translation>Modelos integrados y sus licencias</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Everything {app} keeps is in these folders, on this computer only.</source>
        <translation>Todo lo que {app} guarda está en estas carpetas, solo en este equipo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder: {folder}</source>
        <translation>Abrir la carpeta: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows this folder in the file manager</source>
        <translation>Muestra esta carpeta en el gestor de archivos</translation>
    </message>
</context>
<context>
    <name>BenchDialog</name>
    <message>
        <location filename="../../ui/bench_dialog.py" line="+61"/>
        <source>Loading the models</source>
        <translation>Cargando los modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing spoken questions</source>
        <translation>Midiendo preguntas habladas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing the language model</source>
        <translation>Midiendo el modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing the voice</source>
        <translation>Midiendo la voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing start-up</source>
        <translation>Midiendo el arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking that the window stays responsive</source>
        <translation>Comprobando que la ventana sigue respondiendo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voice turn: end of speech → first sound</source>
        <translation>Turno de voz: fin del habla → primer sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcript ready</source>
        <translation>transcripción lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first word of the answer</source>
        <translation>primera palabra de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same questions, one step after another</source>
        <translation>mismas preguntas, un paso tras otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech-to-text real-time factor</source>
        <translation>Factor de tiempo real de voz a texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model: time to first token</source>
        <translation>Modelo de lenguaje: tiempo hasta el primer token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model: tokens per second</source>
        <translation>Modelo de lenguaje: tokens por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>llama-cpp-python on its own</source>
        <translation>llama-cpp-python por sí solo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice: first sentence ready</source>
        <translation>Voz: primera frase lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice real-time factor</source>
        <translation>Factor de tiempo real de la voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window shown after launch</source>
        <translation>Ventana visible tras el inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models ready after launch</source>
        <translation>Modelos listos tras el inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (window + engine)</source>
        <translation>Memoria (ventana + motor)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window&apos;s longest pause: loading</source>
        <translation>Pausa más larga de la ventana: cargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window&apos;s longest pause: writing</source>
        <translation>Pausa más larga de la ventana: escribiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window&apos;s longest pause: speaking</source>
        <translation>Pausa más larga de la ventana: hablando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window&apos;s longest pause: translating</source>
        <translation>Pausa más larga de la ventana: traduciendo</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Transcript ready</source>
        <translation>Transcripción lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer and first sound</source>
        <translation>Respuesta y primer sonido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First word of the answer</source>
        <translation>Primera palabra de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First sound</source>
        <translation>Primer sonido</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>How fast is this computer?</source>
        <translation>¿Qué velocidad tiene este equipo?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Parley times a few spoken questions, the language model, the voice and its own start-up, with the models you use. It takes a few minutes, and Parley is slower while it runs.</source>
        <translation>Parley mide el tiempo de unas cuantas preguntas habladas, del modelo de lenguaje, de la voz y de su propio arranque, con los modelos que usas. Tarda unos minutos, y Parley va más lento mientras tanto.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Where the time of a spoken question goes, from the end of speech (medians)</source>
        <translation>En qué se va el tiempo de una pregunta hablada, desde el fin del habla (medianas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All figures</source>
        <translation>Todas las cifras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run again</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures everything again</source>
        <translation>Vuelve a medirlo todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the benchmark</source>
        <translation>Detiene la prueba de rendimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{phase}…</source>
        <translation>{phase}…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>{phase}… ({detail})</source>
        <translation>{phase}… ({detail})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. No figures were kept.</source>
        <translation>Cancelado. No se guardó ninguna cifra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benchmark stopped with an error (exit status {code}).</source>
        <translation>La prueba de rendimiento se detuvo con un error (código de salida {code}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The benchmark finished but gave no figures.</source>
        <translation>La prueba de rendimiento terminó, pero no dio ninguna cifra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The benchmark could not be started ({error}).</source>
        <translation>No se pudo iniciar la prueba de rendimiento ({error}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{time} elapsed</source>
        <translation>Tiempo transcurrido: {time}</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../ui/controller.py" line="+415"/>
        <source>Deleting your data…</source>
        <translation>Eliminando tus datos…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+366"/>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+85"/>
        <location line="+70"/>
        <location line="+12"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="-455"/>
        <location line="+89"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+435"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Parley is still writing. Press Esc to stop it, then talk.</source>
        <translation>Parley sigue escribiendo. Pulsa Esc para detenerlo y luego habla.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Transcribing…</source>
        <translation>Transcribiendo…</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Loading model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Ready · {model}</source>
        <translation>Listo · {model}</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+188"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Model not loaded</source>
        <translation>Modelo no cargado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Voice is not ready. {title}: {text}</source>
        <translation>La voz no está lista. {title}: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking…</source>
        <translation>Hablando…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+939"/>
        <source>Message copied</source>
        <translation>Mensaje copiado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code copied</source>
        <translation>Código copiado</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer.py" line="+182"/>
        <source>Message Parley…</source>
        <translation>Mensaje para Parley…</translation>
    </message>
</context>
<context>
    <name>ComposerArea</name>
    <message>
        <location line="-138"/>
        <source>Enter to send · Shift+Enter for a new line · Esc to stop</source>
        <translation>Intro para enviar · Mayús+Intro para nueva línea · Esc para detener</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Type a message; Enter sends it, Shift+Enter starts a new line, Esc stops an answer</source>
        <translation>Escribe un mensaje; Intro lo envía, Mayús+Intro empieza una nueva línea y Esc detiene una respuesta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Talk</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+132"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+130"/>
        <source>Send (Enter) · new line: Shift+Enter</source>
        <translation>Enviar (Intro) · nueva línea: Mayús+Intro</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>{hint} · press {key} to talk</source>
        <translation>{hint} · pulsa {key} para hablar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hint} · hold {key} to talk</source>
        <translation>{hint} · mantén {key} para hablar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listening… speak now</source>
        <translation>Escuchando… habla ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message Parley…</source>
        <translation>Mensaje para Parley…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>press {key} again to send · Esc to cancel</source>
        <translation>pulsa {key} de nuevo para enviar · Esc para cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release {key} to send · Esc to cancel</source>
        <translation>suelta {key} para enviar · Esc para cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribing…</source>
        <translation>Transcribiendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking…</source>
        <translation>Hablando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>press {key} or Esc to interrupt</source>
        <translation>pulsa {key} o Esc para interrumpir</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Voice is not available.</source>
        <translation>La voz no está disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening — press to send</source>
        <translation>Escuchando — pulsa para enviar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening — release to send</source>
        <translation>Escuchando — suelta para enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to interrupt and talk ({key})</source>
        <translation>Pulsa para interrumpir y hablar ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to talk ({key})</source>
        <translation>Pulsa para hablar ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold to talk ({key})</source>
        <translation>Mantén pulsado para hablar ({key})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop writing (Esc)</source>
        <translation>Dejar de escribir (Esc)</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../ui/sidebar.py" line="+204"/>
        <source>{when} · 1 message</source>
        <translation>{when} · 1 mensaje</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{when} · %n messages</source>
        <translation>
            <numerusform>{when} · %n mensaje</numerusform>
            <numerusform>{when} · %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <location filename="../../ui/desktop.py" line="+116"/>
        <source>Parley is still running. Click its icon to open it, or choose Quit in its menu to close it.</source>
        <translation>Parley sigue en ejecución. Haz clic en su icono para abrirlo, o elige Salir en su menú para cerrarlo.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Keys from any application: {mode}. {why}</source>
        <translation>Teclas desde cualquier aplicación: {mode}. {why}</translation>
    </message>
</context>
<context>
    <name>EditBox</name>
    <message>
        <location filename="../../ui/chat_view.py" line="-749"/>
        <source>Sending replaces the answers after this message.</source>
        <translation>Al enviar, se reemplazan las respuestas posteriores a este mensaje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location line="+347"/>
        <source>Explain how a hash map works, with a short Python example</source>
        <translation>Explica cómo funciona una tabla hash, con un breve ejemplo en Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a friendly reminder email about tomorrow&apos;s meeting</source>
        <translation>Escribe un correo amable para recordar la reunión de mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give me three ideas for a quick vegetarian dinner</source>
        <translation>Dame tres ideas para una cena vegetariana rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarise the pros and cons of working from home</source>
        <translation>Resume los pros y los contras de trabajar desde casa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How can I help?</source>
        <translation>¿En qué puedo ayudarte?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parley runs entirely on this computer. Nothing you type leaves it.</source>
        <translation>Parley se ejecuta por completo en este equipo. Nada de lo que escribes sale de él.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asks Parley this question</source>
        <translation>Le hace esta pregunta a Parley</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../ui/errors.py" line="+31"/>
        <source>Choose another model</source>
        <translation>Elegir otro modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new chat</source>
        <translation>Iniciar un chat nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open settings</source>
        <translation>Abrir la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sound settings</source>
        <translation>Abrir la configuración de sonido</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+86"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>The model could not be used</source>
        <translation>No se pudo usar el modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model not found</source>
        <translation>No se encontró el modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a usable model</source>
        <translation>Este archivo no es un modelo utilizable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine failed</source>
        <translation>El motor falló</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine stopped unexpectedly</source>
        <translation>El motor se detuvo inesperadamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation is too long for this model</source>
        <translation>La conversación es demasiado larga para este modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound device problem</source>
        <translation>Problema con el dispositivo de sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History could not be saved</source>
        <translation>No se pudo guardar el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings could not be read</source>
        <translation>No se pudo leer la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download failed</source>
        <translation>La descarga falló</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The model file could not be found.</source>
        <translation>No se encontró el archivo del modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a GGUF chat model, or go back to the built-in one.</source>
        <translation>Elige un modelo de chat GGUF o vuelve al integrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model could not be loaded.</source>
        <translation>No se pudo cargar el modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine stopped while writing this answer. Your conversation is saved, and a fresh engine starts with your next message.</source>
        <translation>El motor se detuvo mientras escribía esta respuesta. Tu conversación está guardada, y un motor nuevo se iniciará con tu próximo mensaje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a new chat, or give the model a larger context size in Settings.</source>
        <translation>Inicia un chat nuevo o dale al modelo un tamaño de contexto mayor en Configuración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine could not finish this answer.</source>
        <translation>El motor no pudo terminar esta respuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the disk is not full and that Parley may write to its data folder.</source>
        <translation>Comprueba que el disco no esté lleno y que Parley pueda escribir en su carpeta de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your settings could not be read.</source>
        <translation>No se pudo leer tu configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone or speaker could not be used.</source>
        <translation>No se pudo usar el micrófono o el altavoz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parley could not finish that.</source>
        <translation>Parley no pudo terminar eso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item no longer exists</source>
        <translation>Ese elemento ya no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was probably deleted a moment ago. The list has been refreshed.</source>
        <translation>Probablemente se eliminó hace un momento. La lista se ha actualizado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file could not be used</source>
        <translation>No se pudo usar un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system refused the operation.</source>
        <translation>El sistema operativo rechazó la operación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected problem occurred ({error}). Your conversation is saved.</source>
        <translation>Se produjo un problema inesperado ({error}). Tu conversación está guardada.</translation>
    </message>
</context>
<context>
    <name>FullTextDialog</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+398"/>
        <source>Whole message — {count} characters</source>
        <translation>Mensaje completo — {count} caracteres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <location filename="../../ui/global_keys/__init__.py" line="+139"/>
        <source>Off</source>
        <translation>Desactivadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unavailable</source>
        <translation>No disponibles</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Push to talk</source>
        <translation>Pulsar para hablar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quick ask</source>
        <translation>Pregunta rápida</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Global keys need a desktop session; this one has none, so they are off. The push-to-talk key still works in Parley&apos;s window.</source>
        <translation>Las teclas globales necesitan una sesión de escritorio; esta no tiene ninguna, así que están desactivadas. La tecla de pulsar para hablar sigue funcionando en la ventana de Parley.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the desktop to confirm Parley&apos;s global shortcuts…</source>
        <translation>Esperando a que el escritorio confirme los atajos globales de Parley…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No global key is set.</source>
        <translation>No hay ninguna tecla global configurada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desktop passes {keys} to Parley from any application.</source>
        <translation>El escritorio pasa {keys} a Parley desde cualquier aplicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parley listens for {keys} on this {desktop} desktop.</source>
        <translation>Parley detecta {keys} en este escritorio {desktop}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>push-to-talk</source>
        <translation>pulsar para hablar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quick ask</source>
        <translation>pregunta rápida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{key} is already used by another application, so {action} cannot have it: choose another key in Settings, such as {suggestion}.</source>
        <translation>{key} ya lo usa otra aplicación, así que no puede usarse para «{action}»: elige otra tecla en Configuración, por ejemplo {suggestion}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} is set for both push-to-talk and quick ask: give one of them another key.</source>
        <translation>{key} se usa a la vez para pulsar para hablar y para la pregunta rápida: asigna otra tecla a una de las dos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} ({action}) is not a key this desktop can watch: choose another key.</source>
        <translation>{key} ({action}) no es una tecla que este escritorio pueda vigilar: elige otra tecla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{key} ({action}) alone would stop you typing it in other applications: add Ctrl, Alt or Meta.</source>
        <translation>{key} ({action}) por sí sola te impediría escribirla en otras aplicaciones: añade Ctrl, Alt o Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} ({action}) is only a modifier: add a key such as Space.</source>
        <translation>{key} ({action}) es solo un modificador: añade una tecla, como Espacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} ({action}) is several keys in a row: a global key is one key with modifiers.</source>
        <translation>{key} ({action}) son varias teclas seguidas: una tecla global es una sola tecla con modificadores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{key}” ({action}) is not a key Parley understands.</source>
        <translation>“{key}” ({action}) no es una tecla que Parley entienda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bind a shortcut in your desktop&apos;s keyboard settings to the command: {command} (press it once to start talking, and again to stop).</source>
        <translation>En la configuración de teclado de tu escritorio, asigna un atajo al comando: {command} (púlsalo una vez para empezar a hablar y otra para parar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This Wayland desktop has no global shortcuts portal.</source>
        <translation>Este escritorio Wayland no tiene portal de atajos globales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This Wayland session has no D-Bus session bus to ask for global shortcuts.</source>
        <translation>Esta sesión de Wayland no tiene bus de sesión D-Bus para pedir atajos globales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop did not allow Parley&apos;s global shortcuts.</source>
        <translation>El escritorio no permitió los atajos globales de Parley.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The push-to-talk key still works in Parley&apos;s window.</source>
        <translation>La tecla de pulsar para hablar sigue funcionando en la ventana de Parley.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global keys on macOS need the Quartz event tap (pyobjc), which this copy of Parley lacks, and Accessibility permission (System Settings → Privacy &amp; Security → Accessibility: add Parley).</source>
        <translation>En macOS, las teclas globales necesitan el event tap de Quartz (pyobjc), que esta copia de Parley no incluye, y el permiso de Accesibilidad (Ajustes del Sistema → Privacidad y seguridad → Accesibilidad: añade Parley).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macOS has not allowed Parley to see keys pressed in other applications. Open System Settings → Privacy &amp; Security → Accessibility (and Input Monitoring), add Parley and turn it on, then restart Parley.</source>
        <translation>macOS no ha permitido que Parley vea las teclas pulsadas en otras aplicaciones. Abre Ajustes del Sistema → Privacidad y seguridad → Accesibilidad (y Monitorización de entrada), añade Parley y actívalo; luego reinicia Parley.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parley could not connect to the X11 display, so global keys are off.</source>
        <translation>Parley no pudo conectarse a la pantalla X11, así que las teclas globales están desactivadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop&apos;s global shortcuts portal failed.</source>
        <translation>El portal de atajos globales del escritorio falló.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global keys are not working ({detail}). Choose the keys again in Settings, or restart Parley.</source>
        <translation>Las teclas globales no funcionan ({detail}). Vuelve a elegir las teclas en Configuración o reinicia Parley.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../ui/glossary_dialog.py" line="+35"/>
        <source>Translation glossary</source>
        <translation>Glosario de traducción</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parley follows these in every translation, whatever the languages. Write each term as it appears in the text you translate; case does not matter.</source>
        <translation>Parley los respeta en todas las traducciones, sean cuales sean los idiomas. Escribe cada término tal como aparece en el texto que traduces; da igual si va en mayúsculas o minúsculas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always translate</source>
        <translation>Traducir siempre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Translate as</source>
        <translation>Traducir como</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terms and their translations</source>
        <translation>Términos y sus traducciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each row is a term and how it must always be translated; double-click a cell to edit it</source>
        <translation>Cada fila es un término y cómo debe traducirse siempre; haz doble clic en una celda para editarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The term, then how it must be translated</source>
        <translation>El término y luego cómo debe traducirse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add term</source>
        <translation>Añadir término</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add a term</source>
        <translation>Añadir un término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an empty row to the terms and starts editing it</source>
        <translation>Añade una fila vacía a los términos y empieza a editarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected term</source>
        <translation>Quitar el término seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the selected rows from the terms</source>
        <translation>Elimina las filas seleccionadas de los términos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never translate (names, brands)</source>
        <translation>No traducir nunca (nombres, marcas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms never to translate</source>
        <translation>Términos que no se traducen nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names and brands left as they are in every translation; double-click one to edit it</source>
        <translation>Nombres y marcas que se dejan tal cual en todas las traducciones; haz doble clic en uno para editarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add name</source>
        <translation>Añadir nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a name never to translate</source>
        <translation>Añadir un nombre que no se traduce nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an empty line to the names and starts editing it</source>
        <translation>Añade una línea vacía a los nombres y empieza a editarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected name</source>
        <translation>Quitar el nombre seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the selected name from the list</source>
        <translation>Elimina de la lista el nombre seleccionado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the glossary and close; the next translations follow it</source>
        <translation>Guardar el glosario y cerrar; las próximas traducciones lo seguirán</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving the changes</source>
        <translation>Cerrar sin guardar los cambios</translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <location filename="../../ui/translator_view.py" line="+178"/>
        <source>{source} → {target}  ·  {time}</source>
        <translation>{source} → {target}  ·  {time}</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+49"/>
        <location filename="../../ui/translator_view.py" line="-80"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+2"/>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="-2"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+3"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+2"/>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="-1"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+71"/>
        <location line="+109"/>
        <location line="+364"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+158"/>
        <source>Search all chats</source>
        <translation>Buscar en todos los chats</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop writing</source>
        <translation>Dejar de escribir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate last answer</source>
        <translation>Regenerar la última respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last answer</source>
        <translation>Copiar la última respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename chat</source>
        <translation>Cambiar nombre del chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+356"/>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>Focus the message box</source>
        <translation>Ir al cuadro de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate now (Translator)</source>
        <translation>Traducir ahora (Traductor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: left / right person talks (hold)</source>
        <translation>Conversación: habla la persona de la izquierda / derecha (mantener)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>heard in {ms} ms</source>
        <translation>oído en {ms} ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first word {ms} ms</source>
        <translation>primera palabra {ms} ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first sound {ms} ms</source>
        <translation>primer sonido {ms} ms</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The model that writes the answers</source>
        <translation>El modelo que escribe las respuestas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send or stop</source>
        <translation>Enviar o detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open GGUF model…</source>
        <translation>&amp;Abrir modelo GGUF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export chat…</source>
        <translation>&amp;Exportar chat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete all my data…</source>
        <translation>Eliminar &amp;todos mis datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete history, settings, glossary, models you added, caches and logs</source>
        <translation>Eliminar el historial, la configuración, el glosario, los modelos que añadiste, las cachés y los registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy last answer</source>
        <translation>&amp;Copiar la última respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search all chats</source>
        <translation>&amp;Buscar en todos los chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename chat</source>
        <translation>Cambiar &amp;nombre del chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete chat…</source>
        <translation>&amp;Eliminar chat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus &amp;message box</source>
        <translation>Ir al cuadro de &amp;mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regenerate last answer</source>
        <translation>&amp;Regenerar la última respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Translator</source>
        <translation>&amp;Traductor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default text size</source>
        <translation>Tamaño de texto pre&amp;determinado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation &amp;glossary…</source>
        <translation>&amp;Glosario de traducción…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;fast is this computer?…</source>
        <translation>¿Qué &amp;velocidad tiene este equipo?…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome and sound check…</source>
        <translation>&amp;Bienvenida y prueba de sonido…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Parley ran into an unexpected problem</source>
        <translation>Parley encontró un problema inesperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error}

Your conversations are saved. Details were written to the log in {folder}.</source>
        <translation>{error}

Tus conversaciones están guardadas. Los detalles se escribieron en el registro de {folder}.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+266"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first token {ms} ms</source>
        <translation>primer token {ms} ms</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loaded in {s} s</source>
        <translation>cargado en {s} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parley answered: {text}</source>
        <translation>Parley respondió: {text}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}  (file)</source>
        <translation>{name}  (archivo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open GGUF file…</source>
        <translation>Abrir archivo GGUF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage models…</source>
        <translation>Gestionar modelos…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+266"/>
        <source>Model: {name}</source>
        <translation>Modelo: {name}</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation model: {name}</source>
        <translation>Modelo de traducción: {name}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loaded {name} in {s} s</source>
        <translation>{name} cargado en {s} s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All your data was deleted ({mb} MB). Parley goes on with default settings.</source>
        <translation>Se eliminaron todos tus datos ({mb} MB). Parley continúa con la configuración predeterminada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data was deleted, except files that were in use: {files}. Quit Parley and delete them.</source>
        <translation>Se eliminaron tus datos, salvo los archivos que estaban en uso: {files}. Cierra Parley y elimínalos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted {chats} chat(s) and {translations} translation(s) older than 30 days</source>
        <translation>Se eliminaron {chats} chat(s) y {translations} traducción(es) de más de 30 días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+4"/>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Spoken · {timings}</source>
        <translation>Por voz · {timings}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Translator — {app}</source>
        <translation>Traductor — {app}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Glossary saved; the next translation follows it</source>
        <translation>Glosario guardado; la próxima traducción lo seguirá</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this chat</source>
        <translation>este chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete chat?</source>
        <translation>¿Eliminar el chat?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” and all its messages will be deleted. This cannot be undone.</source>
        <translation>Se eliminarán “{title}” y todos sus mensajes. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Last answer copied</source>
        <translation>Última respuesta copiada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the model file…</source>
        <translation>Comprobando el archivo del modelo…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete all your data?</source>
        <translation>¿Eliminar todos tus datos?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parley speaks the new language when it starts again. Restart now?</source>
        <translation>Parley usará el nuevo idioma cuando se vuelva a iniciar. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Talk (press, then press again)</source>
        <translation>Hablar (pulsar y volver a pulsar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Talk (hold)</source>
        <translation>Hablar (mantener)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <location filename="../../ui/markdown_render.py" line="+148"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>MessageRow</name>
    <message>
        <location filename="../../ui/chat_view.py" line="-928"/>
        <source>Older messages were left out so the conversation fits the model&apos;s memory.</source>
        <translation>Se omitieron los mensajes más antiguos para que la conversación quepa en la memoria del modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped — the answer was cut short.</source>
        <translation>Detenido — la respuesta quedó incompleta.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parley&apos;s answer</source>
        <translation>Respuesta de Parley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of this message; select it to copy part of it</source>
        <translation>El texto de este mensaje; selecciónalo para copiar una parte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit this message and send it again</source>
        <translation>Editar este mensaje y volver a enviarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write this answer again (Ctrl+R)</source>
        <translation>Volver a escribir esta respuesta (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show whole message</source>
        <translation>Mostrar el mensaje completo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The bubble shows only the beginning</source>
        <translation>La burbuja solo muestra el principio</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Thinking {dots}</source>
        <translation>Pensando {dots}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The answer could not be finished.</source>
        <translation>No se pudo terminar la respuesta.</translation>
    </message>
</context>
<context>
    <name>MicWorker</name>
    <message>
        <location filename="../../ui/voice.py" line="+275"/>
        <source>The microphone was not recording.</source>
        <translation>El micrófono no estaba grabando.</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <location filename="../../ui/translator_view.py" line="+1138"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat with Parley (Ctrl+Shift+T)</source>
        <translation>Chatear con Parley (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Chat</source>
        <translation>Mostrar Chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate text and speech (Ctrl+T)</source>
        <translation>Traducir texto y voz (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Translate</source>
        <translation>Mostrar Traducir</translation>
    </message>
</context>
<context>
    <name>ModelOptionsDialog</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="+339"/>
        <source>Options for {name}</source>
        <translation>Opciones de {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These settings apply to &lt;b&gt;{name}&lt;/b&gt; only. Where they say “app setting”, the model follows Settings, as every other model does.</source>
        <translation>Estos ajustes se aplican solo a &lt;b&gt;{name}&lt;/b&gt;. Donde dice “ajuste de la app”, el modelo sigue la Configuración, como todos los demás modelos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>App setting ({count} tokens)</source>
        <translation>Ajuste de la app ({count} tokens)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of the conversation the model sees at once. More costs memory.</source>
        <translation>Cuánta parte de la conversación ve el modelo a la vez. Más contexto usa más memoria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model was trained for {count}.</source>
        <translation>El modelo se entrenó para un contexto de {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App setting ({threads})</source>
        <translation>Ajuste de la app ({threads})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU threads for this model; this computer has {count} CPUs.</source>
        <translation>Hilos de CPU para este modelo; este equipo tiene {count} CPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All layers</source>
        <translation>Todas las capas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empty: the template inside the model file is used.</source>
        <translation>Vacío: se usa la plantilla incluida en el archivo del modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Jinja chat template, as in the GGUF&apos;s tokenizer.chat_template.</source>
        <translation>Una plantilla de chat Jinja, como la de tokenizer.chat_template del GGUF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the app-wide prompt is used:
{prompt}</source>
        <translation>Vacío: se usan las instrucciones generales de la app:
{prompt}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instructions sent first in every conversation with this model; empty uses the app-wide prompt</source>
        <translation>Instrucciones que se envían al principio de cada conversación con este modelo; si está vacío, se usan las generales de la app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use app settings</source>
        <translation>Usar los ajustes de la app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this model&apos;s own settings so it follows Settings again</source>
        <translation>Borrar los ajustes propios de este modelo para que vuelva a seguir la Configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these options for this model and close</source>
        <translation>Guardar estas opciones para este modelo y cerrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without changing this model&apos;s options</source>
        <translation>Cerrar sin cambiar las opciones de este modelo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking whether llama.cpp can use a GPU here…</source>
        <translation>Comprobando si llama.cpp puede usar una GPU aquí…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers to run on the GPU; more is faster while they fit in its memory.</source>
        <translation>Capas que se ejecutan en la GPU; cuantas más, más rápido, mientras quepan en su memoria.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The chat template has a mistake on line {line}: {message}.</source>
        <translation>La plantilla de chat tiene un error en la línea {line}: {message}.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location line="-402"/>
        <source>Language models</source>
        <translation>Modelos de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Speech to text</source>
        <translation>Voz a texto</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language model</source>
        <translation>modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speech-to-text model</source>
        <translation>modelo de voz a texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>voice</source>
        <translation>voz</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speech to text</source>
        <translation>voz a texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+514"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-513"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+592"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="-591"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default for</source>
        <translation>Predeterminado para</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This llama.cpp build has no GPU backend, so every layer runs on the CPU.</source>
        <translation>Esta compilación de llama.cpp no tiene backend de GPU, así que todas las capas se ejecutan en la CPU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built into Parley: it comes with the app and cannot be removed.</source>
        <translation>Integrado en Parley: viene con la app y no se puede quitar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Many</source>
        <translation>Muchos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{languages} +{more}</source>
        <translation>{languages} +{more}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Needs about {size} of memory.</source>
        <translation>Necesita unos {size} de memoria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs about {size} of memory; {free} is free now.</source>
        <translation>Necesita unos {size} de memoria; ahora hay {free} libres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title}: {detail}</source>
        <translation>{title}: {detail}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{duration} left</source>
        <translation>faltan {duration}</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Models on this computer</source>
        <translation>Modelos en este equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a .gguf model or a Piper voice from a web address</source>
        <translation>Descargar un modelo .gguf o una voz de Piper desde una dirección web</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>https://…/model.Q4_K_M.gguf  or  https://…/voice.onnx</source>
        <translation>https://…/model.Q4_K_M.gguf  o  https://…/voice.onnx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the SHA-256 the publisher gives, to check the file</source>
        <translation>Opcional: el SHA-256 que indica quien lo publica, para comprobar el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the name to list it under</source>
        <translation>Opcional: el nombre con el que aparecerá en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start download</source>
        <translation>Iniciar la descarga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download the model at the address into Parley&apos;s model folder</source>
        <translation>Descargar el modelo de esa dirección en la carpeta de modelos de Parley</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The web address of a .gguf model or a Piper .onnx voice</source>
        <translation>La dirección web de un modelo .gguf o de una voz .onnx de Piper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional checksum; the download is refused if it differs</source>
        <translation>Suma de comprobación opcional; la descarga se rechaza si no coincide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional name for the model in Parley&apos;s lists</source>
        <translation>Nombre opcional del modelo en las listas de Parley</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language models, speech-to-text models and voices on this computer, with their languages, size, memory, licence and what they are the default for; select one to see its details</source>
        <translation>Modelos de lenguaje, modelos de voz a texto y voces de este equipo, con sus idiomas, tamaño, memoria, licencia y para qué son predeterminados; selecciona uno para ver sus detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, languages, size, memory, licence, default for</source>
        <translation>Nombre, idiomas, tamaño, memoria, licencia, predeterminado para</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Estimated memory once loaded, at the context it would use</source>
        <translation>Memoria estimada una vez cargado, con el contexto que usaría</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder that holds the selected model</source>
        <translation>Abrir la carpeta que contiene el modelo seleccionado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set as default for…</source>
        <translation>Establecer como predeterminado para…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the selected model is used for: chat, translation, speech to text or voice</source>
        <translation>Elige para qué se usa el modelo seleccionado: chat, traducción, voz a texto o voz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options…</source>
        <translation>Opciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context size, threads, GPU layers, chat template and system prompt of the selected model</source>
        <translation>Tamaño del contexto, hilos, capas en la GPU, plantilla de chat e instrucciones del sistema del modelo seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected model from Parley, after asking</source>
        <translation>Quita el modelo seleccionado de Parley, tras pedir confirmación</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+442"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>Pause the download, resume it, or try it again after a failure</source>
        <translation>Pausar la descarga, reanudarla o volver a intentarla tras un fallo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop adding or downloading; nothing is kept</source>
        <translation>Detener la adición o la descarga; no se conserva nada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close the window; an add or download goes on</source>
        <translation>Cerrar la ventana; la adición o descarga en curso continúa</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{name}   (added)</source>
        <translation>{name}   (añadido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}   (damaged)</source>
        <translation>{name}   (dañado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>~{size}</source>
        <translation>~{size}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No model selected</source>
        <translation>Ningún modelo seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a model in the list to see where it is and what it needs.</source>
        <translation>Elige un modelo de la lista para ver dónde está y qué necesita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added by you</source>
        <translation>añadido por ti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened from disk</source>
        <translation>abierto desde el disco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind} · {source} · default for {roles}</source>
        <translation>{kind} · {source} · predeterminado para {roles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · {source}</source>
        <translation>{kind} · {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trained for {count} tokens</source>
        <translation>entrenado para {count} tokens</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{role} (already)</source>
        <translation>{role} (actual)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model cannot be used: see why above.</source>
        <translation>Este modelo no se puede usar: consulta el motivo arriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context, threads, GPU layers, chat template and system prompt for this model</source>
        <translation>Contexto, hilos, capas en la GPU, plantilla de chat e instrucciones del sistema de este modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only language models have options of their own.</source>
        <translation>Solo los modelos de lenguaje tienen opciones propias.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget this file (it stays on disk)</source>
        <translation>Olvidar este archivo (se queda en el disco)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this model</source>
        <translation>Eliminar este modelo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About {size} once loaded; checking the free memory…</source>
        <translation>Unos {size} una vez cargado; comprobando la memoria libre…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About {size} once loaded.</source>
        <translation>Unos {size} una vez cargado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown until it is first used.</source>
        <translation>Desconocido hasta que se use por primera vez.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>App settings ({count}-token context).</source>
        <translation>Ajustes de la app (contexto de {count} tokens).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count}-token context</source>
        <translation>contexto de {count} tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} threads</source>
        <translation>{count} hilos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all layers on the GPU</source>
        <translation>todas las capas en la GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} layers on the GPU</source>
        <translation>{count} capas en la GPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its own chat template</source>
        <translation>su propia plantilla de chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its own system prompt</source>
        <translation>sus propias instrucciones del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own settings: {options}.</source>
        <translation>Ajustes propios: {options}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a model file</source>
        <translation>Añadir un archivo de modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models (*.gguf *.onnx);;Language models (*.gguf);;Piper voices (*.onnx);;All files (*)</source>
        <translation>Modelos (*.gguf *.onnx);;Modelos de lenguaje (*.gguf);;Voces de Piper (*.onnx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a faster-whisper model folder</source>
        <translation>Añadir una carpeta de modelo de faster-whisper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add model</source>
        <translation>Añadir modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {file} to Parley as:</source>
        <translation>Añadir {file} a Parley como:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Parley will forget “{name}”. The file itself stays where it is:
{path}</source>
        <translation>Parley olvidará “{name}”. El archivo en sí se queda donde está:
{path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” ({size}) will be deleted from Parley&apos;s model folder. This cannot be undone.</source>
        <translation>“{name}” ({size}) se eliminará de la carpeta de modelos de Parley. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is the default for {roles}; the built-in model takes over.</source>
        <translation>Es el predeterminado para {roles}; el modelo integrado ocupará su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {name}?</source>
        <translation>¿Quitar {name}?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking and copying {file}…</source>
        <translation>Comprobando y copiando {file}…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The SHA-256 checksum should be 64 hexadecimal characters (0-9, a-f).</source>
        <translation>La suma de comprobación SHA-256 debe tener 64 caracteres hexadecimales (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloading {name}…</source>
        <translation>Descargando {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pausing {name}…</source>
        <translation>Pausando {name}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Options saved for {name}; they apply from its next answer.</source>
        <translation>Opciones guardadas para {name}; se aplican a partir de su próxima respuesta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wait for the current add or download to finish.</source>
        <translation>Espera a que termine la adición o descarga en curso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy in a .gguf language model or a Piper voice (.onnx with its .onnx.json)</source>
        <translation>Copiar un modelo de lenguaje .gguf o una voz de Piper (.onnx con su .onnx.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy in a faster-whisper speech-to-text model folder</source>
        <translation>Copiar una carpeta de modelo de voz a texto de faster-whisper</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Adding was cancelled; nothing was added.</source>
        <translation>Se canceló la adición; no se añadió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Descarga cancelada; no se conservó nada.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{file} was not added. {reason}</source>
        <translation>No se añadió {file}. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paused: {done} so far. Resume continues from there.</source>
        <translation>En pausa: {done} hasta ahora. Reanudar continúa desde ahí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The download stopped. {reason}</source>
        <translation>La descarga se detuvo. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloaded and added {name} ({kind}, {size}). Use “Set as default for…” to use it for {roles}.</source>
        <translation>Se descargó y añadió {name} ({kind}, {size}). Usa “Establecer como predeterminado para…” para usarlo en {roles}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added {name} ({kind}, {size}). Use “Set as default for…” to use it for {roles}.</source>
        <translation>Se añadió {name} ({kind}, {size}). Usa “Establecer como predeterminado para…” para usarlo en {roles}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The models could not be listed. {reason}</source>
        <translation>No se pudieron listar los modelos. {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} was not made the default. {reason}</source>
        <translation>{name} no se estableció como predeterminado. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is now the {role} model. {advice} You can still use it.</source>
        <translation>{name} es ahora el modelo de {role}. {advice} Puedes seguir usándolo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is now the {role} model.</source>
        <translation>{name} es ahora el modelo de {role}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} was not removed. {reason}</source>
        <translation>No se quitó {name}. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {name}.</source>
        <translation>Se quitó {name}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Paste the web address of a .gguf model or a Piper .onnx voice first.</source>
        <translation>Primero pega la dirección web de un modelo .gguf o de una voz .onnx de Piper.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="-997"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>QuickAskPopup</name>
    <message>
        <location filename="../../ui/quick_ask.py" line="+261"/>
        <source>Ask Parley</source>
        <translation>Preguntar a Parley</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+490"/>
        <source>Ask Parley anything…</source>
        <translation>Pregúntale lo que quieras a Parley…</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a question and press Enter. Shift+Enter starts a new line; Esc closes this box.</source>
        <translation>Escribe una pregunta y pulsa Intro. Mayús+Intro empieza una nueva línea; Esc cierra este cuadro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Talk</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+457"/>
        <location line="+1"/>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <location line="-448"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parley&apos;s answer. It is also kept in your chats.</source>
        <translation>La respuesta de Parley. También se guarda en tus chats.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the answer</source>
        <translation>Copiar la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the answer on the clipboard (or press Enter).</source>
        <translation>Pone la respuesta en el portapapeles (o pulsa Intro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the answer (Enter)</source>
        <translation>Copiar la respuesta (Intro)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Still answering your last question. Wait for it, or press Stop, then press Enter again.</source>
        <translation>Todavía estoy respondiendo a tu última pregunta. Espera o pulsa Detener, y luego vuelve a pulsar Intro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parley is still writing another answer. Wait for it to finish (or stop it in the main window), then press Enter again.</source>
        <translation>Parley todavía está escribiendo otra respuesta. Espera a que termine (o detenla en la ventana principal) y luego vuelve a pulsar Intro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Listening… press {key} again to ask · Esc to cancel</source>
        <translation>Escuchando… pulsa {key} de nuevo para preguntar · Esc para cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening… release {key} to ask · Esc to cancel</source>
        <translation>Escuchando… suelta {key} para preguntar · Esc para cancelar</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The answer is ready. Press Enter to copy it.</source>
        <translation>La respuesta está lista. Pulsa Intro para copiarla.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+56"/>
        <source>Transcribing…</source>
        <translation>Transcribiendo…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the answer (it is kept, cut short, in your chats)</source>
        <translation>Detener la respuesta (se guarda, incompleta, en tus chats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the question (Enter) in a new chat</source>
        <translation>Hacer la pregunta (Intro) en un chat nuevo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listening… speak now</source>
        <translation>Escuchando… habla ahora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing… Esc hides this box; the answer is kept in your chats</source>
        <translation>Escribiendo… Esc oculta este cuadro; la respuesta se guarda en tus chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking… Stop ends it · Enter copies the answer</source>
        <translation>Hablando… Detener lo termina · Intro copia la respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter copies the answer · type a new question to ask again · Esc to close</source>
        <translation>Intro copia la respuesta · escribe una nueva pregunta para volver a preguntar · Esc para cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter to ask · Shift+Enter for a new line · press {key} to talk · Esc to close</source>
        <translation>Intro para preguntar · Mayús+Intro para nueva línea · pulsa {key} para hablar · Esc para cerrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter to ask · Shift+Enter for a new line · hold {key} to talk · Esc to close</source>
        <translation>Intro para preguntar · Mayús+Intro para nueva línea · mantén {key} para hablar · Esc para cerrar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voice is not available.</source>
        <translation>La voz no está disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening — release to ask</source>
        <translation>Escuchando — suelta para preguntar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to say your question ({key})</source>
        <translation>Pulsa para decir tu pregunta ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold to say your question ({key})</source>
        <translation>Mantén pulsado para decir tu pregunta ({key})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="-16"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep history until I delete it</source>
        <translation>Conservar el historial hasta que lo elimine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete chats and translations after 30 days</source>
        <translation>Eliminar chats y traducciones después de 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t keep history (deleted when Parley quits)</source>
        <translation>No conservar el historial (se elimina al salir de Parley)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} (not found)</source>
        <translation>{value} (no encontrado)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent first in every conversation; never dropped when the context fills.</source>
        <translation>Se envían al principio de cada conversación; nunca se descartan cuando el contexto se llena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 gives the same answer every time; higher is more varied.</source>
        <translation>0 da la misma respuesta cada vez; cuanto más alta, más variadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most the model writes in one reply; a longer answer stops there.</source>
        <translation>Lo máximo que el modelo escribe en una respuesta; una respuesta más larga se corta ahí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest reply</source>
        <translation>Longitud máxima de respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the model sees at once (prompt plus reply). Larger uses more memory.</source>
        <translation>Lo que el modelo ve a la vez (entrada más respuesta). Un tamaño mayor usa más memoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context size</source>
        <translation>Tamaño del contexto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many processor cores the model uses; Automatic chooses for this computer.</source>
        <translation>Cuántos núcleos del procesador usa el modelo; Automático elige según este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Chats and translations stay on this computer either way. After 30 days: deleted once not used for 30 days (checked at start-up and daily). Don&apos;t keep: deleted when Parley quits.</source>
        <translation>Los chats y las traducciones se quedan en este equipo en cualquier caso. Después de 30 días: se eliminan cuando llevan 30 días sin usarse (se comprueba al iniciar y a diario). No conservar: se eliminan al salir de Parley.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model changes take effect with the next message.</source>
        <translation>Los cambios de modelo se aplican a partir del próximo mensaje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save these settings and close the window</source>
        <translation>Guardar esta configuración y cerrar la ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving; a theme being tried is undone</source>
        <translation>Cerrar sin guardar; se deshace el tema que estés probando</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The microphone Parley listens to</source>
        <translation>El micrófono que escucha Parley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where Parley plays what it says aloud</source>
        <translation>Dónde reproduce Parley lo que dice en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (fast English model, or multilingual)</source>
        <translation>Automático (modelo rápido en inglés, o multilingüe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Whisper model that turns your speech into text.</source>
        <translation>El modelo Whisper que convierte tu voz en texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech recognition</source>
        <translation>Reconocimiento de voz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language code “{value}”</source>
        <translation>Código de idioma “{value}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection and languages other than English use the multilingual model.</source>
        <translation>La detección y los idiomas distintos del inglés usan el modelo multilingüe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language you speak</source>
        <translation>Idioma en que hablas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice that reads replies aloud</source>
        <translation>La voz que lee las respuestas en voz alta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1.0 is the voice&apos;s natural pace; 1.2 is 20 % faster.</source>
        <translation>1.0 es el ritmo natural de la voz; 1.2 es un 20 % más rápido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking rate</source>
        <translation>Velocidad de habla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click, then press the key combination you want. Empty means Ctrl+Space.</source>
        <translation>Haz clic y pulsa la combinación de teclas que quieras. Si está vacío, se usa Ctrl+Espacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the push-to-talk key</source>
        <translation>Borrar la tecla de pulsar para hablar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empties the field; Ctrl+Space is used then</source>
        <translation>Vacía el campo; entonces se usa Ctrl+Espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push-to-talk key</source>
        <translation>Tecla de pulsar para hablar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press once to start and again to stop (no holding)</source>
        <translation>Pulsar una vez para empezar y otra para parar (sin mantener)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When on, the push-to-talk key starts listening on one press and stops on the next</source>
        <translation>Si está activado, la tecla de pulsar para hablar empieza a escuchar con una pulsación y se detiene con la siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the microphone open so the first word is never cut</source>
        <translation>Mantener el micrófono abierto para no cortar nunca la primera palabra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 0.3 s before the key press is kept in memory, never on disk.</source>
        <translation>Se guardan unos 0,3 s anteriores a la pulsación en memoria, nunca en el disco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for sound devices…</source>
        <translation>Buscando dispositivos de sonido…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Light or dark colours, the same as the system, or high contrast (white and yellow on black)</source>
        <translation>Colores claros u oscuros, los mismos que el sistema, o alto contraste (blanco y amarillo sobre negro)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>As the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size of all text in Parley, in points; also View → Larger text (Ctrl++) and Smaller text (Ctrl+-)</source>
        <translation>El tamaño de todo el texto de Parley, en puntos; también Ver → Texto más grande (Ctrl++) y Texto más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language of Parley&apos;s menus and windows; it changes when Parley starts again</source>
        <translation>El idioma de los menús y ventanas de Parley; cambia cuando Parley se vuelve a iniciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Parley in the system tray</source>
        <translation>Mostrar Parley en la bandeja del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An icon with Open, New chat, Talk, Translator, Quick ask and Quit, where the desktop has a tray</source>
        <translation>Un icono con Abrir, Nuevo chat, Hablar, Traductor, Pregunta rápida y Salir, si el escritorio tiene bandeja del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tray</source>
        <translation>Bandeja del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing the window keeps Parley in the tray</source>
        <translation>Al cerrar la ventana, Parley sigue en ejecución en la bandeja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When on, the window&apos;s close button hides it; Quit in the File or tray menu ends Parley</source>
        <translation>Si está activado, el botón de cerrar oculta la ventana; Salir, en el menú Archivo o en el de la bandeja, cierra Parley</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Push-to-talk from any application: hold it (or press twice, as set on the Voice page)</source>
        <translation>Pulsar para hablar desde cualquier aplicación: mantenla pulsada (o púlsala dos veces, según lo configurado en la página Voz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the global push-to-talk key</source>
        <translation>Borrar la tecla global de pulsar para hablar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk from anywhere</source>
        <translation>Hablar desde cualquier lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the quick-ask box over any application</source>
        <translation>Abre el cuadro de pregunta rápida sobre cualquier aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the quick-ask key</source>
        <translation>Borrar la tecla de pregunta rápida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick ask from anywhere</source>
        <translation>Pregunta rápida desde cualquier lugar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new interface language is used when Parley starts again.</source>
        <translation>El nuevo idioma de la interfaz se usará cuando Parley se vuelva a iniciar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click, then press the key combination you want. Empty turns it off.</source>
        <translation>Haz clic y pulsa la combinación de teclas que quieras. Si está vacío, se desactiva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empties the field, which turns this key off</source>
        <translation>Vacía el campo, lo que desactiva esta tecla</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>System default ({device})</source>
        <translation>Predeterminado del sistema ({device})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voice needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2).</source>
        <translation>La voz necesita PortAudio, que no está instalado (Debian/Ubuntu: sudo apt install libportaudio2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sound system could not be used: {error}</source>
        <translation>No se pudo usar el sistema de sonido: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No microphone was found. Plug one in, then restart Parley.</source>
        <translation>No se encontró ningún micrófono. Conecta uno y luego reinicia Parley.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{inputs} microphone(s) and {outputs} speaker(s) found.</source>
        <translation>Micrófonos encontrados: {inputs}; altavoces: {outputs}.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="-212"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>+  New chat</source>
        <translation>+  Nuevo chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search all chats  (Ctrl+K)</source>
        <translation>Buscar en todos los chats  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+117"/>
        <source>CHATS</source>
        <translation>CHATS</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Your chats, newest first; Enter opens one, F2 renames it, Delete deletes it</source>
        <translation>Tus chats, del más reciente al más antiguo; Intro abre uno, F2 le cambia el nombre, Supr lo elimina</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No messages match.</source>
        <translation>Ningún mensaje coincide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History is not kept: chats and translations are deleted when Parley quits.</source>
        <translation>El historial no se conserva: los chats y las traducciones se eliminan al salir de Parley.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change it in Settings → History.</source>
        <translation>Cámbialo en Configuración → Historial.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>1 RESULT</source>
        <translation>1 RESULTADO</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n RESULTS</source>
        <translation>
            <numerusform>%n RESULTADO</numerusform>
            <numerusform>%n RESULTADOS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslatorView</name>
    <message>
        <location filename="../../ui/translator_view.py" line="-936"/>
        <source>Detect language</source>
        <translation>Detectar idioma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Swap the languages and the texts</source>
        <translation>Intercambiar los idiomas y los textos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two people, two languages: each speaks in turn and hears the other in their own language</source>
        <translation>Dos personas, dos idiomas: cada una habla por turnos y oye a la otra en su propio idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glossary…</source>
        <translation>Glosario…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terms that must always be translated one way, and names never to translate</source>
        <translation>Términos que siempre deben traducirse de una forma concreta y nombres que no se traducen nunca</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>HISTORY</source>
        <translation>HISTORIAL</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+248"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Delete the selected translation (Delete)</source>
        <translation>Eliminar la traducción seleccionada (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all…</source>
        <translation>Borrar todo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete every saved translation</source>
        <translation>Eliminar todas las traducciones guardadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+24"/>
        <source>Delete translation</source>
        <translation>Eliminar traducción</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Translations you keep appear here. Click one to bring it back.</source>
        <translation>Las traducciones que guardes aparecen aquí. Haz clic en una para recuperarla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translate from</source>
        <translation>Idioma de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap languages</source>
        <translation>Intercambiar idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to translate</source>
        <translation>Texto para traducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate now</source>
        <translation>Traducir ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <location line="+11"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Copy translation</source>
        <translation>Copiar traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak translation</source>
        <translation>Pronunciar la traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak into the source</source>
        <translation>Dictar el texto de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation mode</source>
        <translation>Modo conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation history</source>
        <translation>Historial de traducciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear translation history</source>
        <translation>Borrar el historial de traducciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left person speaks</source>
        <translation>Habla la persona de la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right person speaks</source>
        <translation>Habla la persona de la derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation transcript</source>
        <translation>Transcripción de la conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator message</source>
        <translation>Mensaje del traductor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the text to translate, or detect it from the text</source>
        <translation>El idioma del texto que se va a traducir, o detectarlo a partir del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language to translate into</source>
        <translation>El idioma al que traducir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type or paste the text to translate; it is translated when you pause. Ctrl+Enter translates at once and keeps it in the history.</source>
        <translation>Escribe o pega el texto que quieres traducir; se traduce cuando haces una pausa. Ctrl+Intro lo traduce al instante y lo guarda en el historial.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation of the text, read-only; select part of it to copy it</source>
        <translation>La traducción del texto, de solo lectura; selecciona una parte para copiarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved translations, newest first; choose one to show it again</source>
        <translation>Traducciones guardadas, de la más reciente a la más antigua; elige una para volver a mostrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each person said and its translation, in two columns</source>
        <translation>Lo que dijo cada persona y su traducción, en dos columnas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type or paste text, or hold the microphone and speak</source>
        <translation>Escribe o pega texto, o mantén pulsado el micrófono y habla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translate now and keep it in the history (Ctrl+Enter)</source>
        <translation>Traducir ahora y guardarlo en el historial (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the translation</source>
        <translation>Copiar la traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+335"/>
        <source>Speak</source>
        <translation>Pronunciar</translation>
    </message>
    <message>
        <location line="-332"/>
        <location line="+334"/>
        <source>Say the translation aloud</source>
        <translation>Decir la traducción en voz alta</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Each person holds their button (or key) while speaking. Parley writes down what was said, translates it for the other person and says it aloud.</source>
        <translation>Cada persona mantiene pulsado su botón (o su tecla) mientras habla. Parley escribe lo que se dijo, lo traduce para la otra persona y lo dice en voz alta.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Detected: {language}</source>
        <translation>Detectado: {language}</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Translating…</source>
        <translation>Traduciendo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Transcribiendo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking…</source>
        <translation>Hablando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop speaking (Esc)</source>
        <translation>Dejar de hablar (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not translated)</source>
        <translation>(sin traducir)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Translation copied</source>
        <translation>Traducción copiada</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Clear translation history?</source>
        <translation>¿Borrar el historial de traducciones?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n saved translation(s) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Se eliminará %n traducción guardada. No se puede deshacer.</numerusform>
            <numerusform>Se eliminarán las %n traducciones guardadas. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hold a button (or its key) while you speak, or click once to start and again to stop.</source>
        <translation>Mantén pulsado un botón (o su tecla) mientras hablas, o haz clic una vez para empezar y otra para parar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speak {language}</source>
        <translation>Hablar en {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}   ·   {key}</source>
        <translation>{label}   ·   {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language}: hold while speaking (or hold {key}); the translation is said in {other}</source>
        <translation>{language}: mantén pulsado mientras hablas (o mantén {key}); la traducción se dice en {other}</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Listening… ({language})</source>
        <translation>Escuchando… ({language})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any language</source>
        <translation>cualquier idioma</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hold to speak in the source language (or hold the talk key); click to start, click again to stop</source>
        <translation>Mantén pulsado para hablar en el idioma de origen (o mantén la tecla de hablar); haz clic para empezar y otra vez para parar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice is not available.</source>
        <translation>La voz no está disponible.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../ui/tray.py" line="+41"/>
        <source>Parley menu</source>
        <translation>Menú de Parley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Parley</source>
        <translation>&amp;Abrir Parley</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>&amp;Talk</source>
        <translation>&amp;Hablar</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>T&amp;ranslator</source>
        <translation>&amp;Traductor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick ask…</source>
        <translation>&amp;Pregunta rápida…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stop and &amp;send</source>
        <translation>Detener y &amp;enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop listening and answer what was said</source>
        <translation>Dejar de escuchar y responder a lo que se dijo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start listening; choose again to stop and get the answer</source>
        <translation>Empezar a escuchar; elígelo de nuevo para parar y obtener la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} — listening…</source>
        <translation>{app} — escuchando…</translation>
    </message>
</context>
<context>
    <name>TurnRow</name>
    <message>
        <location filename="../../ui/translator_view.py" line="-963"/>
        <source>Said by the left person</source>
        <translation>Dicho por la persona de la izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Said by the right person</source>
        <translation>Dicho por la persona de la derecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
</context>
<context>
    <name>VoiceMessages</name>
    <message>
        <location filename="../../ui/voice.py" line="-219"/>
        <source>I didn&apos;t catch that — hold the key (or the microphone button) while you speak.</source>
        <translation>No pude entenderte — mantén pulsada la tecla (o el botón del micrófono) mientras hablas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording stopped at 2 minutes; Parley is answering what it heard so far.</source>
        <translation>La grabación se detuvo a los 2 minutos; Parley está respondiendo a lo que ha oído hasta ahora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I didn&apos;t catch that: the recording was too short. Hold the key while you speak.</source>
        <translation>No pude entenderte: la grabación fue demasiado corta. Mantén pulsada la tecla mientras hablas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I didn&apos;t catch that: the microphone heard only silence.</source>
        <translation>No pude entenderte: el micrófono solo captó silencio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I didn&apos;t catch that: no words were recognised.</source>
        <translation>No pude entenderte: no se reconoció ninguna palabra.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking for a microphone…</source>
        <translation>Buscando un micrófono…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}: {reason}</source>
        <translation>{title}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do: {action} (File → Settings → Voice).</source>
        <translation>Qué hacer: {action} (Archivo → Configuración → Voz).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voice needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2)</source>
        <translation>La voz necesita PortAudio, que no está instalado (Debian/Ubuntu: sudo apt install libportaudio2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sound system could not be used ({error})</source>
        <translation>No se pudo usar el sistema de sonido ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No microphone was found. Plug one in or allow Parley to use it, then restart Parley</source>
        <translation>No se encontró ningún micrófono. Conecta uno o permite que Parley lo use, y luego reinicia Parley</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No speaker or headphones were found. Connect one, then restart Parley</source>
        <translation>No se encontraron altavoces ni auriculares. Conecta alguno y luego reinicia Parley</translation>
    </message>
</context>
<context>
    <name>VoiceTurnChart</name>
    <message>
        <location filename="../../ui/bench_dialog.py" line="-349"/>
        <source>No voice figures yet</source>
        <translation>Aún no hay cifras de voz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{stage} · {seconds} s</source>
        <translation>{stage} · {seconds} s</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="+104"/>
        <location line="+12"/>
        <source>Welcome to {app}</source>
        <translation>Te damos la bienvenida a {app}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chat, talk and translate with small models that run on this computer. Two quick checks, and you are ready.</source>
        <translation>Chatea, habla y traduce con modelos pequeños que se ejecutan en este equipo. Dos comprobaciones rápidas y listo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing you type or say leaves this computer: {app} works offline and sends nothing over the network.</source>
        <translation>Nada de lo que escribes o dices sale de este equipo: {app} funciona sin conexión y no envía nada por la red.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Get started</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closes this window; it is also in Help → Welcome.</source>
        <translation>Cierra esta ventana; también está en Ayuda → Bienvenida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window and start chatting</source>
        <translation>Cerrar esta ventana y empezar a chatear</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+123"/>
        <source>Test microphone</source>
        <translation>Probar el micrófono</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Listens for a few seconds and shows how loud the microphone hears you. Nothing is recorded.</source>
        <translation>Escucha durante unos segundos y muestra con qué volumen te oye el micrófono. No se graba nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parley can read its answers aloud. Play a short phrase to check your speaker.</source>
        <translation>Parley puede leer sus respuestas en voz alta. Reproduce una frase corta para comprobar tu altavoz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+197"/>
        <source>Play test phrase</source>
        <translation>Reproducir frase de prueba</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Says a short sentence with Parley&apos;s voice through your speaker.</source>
        <translation>Dice una frase corta con la voz de Parley por tu altavoz.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conversation history</source>
        <translation>Historial de conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models you add</source>
        <translation>Modelos que añadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where your things are kept</source>
        <translation>Dónde se guardan tus cosas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens {folder} in the file manager</source>
        <translation>Abre {folder} en el gestor de archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder: {name}</source>
        <translation>Mostrar la carpeta: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Press Test microphone and say a few words: the bar moves when Parley hears you.</source>
        <translation>Pulsa Probar el micrófono y di unas palabras: la barra se mueve cuando Parley te oye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for a microphone…</source>
        <translation>Buscando un micrófono…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} You can still type to Parley, and continue now.</source>
        <translation>{reason} Aun así, puedes escribirle a Parley y continuar ahora.</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+110"/>
        <source>Stop test</source>
        <translation>Detener la prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening… say something</source>
        <translation>Escuchando… di algo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parley hears you. To talk, hold {key} or the microphone button.</source>
        <translation>Parley te oye. Para hablar, mantén pulsado {key} o el botón del micrófono.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only silence. Is the microphone muted? Another one can be chosen in Settings → Voice.</source>
        <translation>Solo silencio. ¿Está silenciado el micrófono? Puedes elegir otro en Configuración → Voz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parley hears you</source>
        <translation>Parley te oye</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hello! This is Parley&apos;s voice. If you can hear me, your speaker works.</source>
        <translation>¡Hola! Esta es la voz de Parley. Si me oyes, tu altavoz funciona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en</source>
        <comment>ISO 639-1 code of the language of this translation</comment>
        <translation>es</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+158"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting the voice ready…</source>
        <translation>Preparando la voz…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking…</source>
        <translation>Hablando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done. Heard nothing? Check the volume, or choose the speaker in Settings → Voice.</source>
        <translation>Hecho. ¿No oíste nada? Comprueba el volumen o elige el altavoz en Configuración → Voz.</translation>
    </message>
</context>
</TS>
