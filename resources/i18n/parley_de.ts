<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+35"/>
        <source>Language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech recognition</source>
        <translation>Spracherkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversations and translation history</source>
        <translation>Unterhaltungen und Übersetzungsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models you added</source>
        <translation>Von Ihnen hinzugefügte Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and glossary</source>
        <translation>Einstellungen und Glossar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caches (assembled built-in models)</source>
        <translation>Caches (zusammengesetzte integrierte Modelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A private desktop assistant: chat, push-to-talk voice and translation with small local models. It works without a network; your conversations and the models stay on this computer.&lt;br&gt;&lt;br&gt;{app} is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version ({license}). It comes with no warranty.&lt;br&gt;&lt;br&gt;The libraries and built-in models it ships keep their own licences: see the next two tabs.</source>
        <translation>Ein privater Desktop-Assistent: Chat, Spracheingabe per Sprechtaste und Übersetzung mit kleinen lokalen Modellen. Er funktioniert ohne Netzwerk; Ihre Unterhaltungen und die Modelle bleiben auf diesem Computer.&lt;br&gt;&lt;br&gt;{app} ist freie Software, lizenziert unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version ({license}). Sie wird ohne jegliche Gewährleistung bereitgestellt.&lt;br&gt;&lt;br&gt;Die mitgelieferten Bibliotheken und integrierten Modelle behalten ihre eigenen Lizenzen: Siehe die nächsten beiden Registerkarten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GPL-3.0 text</source>
        <translation>GPL-3.0-Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LGPL-3.0 text (Qt)</source>
        <translation>LGPL-3.0-Text (Qt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemma notice</source>
        <translation>Gemma-Hinweis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens this licence text</source>
        <translation>Öffnet diesen Lizenztext</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Libraries and their licences</source>
        <translation>Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in models and their licences</source>
        <translation>Integrierte Modelle und ihre Lizenzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Everything {app} keeps is in these folders, on this computer only.</source>
        <translation>Alles, was {app} speichert, liegt in diesen Ordnern, ausschließlich auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder: {folder}</source>
        <translation>Ordner öffnen: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows this folder in the file manager</source>
        <translation>Zeigt diesen Ordner in der Dateiverwaltung</translation>
    </message>
</context>
<context>
    <name>BenchDialog</name>
    <message>
        <location filename="../../ui/bench_dialog.py" line="+61"/>
        <source>Loading the models</source>
        <translation>Modelle werden geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing spoken questions</source>
        <translation>Gesprochene Fragen werden gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing the language model</source>
        <translation>Sprachmodell wird gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing the voice</source>
        <translation>Stimme wird gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing start-up</source>
        <translation>Programmstart wird gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking that the window stays responsive</source>
        <translation>Reaktionsfähigkeit des Fensters wird geprüft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voice turn: end of speech → first sound</source>
        <translation>Gesprochene Frage: Ende des Sprechens → erster Ton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcript ready</source>
        <translation>Transkript fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first word of the answer</source>
        <translation>erstes Wort der Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same questions, one step after another</source>
        <translation>dieselben Fragen, ein Schritt nach dem anderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech-to-text real-time factor</source>
        <translation>Echtzeitfaktor der Spracherkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model: time to first token</source>
        <translation>Sprachmodell: Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model: tokens per second</source>
        <translation>Sprachmodell: Tokens pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>llama-cpp-python on its own</source>
        <translation>llama-cpp-python allein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice: first sentence ready</source>
        <translation>Stimme: erster Satz fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice real-time factor</source>
        <translation>Echtzeitfaktor der Stimme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window shown after launch</source>
        <translation>Fenster angezeigt nach dem Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models ready after launch</source>
        <translation>Modelle bereit nach dem Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (window + engine)</source>
        <translation>Speicher (Fenster + Engine)</translation>
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
        <translation>Längste Pause des Fensters: Laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window&apos;s longest pause: writing</source>
        <translation>Längste Pause des Fensters: Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window&apos;s longest pause: speaking</source>
        <translation>Längste Pause des Fensters: Sprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window&apos;s longest pause: translating</source>
        <translation>Längste Pause des Fensters: Übersetzen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Transcript ready</source>
        <translation>Transkript fertig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer and first sound</source>
        <translation>Antwort und erster Ton</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First word of the answer</source>
        <translation>Erstes Wort der Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First sound</source>
        <translation>Erster Ton</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>How fast is this computer?</source>
        <translation>Wie schnell ist dieser Computer?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Parley times a few spoken questions, the language model, the voice and its own start-up, with the models you use. It takes a few minutes, and Parley is slower while it runs.</source>
        <translation>Parley misst einige gesprochene Fragen, das Sprachmodell, die Stimme und den eigenen Start, mit den Modellen, die Sie verwenden. Das dauert einige Minuten, und Parley ist währenddessen langsamer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Where the time of a spoken question goes, from the end of speech (medians)</source>
        <translation>Wofür die Zeit einer gesprochenen Frage ab dem Ende des Sprechens gebraucht wird (Mediane)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All figures</source>
        <translation>Alle Messwerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures everything again</source>
        <translation>Misst alles noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the benchmark</source>
        <translation>Bricht den Leistungstest ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
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
        <translation>Abgebrochen. Es wurden keine Messwerte behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benchmark stopped with an error (exit status {code}).</source>
        <translation>Der Leistungstest wurde mit einem Fehler beendet (Exit-Status {code}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The benchmark finished but gave no figures.</source>
        <translation>Der Leistungstest wurde beendet, hat aber keine Messwerte geliefert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The benchmark could not be started ({error}).</source>
        <translation>Der Leistungstest konnte nicht gestartet werden ({error}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{time} elapsed</source>
        <translation>{time} vergangen</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../ui/controller.py" line="+415"/>
        <source>Deleting your data…</source>
        <translation>Ihre Daten werden gelöscht…</translation>
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
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="-455"/>
        <location line="+89"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+435"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Parley is still writing. Press Esc to stop it, then talk.</source>
        <translation>Parley schreibt noch. Drücken Sie Esc, um es zu stoppen, und sprechen Sie dann.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Transcribing…</source>
        <translation>Wird transkribiert…</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Ready · {model}</source>
        <translation>Bereit · {model}</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+188"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Model not loaded</source>
        <translation>Modell nicht geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Voice is not ready. {title}: {text}</source>
        <translation>Die Sprachfunktion ist nicht bereit. {title}: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking…</source>
        <translation>Spricht…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+939"/>
        <source>Message copied</source>
        <translation>Nachricht kopiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer.py" line="+182"/>
        <source>Message Parley…</source>
        <translation>Nachricht an Parley…</translation>
    </message>
</context>
<context>
    <name>ComposerArea</name>
    <message>
        <location line="-138"/>
        <source>Enter to send · Shift+Enter for a new line · Esc to stop</source>
        <translation>Eingabe zum Senden · Umschalt+Eingabe für eine neue Zeile · Esc zum Stoppen</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Type a message; Enter sends it, Shift+Enter starts a new line, Esc stops an answer</source>
        <translation>Nachricht eingeben; Eingabe sendet sie, Umschalt+Eingabe beginnt eine neue Zeile, Esc stoppt eine Antwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Talk</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+132"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+130"/>
        <source>Send (Enter) · new line: Shift+Enter</source>
        <translation>Senden (Eingabe) · neue Zeile: Umschalt+Eingabe</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>{hint} · press {key} to talk</source>
        <translation>{hint} · zum Sprechen {key} drücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hint} · hold {key} to talk</source>
        <translation>{hint} · zum Sprechen {key} gedrückt halten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listening… speak now</source>
        <translation>Hört zu… sprechen Sie jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message Parley…</source>
        <translation>Nachricht an Parley…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>press {key} again to send · Esc to cancel</source>
        <translation>zum Senden erneut {key} drücken · Esc zum Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release {key} to send · Esc to cancel</source>
        <translation>zum Senden {key} loslassen · Esc zum Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening…</source>
        <translation>Hört zu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribing…</source>
        <translation>Wird transkribiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking…</source>
        <translation>Spricht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>press {key} or Esc to interrupt</source>
        <translation>zum Unterbrechen {key} oder Esc drücken</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Voice is not available.</source>
        <translation>Die Sprachfunktion ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening — press to send</source>
        <translation>Hört zu — zum Senden drücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening — release to send</source>
        <translation>Hört zu — zum Senden loslassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to interrupt and talk ({key})</source>
        <translation>Drücken, um zu unterbrechen und zu sprechen ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to talk ({key})</source>
        <translation>Zum Sprechen drücken ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold to talk ({key})</source>
        <translation>Zum Sprechen gedrückt halten ({key})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop writing (Esc)</source>
        <translation>Schreiben stoppen (Esc)</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../ui/sidebar.py" line="+204"/>
        <source>{when} · 1 message</source>
        <translation>{when} · 1 Nachricht</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{when} · %n messages</source>
        <translation>
            <numerusform>{when} · %n Nachricht</numerusform>
            <numerusform>{when} · %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <location filename="../../ui/desktop.py" line="+116"/>
        <source>Parley is still running. Click its icon to open it, or choose Quit in its menu to close it.</source>
        <translation>Parley läuft weiter. Klicken Sie auf das Symbol, um es zu öffnen, oder wählen Sie „Beenden“ in seinem Menü, um es zu schließen.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Keys from any application: {mode}. {why}</source>
        <translation>Tasten aus jeder Anwendung: {mode}. {why}</translation>
    </message>
</context>
<context>
    <name>EditBox</name>
    <message>
        <location filename="../../ui/chat_view.py" line="-749"/>
        <source>Sending replaces the answers after this message.</source>
        <translation>Beim Senden werden die Antworten nach dieser Nachricht ersetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location line="+347"/>
        <source>Explain how a hash map works, with a short Python example</source>
        <translation>Erkläre, wie eine Hashmap funktioniert, mit einem kurzen Python-Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a friendly reminder email about tomorrow&apos;s meeting</source>
        <translation>Schreibe eine freundliche Erinnerungs-E-Mail zum morgigen Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give me three ideas for a quick vegetarian dinner</source>
        <translation>Nenne mir drei Ideen für ein schnelles vegetarisches Abendessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarise the pros and cons of working from home</source>
        <translation>Fasse die Vor- und Nachteile von Homeoffice zusammen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How can I help?</source>
        <translation>Wie kann ich helfen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parley runs entirely on this computer. Nothing you type leaves it.</source>
        <translation>Parley läuft vollständig auf diesem Computer. Nichts, was Sie eingeben, verlässt ihn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asks Parley this question</source>
        <translation>Stellt Parley diese Frage</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../ui/errors.py" line="+31"/>
        <source>Choose another model</source>
        <translation>Anderes Modell wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new chat</source>
        <translation>Neuen Chat beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sound settings</source>
        <translation>Audioeinstellungen öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+86"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>The model could not be used</source>
        <translation>Das Modell konnte nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model not found</source>
        <translation>Modell nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a usable model</source>
        <translation>Diese Datei ist kein verwendbares Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine failed</source>
        <translation>Fehler in der Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine stopped unexpectedly</source>
        <translation>Die Engine wurde unerwartet beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation is too long for this model</source>
        <translation>Die Unterhaltung ist zu lang für dieses Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound device problem</source>
        <translation>Problem mit dem Audiogerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History could not be saved</source>
        <translation>Der Verlauf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings could not be read</source>
        <translation>Die Einstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download failed</source>
        <translation>Der Download ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The model file could not be found.</source>
        <translation>Die Modelldatei wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a GGUF chat model, or go back to the built-in one.</source>
        <translation>Wählen Sie ein GGUF-Chatmodell oder kehren Sie zum integrierten Modell zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model could not be loaded.</source>
        <translation>Das Modell konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine stopped while writing this answer. Your conversation is saved, and a fresh engine starts with your next message.</source>
        <translation>Die Engine wurde beim Schreiben dieser Antwort beendet. Ihre Unterhaltung ist gespeichert, und mit Ihrer nächsten Nachricht startet eine neue Engine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a new chat, or give the model a larger context size in Settings.</source>
        <translation>Beginnen Sie einen neuen Chat oder geben Sie dem Modell in den Einstellungen eine größere Kontextgröße.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine could not finish this answer.</source>
        <translation>Die Engine konnte diese Antwort nicht fertigstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the disk is not full and that Parley may write to its data folder.</source>
        <translation>Prüfen Sie, ob der Datenträger voll ist und ob Parley in seinen Datenordner schreiben darf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your settings could not be read.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone or speaker could not be used.</source>
        <translation>Das Mikrofon oder der Lautsprecher konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parley could not finish that.</source>
        <translation>Parley konnte das nicht abschließen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item no longer exists</source>
        <translation>Dieses Element existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was probably deleted a moment ago. The list has been refreshed.</source>
        <translation>Es wurde vermutlich gerade gelöscht. Die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file could not be used</source>
        <translation>Eine Datei konnte nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system refused the operation.</source>
        <translation>Das Betriebssystem hat den Vorgang verweigert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected problem occurred ({error}). Your conversation is saved.</source>
        <translation>Ein unerwartetes Problem ist aufgetreten ({error}). Ihre Unterhaltung ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>FullTextDialog</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+398"/>
        <source>Whole message — {count} characters</source>
        <translation>Ganze Nachricht — {count} Zeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <location filename="../../ui/global_keys/__init__.py" line="+139"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Push to talk</source>
        <translation>Sprechtaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quick ask</source>
        <translation>Schnellfrage</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Global keys need a desktop session; this one has none, so they are off. The push-to-talk key still works in Parley&apos;s window.</source>
        <translation>Globale Tastenkürzel benötigen eine Desktop-Sitzung; diese Sitzung hat keine, daher sind sie ausgeschaltet. Die Sprechtaste funktioniert weiterhin im Fenster von Parley.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the desktop to confirm Parley&apos;s global shortcuts…</source>
        <translation>Warten, bis der Desktop die globalen Tastenkürzel von Parley bestätigt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No global key is set.</source>
        <translation>Es ist kein globales Tastenkürzel festgelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desktop passes {keys} to Parley from any application.</source>
        <translation>Der Desktop leitet {keys} aus jeder Anwendung an Parley weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parley listens for {keys} on this {desktop} desktop.</source>
        <translation>Parley reagiert auf diesem {desktop}-Desktop auf {keys}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>push-to-talk</source>
        <translation>Sprechtaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quick ask</source>
        <translation>Schnellfrage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{key} is already used by another application, so {action} cannot have it: choose another key in Settings, such as {suggestion}.</source>
        <translation>{key} wird bereits von einer anderen Anwendung verwendet und steht daher für „{action}“ nicht zur Verfügung: Wählen Sie in den Einstellungen eine andere Taste, etwa {suggestion}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} is set for both push-to-talk and quick ask: give one of them another key.</source>
        <translation>{key} ist sowohl als Sprechtaste als auch für die Schnellfrage festgelegt: Weisen Sie einer der beiden eine andere Taste zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} ({action}) is not a key this desktop can watch: choose another key.</source>
        <translation>{key} ({action}) ist keine Taste, die dieser Desktop überwachen kann: Wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{key} ({action}) alone would stop you typing it in other applications: add Ctrl, Alt or Meta.</source>
        <translation>{key} ({action}) allein würde verhindern, dass Sie diese Taste in anderen Anwendungen eingeben können: Nehmen Sie Strg, Alt oder Meta hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} ({action}) is only a modifier: add a key such as Space.</source>
        <translation>{key} ({action}) ist nur eine Zusatztaste: Nehmen Sie eine Taste wie die Leertaste hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} ({action}) is several keys in a row: a global key is one key with modifiers.</source>
        <translation>{key} ({action}) besteht aus mehreren Tasten nacheinander: Ein globales Tastenkürzel ist eine einzelne Taste mit Zusatztasten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{key}” ({action}) is not a key Parley understands.</source>
        <translation>„{key}“ ({action}) ist keine Taste, die Parley versteht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bind a shortcut in your desktop&apos;s keyboard settings to the command: {command} (press it once to start talking, and again to stop).</source>
        <translation>Legen Sie in den Tastatureinstellungen Ihres Desktops ein Tastenkürzel für diesen Befehl an: {command} (einmal drücken, um mit dem Sprechen zu beginnen, und erneut, um aufzuhören).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This Wayland desktop has no global shortcuts portal.</source>
        <translation>Dieser Wayland-Desktop hat kein Portal für globale Tastenkürzel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This Wayland session has no D-Bus session bus to ask for global shortcuts.</source>
        <translation>Diese Wayland-Sitzung hat keinen D-Bus-Sitzungsbus, über den globale Tastenkürzel angefordert werden können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop did not allow Parley&apos;s global shortcuts.</source>
        <translation>Der Desktop hat die globalen Tastenkürzel von Parley nicht zugelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The push-to-talk key still works in Parley&apos;s window.</source>
        <translation>Die Sprechtaste funktioniert weiterhin im Fenster von Parley.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global keys on macOS need the Quartz event tap (pyobjc), which this copy of Parley lacks, and Accessibility permission (System Settings → Privacy &amp; Security → Accessibility: add Parley).</source>
        <translation>Globale Tastenkürzel unter macOS benötigen den Quartz Event Tap (pyobjc), der dieser Parley-Installation fehlt, sowie die Berechtigung für Bedienungshilfen (Systemeinstellungen → Datenschutz &amp; Sicherheit → Bedienungshilfen: Parley hinzufügen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macOS has not allowed Parley to see keys pressed in other applications. Open System Settings → Privacy &amp; Security → Accessibility (and Input Monitoring), add Parley and turn it on, then restart Parley.</source>
        <translation>macOS erlaubt Parley nicht, Tastendrücke in anderen Anwendungen zu sehen. Öffnen Sie Systemeinstellungen → Datenschutz &amp; Sicherheit → Bedienungshilfen (und Eingabeüberwachung), fügen Sie Parley hinzu, aktivieren Sie es und starten Sie Parley dann neu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parley could not connect to the X11 display, so global keys are off.</source>
        <translation>Parley konnte keine Verbindung zum X11-Display herstellen, daher sind globale Tastenkürzel ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop&apos;s global shortcuts portal failed.</source>
        <translation>Das Portal für globale Tastenkürzel des Desktops ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global keys are not working ({detail}). Choose the keys again in Settings, or restart Parley.</source>
        <translation>Globale Tastenkürzel funktionieren nicht ({detail}). Wählen Sie die Tasten in den Einstellungen erneut oder starten Sie Parley neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../ui/glossary_dialog.py" line="+35"/>
        <source>Translation glossary</source>
        <translation>Übersetzungsglossar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parley follows these in every translation, whatever the languages. Write each term as it appears in the text you translate; case does not matter.</source>
        <translation>Parley hält sich bei jeder Übersetzung daran, unabhängig von den Sprachen. Schreiben Sie jeden Begriff so, wie er im zu übersetzenden Text vorkommt; Groß- und Kleinschreibung spielt keine Rolle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always translate</source>
        <translation>Immer so übersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Translate as</source>
        <translation>Übersetzen als</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terms and their translations</source>
        <translation>Begriffe und ihre Übersetzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each row is a term and how it must always be translated; double-click a cell to edit it</source>
        <translation>Jede Zeile enthält einen Begriff und wie er immer übersetzt werden muss; doppelklicken Sie auf eine Zelle, um sie zu bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The term, then how it must be translated</source>
        <translation>Der Begriff, dann wie er übersetzt werden muss</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add term</source>
        <translation>Begriff hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add a term</source>
        <translation>Einen Begriff hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an empty row to the terms and starts editing it</source>
        <translation>Fügt den Begriffen eine leere Zeile hinzu und beginnt mit ihrer Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected term</source>
        <translation>Ausgewählten Begriff entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the selected rows from the terms</source>
        <translation>Löscht die ausgewählten Zeilen aus den Begriffen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never translate (names, brands)</source>
        <translation>Nie übersetzen (Namen, Marken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms never to translate</source>
        <translation>Nie zu übersetzende Begriffe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names and brands left as they are in every translation; double-click one to edit it</source>
        <translation>Namen und Marken, die in jeder Übersetzung unverändert bleiben; doppelklicken Sie auf einen Eintrag, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add name</source>
        <translation>Namen hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a name never to translate</source>
        <translation>Einen nie zu übersetzenden Namen hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an empty line to the names and starts editing it</source>
        <translation>Fügt den Namen eine leere Zeile hinzu und beginnt mit ihrer Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected name</source>
        <translation>Ausgewählten Namen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the selected name from the list</source>
        <translation>Löscht den ausgewählten Namen aus der Liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the glossary and close; the next translations follow it</source>
        <translation>Glossar speichern und schließen; die nächsten Übersetzungen halten sich daran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving the changes</source>
        <translation>Schließen, ohne die Änderungen zu speichern</translation>
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
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+2"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+1"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="-2"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+3"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+2"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="-1"/>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+71"/>
        <location line="+109"/>
        <location line="+364"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+158"/>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop writing</source>
        <translation>Schreiben stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate last answer</source>
        <translation>Letzte Antwort neu generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last answer</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+356"/>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>Focus the message box</source>
        <translation>Zum Nachrichtenfeld springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>Übersetzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate now (Translator)</source>
        <translation>Jetzt übersetzen (Übersetzer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: left / right person talks (hold)</source>
        <translation>Gespräch: linke / rechte Person spricht (halten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>heard in {ms} ms</source>
        <translation>erkannt in {ms} ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first word {ms} ms</source>
        <translation>erstes Wort {ms} ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first sound {ms} ms</source>
        <translation>erster Ton {ms} ms</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The model that writes the answers</source>
        <translation>Das Modell, das die Antworten schreibt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send or stop</source>
        <translation>Senden oder stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open GGUF model…</source>
        <translation>GGUF-Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export chat…</source>
        <translation>Chat e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Alle meine Daten löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete history, settings, glossary, models you added, caches and logs</source>
        <translation>Verlauf, Einstellungen, Glossar, von Ihnen hinzugefügte Modelle, Caches und Protokolle löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy last answer</source>
        <translation>Letzte Antwort &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search all chats</source>
        <translation>Alle Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename chat</source>
        <translation>Chat &amp;umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete chat…</source>
        <translation>Chat &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus &amp;message box</source>
        <translation>Zum &amp;Nachrichtenfeld springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regenerate last answer</source>
        <translation>Letzte Antwort &amp;neu generieren</translation>
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
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Translator</source>
        <translation>Übe&amp;rsetzer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Larger text</source>
        <translation>Text &amp;vergrößern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller text</source>
        <translation>Text ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default text size</source>
        <translation>&amp;Standard-Textgröße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation &amp;glossary…</source>
        <translation>Übersetzungs&amp;glossar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;fast is this computer?…</source>
        <translation>Wie &amp;schnell ist dieser Computer?…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome and sound check…</source>
        <translation>&amp;Willkommen und Tontest…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Parley ran into an unexpected problem</source>
        <translation>Parley ist auf ein unerwartetes Problem gestoßen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error}

Your conversations are saved. Details were written to the log in {folder}.</source>
        <translation>{error}

Ihre Unterhaltungen sind gespeichert. Details wurden in das Protokoll in {folder} geschrieben.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+266"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} Tokens/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first token {ms} ms</source>
        <translation>erstes Token {ms} ms</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loaded in {s} s</source>
        <translation>geladen in {s} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parley answered: {text}</source>
        <translation>Parley hat geantwortet: {text}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}  (file)</source>
        <translation>{name}  (Datei)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open GGUF file…</source>
        <translation>GGUF-Datei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage models…</source>
        <translation>Modelle verwalten…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+266"/>
        <source>Model: {name}</source>
        <translation>Modell: {name}</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation model: {name}</source>
        <translation>Übersetzungsmodell: {name}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loaded {name} in {s} s</source>
        <translation>{name} in {s} s geladen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All your data was deleted ({mb} MB). Parley goes on with default settings.</source>
        <translation>Alle Ihre Daten wurden gelöscht ({mb} MB). Parley läuft mit den Standardeinstellungen weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data was deleted, except files that were in use: {files}. Quit Parley and delete them.</source>
        <translation>Ihre Daten wurden gelöscht, außer Dateien, die gerade verwendet wurden: {files}. Beenden Sie Parley und löschen Sie diese.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted {chats} chat(s) and {translations} translation(s) older than 30 days</source>
        <translation>{chats} Chat(s) und {translations} Übersetzung(en) gelöscht, die älter als 30 Tage waren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+4"/>
        <source>Listening…</source>
        <translation>Hört zu…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Spoken · {timings}</source>
        <translation>Gesprochen · {timings}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Translator — {app}</source>
        <translation>Übersetzer — {app}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Glossary saved; the next translation follows it</source>
        <translation>Glossar gespeichert; die nächste Übersetzung hält sich daran</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this chat</source>
        <translation>dieser Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete chat?</source>
        <translation>Chat löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” and all its messages will be deleted. This cannot be undone.</source>
        <translation>„{title}“ und alle zugehörigen Nachrichten werden gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Last answer copied</source>
        <translation>Letzte Antwort kopiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the model file…</source>
        <translation>Modelldatei wird geprüft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete all your data?</source>
        <translation>Alle Ihre Daten löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parley speaks the new language when it starts again. Restart now?</source>
        <translation>Parley verwendet die neue Sprache nach dem nächsten Start. Jetzt neu starten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Talk (press, then press again)</source>
        <translation>Sprechen (drücken, dann erneut drücken)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Talk (hold)</source>
        <translation>Sprechen (halten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <location filename="../../ui/markdown_render.py" line="+148"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>MessageRow</name>
    <message>
        <location filename="../../ui/chat_view.py" line="-928"/>
        <source>Older messages were left out so the conversation fits the model&apos;s memory.</source>
        <translation>Ältere Nachrichten wurden ausgelassen, damit die Unterhaltung in den Speicher des Modells passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped — the answer was cut short.</source>
        <translation>Gestoppt — die Antwort wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parley&apos;s answer</source>
        <translation>Antwort von Parley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of this message; select it to copy part of it</source>
        <translation>Der Text dieser Nachricht; markieren Sie ihn, um einen Teil zu kopieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this message</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit this message and send it again</source>
        <translation>Diese Nachricht bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write this answer again (Ctrl+R)</source>
        <translation>Diese Antwort neu schreiben (Strg+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show whole message</source>
        <translation>Ganze Nachricht anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The bubble shows only the beginning</source>
        <translation>Die Sprechblase zeigt nur den Anfang</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Thinking {dots}</source>
        <translation>Denkt nach {dots}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The answer could not be finished.</source>
        <translation>Die Antwort konnte nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>MicWorker</name>
    <message>
        <location filename="../../ui/voice.py" line="+275"/>
        <source>The microphone was not recording.</source>
        <translation>Das Mikrofon hat nicht aufgenommen.</translation>
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
        <translation>Mit Parley chatten (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Chat</source>
        <translation>Chat anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate text and speech (Ctrl+T)</source>
        <translation>Text und Sprache übersetzen (Strg+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Translate</source>
        <translation>Übersetzen anzeigen</translation>
    </message>
</context>
<context>
    <name>ModelOptionsDialog</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="+339"/>
        <source>Options for {name}</source>
        <translation>Optionen für {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These settings apply to &lt;b&gt;{name}&lt;/b&gt; only. Where they say “app setting”, the model follows Settings, as every other model does.</source>
        <translation>Diese Einstellungen gelten nur für &lt;b&gt;{name}&lt;/b&gt;. Wo „App-Einstellung“ steht, folgt das Modell den Einstellungen, wie jedes andere Modell auch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>App setting ({count} tokens)</source>
        <translation>App-Einstellung ({count} Tokens)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>{count} tokens</source>
        <translation>{count} Tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of the conversation the model sees at once. More costs memory.</source>
        <translation>Wie viel von der Unterhaltung das Modell auf einmal sieht. Mehr kostet Speicher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model was trained for {count}.</source>
        <translation>Das Modell wurde für {count} trainiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App setting ({threads})</source>
        <translation>App-Einstellung ({threads})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU threads for this model; this computer has {count} CPUs.</source>
        <translation>CPU-Threads für dieses Modell; dieser Computer hat {count} CPUs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All layers</source>
        <translation>Alle Schichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empty: the template inside the model file is used.</source>
        <translation>Leer: Die Vorlage aus der Modelldatei wird verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Jinja chat template, as in the GGUF&apos;s tokenizer.chat_template.</source>
        <translation>Eine Jinja-Chat-Vorlage, wie in tokenizer.chat_template der GGUF-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat template</source>
        <translation>Chat-Vorlage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the app-wide prompt is used:
{prompt}</source>
        <translation>Leer: Der App-weite Prompt wird verwendet:
{prompt}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instructions sent first in every conversation with this model; empty uses the app-wide prompt</source>
        <translation>Anweisungen, die in jeder Unterhaltung mit diesem Modell zuerst gesendet werden; leer bedeutet, dass der App-weite Prompt verwendet wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use app settings</source>
        <translation>App-Einstellungen verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this model&apos;s own settings so it follows Settings again</source>
        <translation>Die eigenen Einstellungen dieses Modells entfernen, damit es wieder den Einstellungen folgt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these options for this model and close</source>
        <translation>Diese Optionen für dieses Modell speichern und schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without changing this model&apos;s options</source>
        <translation>Schließen, ohne die Optionen dieses Modells zu ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking whether llama.cpp can use a GPU here…</source>
        <translation>Es wird geprüft, ob llama.cpp hier eine GPU nutzen kann…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers to run on the GPU; more is faster while they fit in its memory.</source>
        <translation>Schichten, die auf der GPU laufen; mehr ist schneller, solange sie in ihren Speicher passen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The chat template has a mistake on line {line}: {message}.</source>
        <translation>Die Chat-Vorlage enthält einen Fehler in Zeile {line}: {message}.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location line="-402"/>
        <source>Language models</source>
        <translation>Sprachmodelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Speech to text</source>
        <translation>Spracherkennung</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speech-to-text model</source>
        <translation>Spracherkennungsmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speech to text</source>
        <translation>Spracherkennung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+514"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-513"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+592"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="-591"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default for</source>
        <translation>Standard für</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This llama.cpp build has no GPU backend, so every layer runs on the CPU.</source>
        <translation>Dieser llama.cpp-Build hat kein GPU-Backend, daher laufen alle Schichten auf der CPU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built into Parley: it comes with the app and cannot be removed.</source>
        <translation>In Parley integriert: Es wird mit der App geliefert und kann nicht entfernt werden.</translation>
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
        <translation>Viele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{languages} +{more}</source>
        <translation>{languages} +{more}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Needs about {size} of memory.</source>
        <translation>Benötigt etwa {size} Speicher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs about {size} of memory; {free} is free now.</source>
        <translation>Benötigt etwa {size} Speicher; derzeit sind {free} frei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title}: {detail}</source>
        <translation>{title}: {detail}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{duration} left</source>
        <translation>noch {duration}</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Models on this computer</source>
        <translation>Modelle auf diesem Computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a .gguf model or a Piper voice from a web address</source>
        <translation>Ein .gguf-Modell oder eine Piper-Stimme von einer Webadresse herunterladen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>https://…/model.Q4_K_M.gguf  or  https://…/voice.onnx</source>
        <translation>https://…/model.Q4_K_M.gguf  oder  https://…/voice.onnx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the SHA-256 the publisher gives, to check the file</source>
        <translation>Optional: die SHA-256-Prüfsumme des Anbieters, um die Datei zu prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the name to list it under</source>
        <translation>Optional: der Name, unter dem es aufgeführt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start download</source>
        <translation>Download starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download the model at the address into Parley&apos;s model folder</source>
        <translation>Das Modell unter dieser Adresse in den Modellordner von Parley herunterladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The web address of a .gguf model or a Piper .onnx voice</source>
        <translation>Die Webadresse eines .gguf-Modells oder einer Piper-Stimme (.onnx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional checksum; the download is refused if it differs</source>
        <translation>Optionale Prüfsumme; der Download wird abgelehnt, wenn sie abweicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional name for the model in Parley&apos;s lists</source>
        <translation>Optionaler Name für das Modell in den Listen von Parley</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language models, speech-to-text models and voices on this computer, with their languages, size, memory, licence and what they are the default for; select one to see its details</source>
        <translation>Sprachmodelle, Spracherkennungsmodelle und Stimmen auf diesem Computer, mit Sprachen, Größe, Speicherbedarf, Lizenz und wofür sie Standard sind; wählen Sie einen Eintrag aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, languages, size, memory, licence, default for</source>
        <translation>Name, Sprachen, Größe, Speicher, Lizenz, Standard für</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Estimated memory once loaded, at the context it would use</source>
        <translation>Geschätzter Speicherbedarf nach dem Laden, mit dem Kontext, den es verwenden würde</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder that holds the selected model</source>
        <translation>Den Ordner öffnen, der das ausgewählte Modell enthält</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set as default for…</source>
        <translation>Als Standard festlegen für…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the selected model is used for: chat, translation, speech to text or voice</source>
        <translation>Wählen Sie, wofür das ausgewählte Modell verwendet wird: Chat, Übersetzung, Spracherkennung oder Stimme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options…</source>
        <translation>Optionen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context size, threads, GPU layers, chat template and system prompt of the selected model</source>
        <translation>Kontextgröße, Threads, GPU-Schichten, Chat-Vorlage und Systemprompt des ausgewählten Modells</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected model from Parley, after asking</source>
        <translation>Entfernt das ausgewählte Modell aus Parley, nach einer Rückfrage</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+442"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>Pause the download, resume it, or try it again after a failure</source>
        <translation>Den Download pausieren, fortsetzen oder nach einem Fehler erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop adding or downloading; nothing is kept</source>
        <translation>Hinzufügen oder Herunterladen abbrechen; nichts wird behalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close the window; an add or download goes on</source>
        <translation>Fenster schließen; ein laufendes Hinzufügen oder Herunterladen geht weiter</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{name}   (added)</source>
        <translation>{name}   (hinzugefügt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}   (damaged)</source>
        <translation>{name}   (beschädigt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>~{size}</source>
        <translation>~{size}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No model selected</source>
        <translation>Kein Modell ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a model in the list to see where it is and what it needs.</source>
        <translation>Wählen Sie ein Modell in der Liste aus, um zu sehen, wo es liegt und was es benötigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened from disk</source>
        <translation>vom Datenträger geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind} · {source} · default for {roles}</source>
        <translation>{kind} · {source} · Standard für {roles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · {source}</source>
        <translation>{kind} · {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trained for {count} tokens</source>
        <translation>trainiert für {count} Tokens</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{role} (already)</source>
        <translation>{role} (bereits)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model cannot be used: see why above.</source>
        <translation>Dieses Modell kann nicht verwendet werden: Den Grund sehen Sie oben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context, threads, GPU layers, chat template and system prompt for this model</source>
        <translation>Kontext, Threads, GPU-Schichten, Chat-Vorlage und Systemprompt für dieses Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only language models have options of their own.</source>
        <translation>Nur Sprachmodelle haben eigene Optionen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget this file (it stays on disk)</source>
        <translation>Diese Datei vergessen (sie bleibt auf dem Datenträger)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this model</source>
        <translation>Dieses Modell löschen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About {size} once loaded; checking the free memory…</source>
        <translation>Etwa {size} nach dem Laden; freier Speicher wird geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About {size} once loaded.</source>
        <translation>Etwa {size} nach dem Laden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown until it is first used.</source>
        <translation>Unbekannt bis zur ersten Verwendung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>App settings ({count}-token context).</source>
        <translation>App-Einstellungen (Kontext mit {count} Tokens).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count}-token context</source>
        <translation>Kontext mit {count} Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} threads</source>
        <translation>{count} Threads</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all layers on the GPU</source>
        <translation>alle Schichten auf der GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} layers on the GPU</source>
        <translation>{count} Schichten auf der GPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its own chat template</source>
        <translation>eigene Chat-Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its own system prompt</source>
        <translation>eigener Systemprompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own settings: {options}.</source>
        <translation>Eigene Einstellungen: {options}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a model file</source>
        <translation>Modelldatei hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models (*.gguf *.onnx);;Language models (*.gguf);;Piper voices (*.onnx);;All files (*)</source>
        <translation>Modelle (*.gguf *.onnx);;Sprachmodelle (*.gguf);;Piper-Stimmen (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a faster-whisper model folder</source>
        <translation>Einen faster-whisper-Modellordner hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {file} to Parley as:</source>
        <translation>{file} zu Parley hinzufügen als:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Parley will forget “{name}”. The file itself stays where it is:
{path}</source>
        <translation>Parley vergisst „{name}“. Die Datei selbst bleibt, wo sie ist:
{path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” ({size}) will be deleted from Parley&apos;s model folder. This cannot be undone.</source>
        <translation>„{name}“ ({size}) wird aus dem Modellordner von Parley gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is the default for {roles}; the built-in model takes over.</source>
        <translation>Es ist Standard für {roles}; das integrierte Modell übernimmt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {name}?</source>
        <translation>{name} entfernen?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking and copying {file}…</source>
        <translation>{file} wird geprüft und kopiert…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The SHA-256 checksum should be 64 hexadecimal characters (0-9, a-f).</source>
        <translation>Die SHA-256-Prüfsumme muss aus 64 hexadezimalen Zeichen bestehen (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloading {name}…</source>
        <translation>{name} wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pausing {name}…</source>
        <translation>{name} wird pausiert…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Options saved for {name}; they apply from its next answer.</source>
        <translation>Optionen für {name} gespeichert; sie gelten ab der nächsten Antwort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wait for the current add or download to finish.</source>
        <translation>Warten Sie, bis das laufende Hinzufügen oder Herunterladen abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy in a .gguf language model or a Piper voice (.onnx with its .onnx.json)</source>
        <translation>Ein .gguf-Sprachmodell oder eine Piper-Stimme (.onnx mit zugehöriger .onnx.json) hineinkopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy in a faster-whisper speech-to-text model folder</source>
        <translation>Den Ordner eines faster-whisper-Spracherkennungsmodells hineinkopieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Adding was cancelled; nothing was added.</source>
        <translation>Hinzufügen abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Download abgebrochen; es wurde nichts behalten.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{file} was not added. {reason}</source>
        <translation>{file} wurde nicht hinzugefügt. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paused: {done} so far. Resume continues from there.</source>
        <translation>Pausiert: bisher {done}. „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The download stopped. {reason}</source>
        <translation>Der Download wurde unterbrochen. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloaded and added {name} ({kind}, {size}). Use “Set as default for…” to use it for {roles}.</source>
        <translation>{name} heruntergeladen und hinzugefügt ({kind}, {size}). Verwenden Sie „Als Standard festlegen für…“, um es für {roles} zu nutzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added {name} ({kind}, {size}). Use “Set as default for…” to use it for {roles}.</source>
        <translation>{name} hinzugefügt ({kind}, {size}). Verwenden Sie „Als Standard festlegen für…“, um es für {roles} zu nutzen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The models could not be listed. {reason}</source>
        <translation>Die Modelle konnten nicht aufgelistet werden. {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} was not made the default. {reason}</source>
        <translation>{name} wurde nicht als Standard festgelegt. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is now the {role} model. {advice} You can still use it.</source>
        <translation>{name} ist jetzt das Standardmodell für {role}. {advice} Sie können es trotzdem verwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is now the {role} model.</source>
        <translation>{name} ist jetzt das Standardmodell für {role}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} was not removed. {reason}</source>
        <translation>{name} wurde nicht entfernt. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Paste the web address of a .gguf model or a Piper .onnx voice first.</source>
        <translation>Fügen Sie zuerst die Webadresse eines .gguf-Modells oder einer Piper-Stimme (.onnx) ein.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="-997"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>QuickAskPopup</name>
    <message>
        <location filename="../../ui/quick_ask.py" line="+261"/>
        <source>Ask Parley</source>
        <translation>Parley fragen</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+490"/>
        <source>Ask Parley anything…</source>
        <translation>Fragen Sie Parley etwas…</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a question and press Enter. Shift+Enter starts a new line; Esc closes this box.</source>
        <translation>Geben Sie eine Frage ein und drücken Sie die Eingabetaste. Umschalt+Eingabe beginnt eine neue Zeile; Esc schließt dieses Feld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Talk</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+457"/>
        <location line="+1"/>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="-448"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parley&apos;s answer. It is also kept in your chats.</source>
        <translation>Die Antwort von Parley. Sie wird auch in Ihren Chats gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the answer</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the answer on the clipboard (or press Enter).</source>
        <translation>Legt die Antwort in die Zwischenablage (oder drücken Sie die Eingabetaste).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the answer (Enter)</source>
        <translation>Antwort kopieren (Eingabe)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Still answering your last question. Wait for it, or press Stop, then press Enter again.</source>
        <translation>Ihre letzte Frage wird noch beantwortet. Warten Sie darauf oder klicken Sie auf „Stopp“ und drücken Sie dann erneut die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parley is still writing another answer. Wait for it to finish (or stop it in the main window), then press Enter again.</source>
        <translation>Parley schreibt noch eine andere Antwort. Warten Sie, bis sie fertig ist (oder stoppen Sie sie im Hauptfenster), und drücken Sie dann erneut die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Listening… press {key} again to ask · Esc to cancel</source>
        <translation>Hört zu… zum Fragen erneut {key} drücken · Esc zum Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening… release {key} to ask · Esc to cancel</source>
        <translation>Hört zu… zum Fragen {key} loslassen · Esc zum Abbrechen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The answer is ready. Press Enter to copy it.</source>
        <translation>Die Antwort ist fertig. Drücken Sie die Eingabetaste, um sie zu kopieren.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+56"/>
        <source>Transcribing…</source>
        <translation>Wird transkribiert…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the answer (it is kept, cut short, in your chats)</source>
        <translation>Antwort stoppen (sie wird gekürzt in Ihren Chats gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the question (Enter) in a new chat</source>
        <translation>Die Frage in einem neuen Chat stellen (Eingabe)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listening… speak now</source>
        <translation>Hört zu… sprechen Sie jetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing… Esc hides this box; the answer is kept in your chats</source>
        <translation>Schreibt… Esc blendet dieses Feld aus; die Antwort wird in Ihren Chats gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking… Stop ends it · Enter copies the answer</source>
        <translation>Spricht… „Stopp“ beendet es · Eingabe kopiert die Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter copies the answer · type a new question to ask again · Esc to close</source>
        <translation>Eingabe kopiert die Antwort · neue Frage eingeben, um erneut zu fragen · Esc zum Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter to ask · Shift+Enter for a new line · press {key} to talk · Esc to close</source>
        <translation>Eingabe zum Fragen · Umschalt+Eingabe für eine neue Zeile · zum Sprechen {key} drücken · Esc zum Schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter to ask · Shift+Enter for a new line · hold {key} to talk · Esc to close</source>
        <translation>Eingabe zum Fragen · Umschalt+Eingabe für eine neue Zeile · zum Sprechen {key} gedrückt halten · Esc zum Schließen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voice is not available.</source>
        <translation>Die Sprachfunktion ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening — release to ask</source>
        <translation>Hört zu — zum Fragen loslassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to say your question ({key})</source>
        <translation>Drücken, um Ihre Frage zu sprechen ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold to say your question ({key})</source>
        <translation>Gedrückt halten, um Ihre Frage zu sprechen ({key})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="-16"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep history until I delete it</source>
        <translation>Verlauf behalten, bis ich ihn lösche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete chats and translations after 30 days</source>
        <translation>Chats und Übersetzungen nach 30 Tagen löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t keep history (deleted when Parley quits)</source>
        <translation>Keinen Verlauf behalten (wird beim Beenden von Parley gelöscht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} (not found)</source>
        <translation>{value} (nicht gefunden)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent first in every conversation; never dropped when the context fills.</source>
        <translation>Wird in jeder Unterhaltung zuerst gesendet; wird nie verworfen, wenn der Kontext voll ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 gives the same answer every time; higher is more varied.</source>
        <translation>0 liefert jedes Mal dieselbe Antwort; höhere Werte sorgen für mehr Abwechslung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most the model writes in one reply; a longer answer stops there.</source>
        <translation>Die maximale Länge einer Antwort des Modells; eine längere Antwort bricht dort ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest reply</source>
        <translation>Längste Antwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} tokens</source>
        <translation>{count} Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the model sees at once (prompt plus reply). Larger uses more memory.</source>
        <translation>Was das Modell auf einmal sieht (Prompt plus Antwort). Größer braucht mehr Speicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context size</source>
        <translation>Kontextgröße</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many processor cores the model uses; Automatic chooses for this computer.</source>
        <translation>Wie viele Prozessorkerne das Modell nutzt; „Automatisch“ wählt passend für diesen Computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Chats and translations stay on this computer either way. After 30 days: deleted once not used for 30 days (checked at start-up and daily). Don&apos;t keep: deleted when Parley quits.</source>
        <translation>Chats und Übersetzungen bleiben in jedem Fall auf diesem Computer. Nach 30 Tagen: gelöscht, sobald sie 30 Tage lang nicht verwendet wurden (geprüft beim Start und täglich). Nicht behalten: gelöscht, wenn Parley beendet wird.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model changes take effect with the next message.</source>
        <translation>Modelländerungen werden mit der nächsten Nachricht wirksam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save these settings and close the window</source>
        <translation>Diese Einstellungen speichern und das Fenster schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving; a theme being tried is undone</source>
        <translation>Schließen ohne Speichern; ein gerade ausprobiertes Design wird zurückgesetzt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The microphone Parley listens to</source>
        <translation>Das Mikrofon, auf das Parley hört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where Parley plays what it says aloud</source>
        <translation>Wo Parley wiedergibt, was es laut sagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (fast English model, or multilingual)</source>
        <translation>Automatisch (schnelles englisches Modell oder mehrsprachiges)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Whisper model that turns your speech into text.</source>
        <translation>Das Whisper-Modell, das Ihre Sprache in Text umwandelt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech recognition</source>
        <translation>Spracherkennung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language code “{value}”</source>
        <translation>Sprachcode „{value}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection and languages other than English use the multilingual model.</source>
        <translation>Die automatische Erkennung und andere Sprachen als Englisch verwenden das mehrsprachige Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language you speak</source>
        <translation>Ihre gesprochene Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice that reads replies aloud</source>
        <translation>Die Stimme, die Antworten vorliest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1.0 is the voice&apos;s natural pace; 1.2 is 20 % faster.</source>
        <translation>1,0 ist das natürliche Tempo der Stimme; 1,2 ist 20 % schneller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click, then press the key combination you want. Empty means Ctrl+Space.</source>
        <translation>Hier klicken und dann die gewünschte Tastenkombination drücken. Leer bedeutet Strg+Leertaste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the push-to-talk key</source>
        <translation>Sprechtaste zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empties the field; Ctrl+Space is used then</source>
        <translation>Leert das Feld; dann wird Strg+Leertaste verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push-to-talk key</source>
        <translation>Sprechtaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press once to start and again to stop (no holding)</source>
        <translation>Einmal drücken zum Starten und erneut zum Stoppen (ohne Halten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When on, the push-to-talk key starts listening on one press and stops on the next</source>
        <translation>Wenn aktiviert, startet die Sprechtaste das Zuhören beim ersten Drücken und beendet es beim nächsten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the microphone open so the first word is never cut</source>
        <translation>Mikrofon offen halten, damit das erste Wort nie abgeschnitten wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 0.3 s before the key press is kept in memory, never on disk.</source>
        <translation>Etwa 0,3 s vor dem Tastendruck werden im Arbeitsspeicher gehalten, nie auf dem Datenträger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for sound devices…</source>
        <translation>Audiogeräte werden gesucht…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Light or dark colours, the same as the system, or high contrast (white and yellow on black)</source>
        <translation>Helle oder dunkle Farben, wie im System, oder hoher Kontrast (Weiß und Gelb auf Schwarz)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size of all text in Parley, in points; also View → Larger text (Ctrl++) and Smaller text (Ctrl+-)</source>
        <translation>Die Größe aller Texte in Parley, in Punkt; auch über Ansicht → Text vergrößern (Strg++) und Text verkleinern (Strg+-)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language of Parley&apos;s menus and windows; it changes when Parley starts again</source>
        <translation>Die Sprache der Menüs und Fenster von Parley; sie ändert sich beim nächsten Start von Parley</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Parley in the system tray</source>
        <translation>Parley im Infobereich anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An icon with Open, New chat, Talk, Translator, Quick ask and Quit, where the desktop has a tray</source>
        <translation>Ein Symbol mit Öffnen, Neuer Chat, Sprechen, Übersetzer, Schnellfrage und Beenden, sofern der Desktop einen Infobereich hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing the window keeps Parley in the tray</source>
        <translation>Beim Schließen des Fensters läuft Parley im Infobereich weiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When on, the window&apos;s close button hides it; Quit in the File or tray menu ends Parley</source>
        <translation>Wenn aktiviert, blendet die Schließen-Schaltfläche das Fenster nur aus; „Beenden“ im Menü „Datei“ oder im Menü des Infobereichs beendet Parley</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Push-to-talk from any application: hold it (or press twice, as set on the Voice page)</source>
        <translation>Sprechtaste in jeder Anwendung: gedrückt halten (oder zweimal drücken, wie auf der Seite „Stimme“ eingestellt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the global push-to-talk key</source>
        <translation>Globale Sprechtaste entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk from anywhere</source>
        <translation>Sprechen von überall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the quick-ask box over any application</source>
        <translation>Öffnet das Schnellfrage-Feld über jeder Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the quick-ask key</source>
        <translation>Schnellfrage-Taste entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick ask from anywhere</source>
        <translation>Schnellfrage von überall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new interface language is used when Parley starts again.</source>
        <translation>Eine neue Sprache der Oberfläche wird beim nächsten Start von Parley verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click, then press the key combination you want. Empty turns it off.</source>
        <translation>Hier klicken und dann die gewünschte Tastenkombination drücken. Leer schaltet sie aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empties the field, which turns this key off</source>
        <translation>Leert das Feld, wodurch diese Taste ausgeschaltet wird</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>System default ({device})</source>
        <translation>Systemstandard ({device})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voice needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2).</source>
        <translation>Die Sprachfunktion benötigt PortAudio, das nicht installiert ist (Debian/Ubuntu: sudo apt install libportaudio2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sound system could not be used: {error}</source>
        <translation>Das Audiosystem konnte nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No microphone was found. Plug one in, then restart Parley.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie eines an und starten Sie Parley dann neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{inputs} microphone(s) and {outputs} speaker(s) found.</source>
        <translation>{inputs} Mikrofon(e) und {outputs} Lautsprecher gefunden.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="-212"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>+  New chat</source>
        <translation>+  Neuer Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search all chats  (Ctrl+K)</source>
        <translation>Alle Chats durchsuchen  (Strg+K)</translation>
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
        <translation>Ihre Chats, die neuesten zuerst; Eingabe öffnet einen, F2 benennt ihn um, Entf löscht ihn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No messages match.</source>
        <translation>Keine passenden Nachrichten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History is not kept: chats and translations are deleted when Parley quits.</source>
        <translation>Der Verlauf wird nicht behalten: Chats und Übersetzungen werden beim Beenden von Parley gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change it in Settings → History.</source>
        <translation>Ändern Sie dies unter Einstellungen → Verlauf.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>1 RESULT</source>
        <translation>1 TREFFER</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n RESULTS</source>
        <translation>
            <numerusform>%n TREFFER</numerusform>
            <numerusform>%n TREFFER</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslatorView</name>
    <message>
        <location filename="../../ui/translator_view.py" line="-936"/>
        <source>Detect language</source>
        <translation>Sprache erkennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Swap the languages and the texts</source>
        <translation>Sprachen und Texte tauschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two people, two languages: each speaks in turn and hears the other in their own language</source>
        <translation>Zwei Personen, zwei Sprachen: Beide sprechen abwechselnd und hören die andere Person in ihrer eigenen Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glossary…</source>
        <translation>Glossar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terms that must always be translated one way, and names never to translate</source>
        <translation>Begriffe, die immer auf eine bestimmte Weise übersetzt werden müssen, und Namen, die nie übersetzt werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listening…</source>
        <translation>Hört zu…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>HISTORY</source>
        <translation>VERLAUF</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+248"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Delete the selected translation (Delete)</source>
        <translation>Ausgewählte Übersetzung löschen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all…</source>
        <translation>Alle löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete every saved translation</source>
        <translation>Alle gespeicherten Übersetzungen löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+24"/>
        <source>Delete translation</source>
        <translation>Übersetzung löschen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Translations you keep appear here. Click one to bring it back.</source>
        <translation>Übersetzungen, die Sie behalten, erscheinen hier. Klicken Sie auf eine, um sie zurückzuholen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translate from</source>
        <translation>Übersetzen aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap languages</source>
        <translation>Sprachen tauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into</source>
        <translation>Übersetzen in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to translate</source>
        <translation>Zu übersetzender Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate now</source>
        <translation>Jetzt übersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <location line="+11"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Copy translation</source>
        <translation>Übersetzung kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak translation</source>
        <translation>Übersetzung vorlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak into the source</source>
        <translation>Ausgangstext einsprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation mode</source>
        <translation>Gesprächsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation history</source>
        <translation>Übersetzungsverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear translation history</source>
        <translation>Übersetzungsverlauf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left person speaks</source>
        <translation>Linke Person spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right person speaks</source>
        <translation>Rechte Person spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation transcript</source>
        <translation>Gesprächstranskript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator message</source>
        <translation>Meldung des Übersetzers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the text to translate, or detect it from the text</source>
        <translation>Die Sprache des zu übersetzenden Texts, oder automatische Erkennung aus dem Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language to translate into</source>
        <translation>Die Sprache, in die übersetzt wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type or paste the text to translate; it is translated when you pause. Ctrl+Enter translates at once and keeps it in the history.</source>
        <translation>Geben Sie den zu übersetzenden Text ein oder fügen Sie ihn ein; er wird übersetzt, sobald Sie innehalten. Strg+Eingabe übersetzt sofort und speichert die Übersetzung im Verlauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation of the text, read-only; select part of it to copy it</source>
        <translation>Die Übersetzung des Texts, schreibgeschützt; markieren Sie einen Teil, um ihn zu kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved translations, newest first; choose one to show it again</source>
        <translation>Gespeicherte Übersetzungen, neueste zuerst; wählen Sie eine aus, um sie erneut anzuzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each person said and its translation, in two columns</source>
        <translation>Was jede Person gesagt hat und die Übersetzung, in zwei Spalten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Source</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type or paste text, or hold the microphone and speak</source>
        <translation>Text eingeben oder einfügen, oder das Mikrofon gedrückt halten und sprechen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translate now and keep it in the history (Ctrl+Enter)</source>
        <translation>Jetzt übersetzen und im Verlauf speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the translation</source>
        <translation>Übersetzung kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+335"/>
        <source>Speak</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location line="-332"/>
        <location line="+334"/>
        <source>Say the translation aloud</source>
        <translation>Übersetzung laut vorlesen</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Each person holds their button (or key) while speaking. Parley writes down what was said, translates it for the other person and says it aloud.</source>
        <translation>Jede Person hält beim Sprechen ihre Schaltfläche (oder Taste) gedrückt. Parley schreibt mit, was gesagt wurde, übersetzt es für die andere Person und spricht es laut aus.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Detected: {language}</source>
        <translation>Erkannt: {language}</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Translating…</source>
        <translation>Wird übersetzt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Wird transkribiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking…</source>
        <translation>Spricht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop speaking (Esc)</source>
        <translation>Vorlesen stoppen (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not translated)</source>
        <translation>(nicht übersetzt)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Translation copied</source>
        <translation>Übersetzung kopiert</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Clear translation history?</source>
        <translation>Übersetzungsverlauf löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n saved translation(s) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Die %n gespeicherte Übersetzung wird gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %n gespeicherten Übersetzungen werden gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hold a button (or its key) while you speak, or click once to start and again to stop.</source>
        <translation>Halten Sie beim Sprechen eine Schaltfläche (oder ihre Taste) gedrückt, oder klicken Sie einmal zum Starten und erneut zum Stoppen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speak {language}</source>
        <translation>{language} sprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}   ·   {key}</source>
        <translation>{label}   ·   {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language}: hold while speaking (or hold {key}); the translation is said in {other}</source>
        <translation>{language}: beim Sprechen gedrückt halten (oder {key} gedrückt halten); die Übersetzung wird auf {other} gesprochen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Listening… ({language})</source>
        <translation>Hört zu… ({language})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any language</source>
        <translation>beliebige Sprache</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hold to speak in the source language (or hold the talk key); click to start, click again to stop</source>
        <translation>Gedrückt halten, um in der Ausgangssprache zu sprechen (oder die Sprechtaste gedrückt halten); klicken zum Starten, erneut klicken zum Stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice is not available.</source>
        <translation>Die Sprachfunktion ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../ui/tray.py" line="+41"/>
        <source>Parley menu</source>
        <translation>Parley-Menü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Parley</source>
        <translation>Parley ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>&amp;Talk</source>
        <translation>&amp;Sprechen</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>T&amp;ranslator</source>
        <translation>Übe&amp;rsetzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick ask…</source>
        <translation>S&amp;chnellfrage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stop and &amp;send</source>
        <translation>Stoppen und &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop listening and answer what was said</source>
        <translation>Zuhören beenden und auf das Gesagte antworten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start listening; choose again to stop and get the answer</source>
        <translation>Zuhören starten; erneut wählen, um zu stoppen und die Antwort zu erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} — listening…</source>
        <translation>{app} — hört zu…</translation>
    </message>
</context>
<context>
    <name>TurnRow</name>
    <message>
        <location filename="../../ui/translator_view.py" line="-963"/>
        <source>Said by the left person</source>
        <translation>Von der linken Person gesagt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Said by the right person</source>
        <translation>Von der rechten Person gesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
</context>
<context>
    <name>VoiceMessages</name>
    <message>
        <location filename="../../ui/voice.py" line="-219"/>
        <source>I didn&apos;t catch that — hold the key (or the microphone button) while you speak.</source>
        <translation>Das habe ich nicht verstanden — halten Sie beim Sprechen die Taste (oder die Mikrofon-Schaltfläche) gedrückt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording stopped at 2 minutes; Parley is answering what it heard so far.</source>
        <translation>Die Aufnahme wurde nach 2 Minuten beendet; Parley beantwortet, was es bis dahin gehört hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I didn&apos;t catch that: the recording was too short. Hold the key while you speak.</source>
        <translation>Das habe ich nicht verstanden: Die Aufnahme war zu kurz. Halten Sie beim Sprechen die Taste gedrückt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I didn&apos;t catch that: the microphone heard only silence.</source>
        <translation>Das habe ich nicht verstanden: Das Mikrofon hat nur Stille gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I didn&apos;t catch that: no words were recognised.</source>
        <translation>Das habe ich nicht verstanden: Es wurden keine Wörter erkannt.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking for a microphone…</source>
        <translation>Mikrofon wird gesucht…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}: {reason}</source>
        <translation>{title}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do: {action} (File → Settings → Voice).</source>
        <translation>Abhilfe: {action} (Datei → Einstellungen → Stimme).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voice needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2)</source>
        <translation>Die Sprachfunktion benötigt PortAudio, das nicht installiert ist (Debian/Ubuntu: sudo apt install libportaudio2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sound system could not be used ({error})</source>
        <translation>Das Audiosystem konnte nicht verwendet werden ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No microphone was found. Plug one in or allow Parley to use it, then restart Parley</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie eines an oder erlauben Sie Parley, es zu verwenden, und starten Sie Parley dann neu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No speaker or headphones were found. Connect one, then restart Parley</source>
        <translation>Es wurden keine Lautsprecher oder Kopfhörer gefunden. Schließen Sie welche an und starten Sie Parley dann neu</translation>
    </message>
</context>
<context>
    <name>VoiceTurnChart</name>
    <message>
        <location filename="../../ui/bench_dialog.py" line="-349"/>
        <source>No voice figures yet</source>
        <translation>Noch keine Messwerte zu gesprochenen Fragen</translation>
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
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chat, talk and translate with small models that run on this computer. Two quick checks, and you are ready.</source>
        <translation>Chatten, sprechen und übersetzen Sie mit kleinen Modellen, die auf diesem Computer laufen. Zwei kurze Prüfungen, und Sie können loslegen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing you type or say leaves this computer: {app} works offline and sends nothing over the network.</source>
        <translation>Nichts, was Sie eingeben oder sagen, verlässt diesen Computer: {app} arbeitet offline und sendet nichts über das Netzwerk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Get started</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closes this window; it is also in Help → Welcome.</source>
        <translation>Schließt dieses Fenster; es ist auch unter Hilfe → Willkommen zu finden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window and start chatting</source>
        <translation>Dieses Fenster schließen und mit dem Chatten beginnen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+123"/>
        <source>Test microphone</source>
        <translation>Mikrofon testen</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Listens for a few seconds and shows how loud the microphone hears you. Nothing is recorded.</source>
        <translation>Hört einige Sekunden lang zu und zeigt, wie laut das Mikrofon Sie hört. Es wird nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parley can read its answers aloud. Play a short phrase to check your speaker.</source>
        <translation>Parley kann seine Antworten vorlesen. Spielen Sie einen kurzen Satz ab, um Ihren Lautsprecher zu prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+197"/>
        <source>Play test phrase</source>
        <translation>Testsatz abspielen</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Says a short sentence with Parley&apos;s voice through your speaker.</source>
        <translation>Spricht einen kurzen Satz mit der Stimme von Parley über Ihren Lautsprecher.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conversation history</source>
        <translation>Chatverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models you add</source>
        <translation>Von Ihnen hinzugefügte Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where your things are kept</source>
        <translation>Wo Ihre Daten gespeichert werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens {folder} in the file manager</source>
        <translation>Öffnet {folder} im Dateimanager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder: {name}</source>
        <translation>Ordner anzeigen: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Press Test microphone and say a few words: the bar moves when Parley hears you.</source>
        <translation>Klicken Sie auf „Mikrofon testen“ und sagen Sie ein paar Worte: Der Balken bewegt sich, wenn Parley Sie hört.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for a microphone…</source>
        <translation>Mikrofon wird gesucht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} You can still type to Parley, and continue now.</source>
        <translation>{reason} Sie können Parley trotzdem schreiben und jetzt fortfahren.</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+110"/>
        <source>Stop test</source>
        <translation>Test beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening… say something</source>
        <translation>Hört zu… sagen Sie etwas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parley hears you. To talk, hold {key} or the microphone button.</source>
        <translation>Parley hört Sie. Halten Sie zum Sprechen {key} oder die Mikrofon-Schaltfläche gedrückt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only silence. Is the microphone muted? Another one can be chosen in Settings → Voice.</source>
        <translation>Nur Stille. Ist das Mikrofon stummgeschaltet? Unter Einstellungen → Stimme können Sie ein anderes auswählen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parley hears you</source>
        <translation>Parley hört Sie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hello! This is Parley&apos;s voice. If you can hear me, your speaker works.</source>
        <translation>Hallo! Das ist die Stimme von Parley. Wenn Sie mich hören, funktioniert Ihr Lautsprecher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en</source>
        <comment>ISO 639-1 code of the language of this translation</comment>
        <translation>de</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+158"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting the voice ready…</source>
        <translation>Stimme wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking…</source>
        <translation>Spricht…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done. Heard nothing? Check the volume, or choose the speaker in Settings → Voice.</source>
        <translation>Fertig. Nichts gehört? Prüfen Sie die Lautstärke oder wählen Sie den Lautsprecher unter Einstellungen → Stimme.</translation>
    </message>
</context>
</TS>
