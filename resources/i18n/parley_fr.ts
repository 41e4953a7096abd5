<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+35"/>
        <source>Language model</source>
        <translation>Modèle de langage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech recognition</source>
        <translation>Reconnaissance vocale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversations and translation history</source>
        <translation>Discussions et historique des traductions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models you added</source>
        <translation>Modèles que vous avez ajoutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and glossary</source>
        <translation>Paramètres et glossaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caches (assembled built-in models)</source>
        <translation>Caches (modèles intégrés assemblés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A private desktop assistant: chat, push-to-talk voice and translation with small local models. It works without a network; your conversations and the models stay on this computer.&lt;br&gt;&lt;br&gt;{app} is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version ({license}). It comes with no warranty.&lt;br&gt;&lt;br&gt;The libraries and built-in models it ships keep their own licences: see the next two tabs.</source>
        <translation>Un assistant de bureau privé&#xa0;: discussion, voix en appuyant pour parler et traduction, avec de petits modèles locaux. Il fonctionne sans réseau&#xa0;; vos conversations et les modèles restent sur cet ordinateur.&lt;br&gt;&lt;br&gt;{app} est un logiciel libre, distribué sous la licence GNU General Public License, version 3 ou (à votre choix) toute version ultérieure ({license}). Il est fourni sans aucune garantie.&lt;br&gt;&lt;br&gt;Les bibliothèques et les modèles intégrés qu&apos;il contient conservent leurs propres licences&#xa0;: consultez les deux onglets suivants.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GPL-3.0 text</source>
        <translation>Texte de la GPL-3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LGPL-3.0 text (Qt)</source>
        <translation>Texte de la LGPL-3.0 (Qt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemma notice</source>
        <translation>Avis Gemma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens this licence text</source>
        <translation>Ouvre le texte de cette licence</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Component</source>
        <translation>Composant</translation>
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
        <translation>Licence</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Libraries and their licences</source>
        <translation>Bibliothèques et leurs licences</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in models and their licences</source>
        <translation>Modèles intégrés et leurs licences</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Everything {app} keeps is in these folders, on this computer only.</source>
        <translation>Tout ce que {app} conserve se trouve dans ces dossiers, uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder: {folder}</source>
        <translation>Ouvrir le dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows this folder in the file manager</source>
        <translation>Affiche ce dossier dans le gestionnaire de fichiers</translation>
    </message>
</context>
<context>
    <name>BenchDialog</name>
    <message>
        <location filename="../../ui/bench_dialog.py" line="+61"/>
        <source>Loading the models</source>
        <translation>Chargement des modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing spoken questions</source>
        <translation>Chronométrage des questions orales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing the language model</source>
        <translation>Chronométrage du modèle de langage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing the voice</source>
        <translation>Chronométrage de la voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing start-up</source>
        <translation>Chronométrage du démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking that the window stays responsive</source>
        <translation>Vérification de la réactivité de la fenêtre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voice turn: end of speech → first sound</source>
        <translation>Tour vocal&#xa0;: fin de la parole → premier son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcript ready</source>
        <translation>transcription prête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first word of the answer</source>
        <translation>premier mot de la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same questions, one step after another</source>
        <translation>mêmes questions, une étape après l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech-to-text real-time factor</source>
        <translation>Facteur temps réel de la reconnaissance vocale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model: time to first token</source>
        <translation>Modèle de langage&#xa0;: délai du premier token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model: tokens per second</source>
        <translation>Modèle de langage&#xa0;: tokens par seconde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>llama-cpp-python on its own</source>
        <translation>llama-cpp-python seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice: first sentence ready</source>
        <translation>Voix&#xa0;: première phrase prête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice real-time factor</source>
        <translation>Facteur temps réel de la voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window shown after launch</source>
        <translation>Fenêtre affichée après le lancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models ready after launch</source>
        <translation>Modèles prêts après le lancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (window + engine)</source>
        <translation>Mémoire (fenêtre + moteur)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window&apos;s longest pause: loading</source>
        <translation>Plus longue pause de la fenêtre&#xa0;: chargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window&apos;s longest pause: writing</source>
        <translation>Plus longue pause de la fenêtre&#xa0;: rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window&apos;s longest pause: speaking</source>
        <translation>Plus longue pause de la fenêtre&#xa0;: lecture à voix haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window&apos;s longest pause: translating</source>
        <translation>Plus longue pause de la fenêtre : traduction</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Transcript ready</source>
        <translation>Transcription prête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer and first sound</source>
        <translation>Réponse et premier son</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First word of the answer</source>
        <translation>Premier mot de la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First sound</source>
        <translation>Premier son</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>How fast is this computer?</source>
        <translation>Quelle est la vitesse de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Parley times a few spoken questions, the language model, the voice and its own start-up, with the models you use. It takes a few minutes, and Parley is slower while it runs.</source>
        <translation>Parley chronomètre quelques questions orales, le modèle de langage, la voix et son propre démarrage, avec les modèles que vous utilisez. Cela prend quelques minutes, et Parley est plus lent pendant ce temps.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Where the time of a spoken question goes, from the end of speech (medians)</source>
        <translation>Où passe le temps d&apos;une question orale, depuis la fin de la parole (médianes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All figures</source>
        <translation>Toutes les mesures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures everything again</source>
        <translation>Refait toutes les mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the benchmark</source>
        <translation>Arrête le test de performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
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
        <translation>Annulé. Aucune mesure n&apos;a été conservée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benchmark stopped with an error (exit status {code}).</source>
        <translation>Le test de performance s&apos;est arrêté sur une erreur (code de sortie {code}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The benchmark finished but gave no figures.</source>
        <translation>Le test de performance s&apos;est terminé sans fournir de mesures.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The benchmark could not be started ({error}).</source>
        <translation>Le test de performance n&apos;a pas pu être lancé ({error}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{time} elapsed</source>
        <translation>Temps écoulé&#xa0;: {time}</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../ui/controller.py" line="+415"/>
        <source>Deleting your data…</source>
        <translation>Suppression de vos données…</translation>
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
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="-455"/>
        <location line="+89"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+435"/>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Parley is still writing. Press Esc to stop it, then talk.</source>
        <translation>Parley est encore en train d&apos;écrire. Appuyez sur Échap pour l&apos;arrêter, puis parlez.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Ready · {model}</source>
        <translation>Prêt · {model}</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+188"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Model not loaded</source>
        <translation>Modèle non chargé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{title}: {text}</source>
        <translation>{title}&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Voice is not ready. {title}: {text}</source>
        <translation>La voix n&apos;est pas prête. {title}&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking…</source>
        <translation>Lecture à voix haute…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+939"/>
        <source>Message copied</source>
        <translation>Message copié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code copied</source>
        <translation>Code copié</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer.py" line="+182"/>
        <source>Message Parley…</source>
        <translation>Écrire à Parley…</translation>
    </message>
</context>
<context>
    <name>ComposerArea</name>
    <message>
        <location line="-138"/>
        <source>Enter to send · Shift+Enter for a new line · Esc to stop</source>
        <translation>Entrée pour envoyer · Maj+Entrée pour un retour à la ligne · Échap pour arrêter</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Type a message; Enter sends it, Shift+Enter starts a new line, Esc stops an answer</source>
        <translation>Saisissez un message&#xa0;; Entrée l&apos;envoie, Maj+Entrée crée un retour à la ligne, Échap arrête une réponse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Talk</source>
        <translation>Parler</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+132"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+130"/>
        <source>Send (Enter) · new line: Shift+Enter</source>
        <translation>Envoyer (Entrée) · retour à la ligne&#xa0;: Maj+Entrée</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>{hint} · press {key} to talk</source>
        <translation>{hint} · appuyez sur {key} pour parler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hint} · hold {key} to talk</source>
        <translation>{hint} · maintenez {key} pour parler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listening… speak now</source>
        <translation>Écoute… parlez maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message Parley…</source>
        <translation>Écrire à Parley…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>press {key} again to send · Esc to cancel</source>
        <translation>appuyez de nouveau sur {key} pour envoyer · Échap pour annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release {key} to send · Esc to cancel</source>
        <translation>relâchez {key} pour envoyer · Échap pour annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening…</source>
        <translation>Écoute…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking…</source>
        <translation>Lecture à voix haute…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>press {key} or Esc to interrupt</source>
        <translation>appuyez sur {key} ou Échap pour interrompre</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Voice is not available.</source>
        <translation>La voix n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening — press to send</source>
        <translation>Écoute — appuyez pour envoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening — release to send</source>
        <translation>Écoute — relâchez pour envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to interrupt and talk ({key})</source>
        <translation>Appuyez pour interrompre et parler ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to talk ({key})</source>
        <translation>Appuyez pour parler ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold to talk ({key})</source>
        <translation>Maintenez pour parler ({key})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop writing (Esc)</source>
        <translation>Arrêter la rédaction (Échap)</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../ui/sidebar.py" line="+204"/>
        <source>{when} · 1 message</source>
        <translation>{when} · 1 message</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{when} · %n messages</source>
        <translation>
            <numerusform>{when} · %n message</numerusform>
            <numerusform>{when} · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <location filename="../../ui/desktop.py" line="+116"/>
        <source>Parley is still running. Click its icon to open it, or choose Quit in its menu to close it.</source>
        <translation>Parley est toujours en cours d&apos;exécution. Cliquez sur son icône pour l&apos;ouvrir, ou choisissez Quitter dans son menu pour le fermer.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Keys from any application: {mode}. {why}</source>
        <translation>Raccourcis depuis n&apos;importe quelle application&#xa0;: {mode}. {why}</translation>
    </message>
</context>
<context>
    <name>EditBox</name>
    <message>
        <location filename="../../ui/chat_view.py" line="-749"/>
        <source>Sending replaces the answers after this message.</source>
        <translation>L&apos;envoi remplace les réponses qui suivent ce message.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location line="+347"/>
        <source>Explain how a hash map works, with a short Python example</source>
        <translation>Expliquez le fonctionnement d&apos;une table de hachage, avec un court exemple en Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a friendly reminder email about tomorrow&apos;s meeting</source>
        <translation>Rédigez un e-mail de rappel aimable pour la réunion de demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give me three ideas for a quick vegetarian dinner</source>
        <translation>Donnez-moi trois idées de dîner végétarien rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarise the pros and cons of working from home</source>
        <translation>Résumez les avantages et les inconvénients du télétravail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How can I help?</source>
        <translation>Comment puis-je vous aider&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parley runs entirely on this computer. Nothing you type leaves it.</source>
        <translation>Parley fonctionne entièrement sur cet ordinateur. Rien de ce que vous saisissez n&apos;en sort.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asks Parley this question</source>
        <translation>Pose cette question à Parley</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../ui/errors.py" line="+31"/>
        <source>Choose another model</source>
        <translation>Choisir un autre modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new chat</source>
        <translation>Commencer une nouvelle discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sound settings</source>
        <translation>Ouvrir les paramètres du son</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+86"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>The model could not be used</source>
        <translation>Le modèle n&apos;a pas pu être utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model not found</source>
        <translation>Modèle introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a usable model</source>
        <translation>Ce fichier n&apos;est pas un modèle utilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine failed</source>
        <translation>Le moteur a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine stopped unexpectedly</source>
        <translation>Le moteur s&apos;est arrêté de façon inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation is too long for this model</source>
        <translation>La conversation est trop longue pour ce modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound device problem</source>
        <translation>Problème de périphérique audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History could not be saved</source>
        <translation>L&apos;historique n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings could not be read</source>
        <translation>Les paramètres n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download failed</source>
        <translation>Le téléchargement a échoué</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The model file could not be found.</source>
        <translation>Le fichier du modèle est introuvable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a GGUF chat model, or go back to the built-in one.</source>
        <translation>Choisissez un modèle de discussion GGUF, ou revenez au modèle intégré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model could not be loaded.</source>
        <translation>Le modèle n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine stopped while writing this answer. Your conversation is saved, and a fresh engine starts with your next message.</source>
        <translation>Le moteur s&apos;est arrêté pendant la rédaction de cette réponse. Votre conversation est enregistrée, et un nouveau moteur démarrera avec votre prochain message.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a new chat, or give the model a larger context size in Settings.</source>
        <translation>Commencez une nouvelle discussion, ou donnez au modèle une taille de contexte plus grande dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine could not finish this answer.</source>
        <translation>Le moteur n&apos;a pas pu terminer cette réponse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the disk is not full and that Parley may write to its data folder.</source>
        <translation>Vérifiez que le disque n&apos;est pas plein et que Parley peut écrire dans son dossier de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your settings could not be read.</source>
        <translation>Vos paramètres n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone or speaker could not be used.</source>
        <translation>Le microphone ou le haut-parleur n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parley could not finish that.</source>
        <translation>Parley n&apos;a pas pu terminer cette opération.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item no longer exists</source>
        <translation>Cet élément n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was probably deleted a moment ago. The list has been refreshed.</source>
        <translation>Il a probablement été supprimé il y a un instant. La liste a été actualisée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file could not be used</source>
        <translation>Un fichier n&apos;a pas pu être utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system refused the operation.</source>
        <translation>Le système d&apos;exploitation a refusé l&apos;opération.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected problem occurred ({error}). Your conversation is saved.</source>
        <translation>Un problème inattendu est survenu ({error}). Votre conversation est enregistrée.</translation>
    </message>
</context>
<context>
    <name>FullTextDialog</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+398"/>
        <source>Whole message — {count} characters</source>
        <translation>Message entier — {count} caractères</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <location filename="../../ui/global_keys/__init__.py" line="+139"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Push to talk</source>
        <translation>Appuyer pour parler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quick ask</source>
        <translation>Question rapide</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Global keys need a desktop session; this one has none, so they are off. The push-to-talk key still works in Parley&apos;s window.</source>
        <translation>Les raccourcis globaux nécessitent une session de bureau&#xa0;; celle-ci n&apos;en a pas, ils sont donc désactivés. La touche pour parler fonctionne toujours dans la fenêtre de Parley.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the desktop to confirm Parley&apos;s global shortcuts…</source>
        <translation>En attente de la confirmation des raccourcis globaux de Parley par le bureau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No global key is set.</source>
        <translation>Aucun raccourci global n&apos;est défini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desktop passes {keys} to Parley from any application.</source>
        <translation>Le bureau transmet {keys} à Parley depuis n&apos;importe quelle application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parley listens for {keys} on this {desktop} desktop.</source>
        <translation>Parley surveille {keys} sur ce bureau {desktop}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>push-to-talk</source>
        <translation>appuyer pour parler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quick ask</source>
        <translation>question rapide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{key} is already used by another application, so {action} cannot have it: choose another key in Settings, such as {suggestion}.</source>
        <translation>{key} est déjà utilisé par une autre application, donc «&#xa0;{action}&#xa0;» ne peut pas l&apos;utiliser&#xa0;: choisissez une autre touche dans les Paramètres, par exemple {suggestion}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} is set for both push-to-talk and quick ask: give one of them another key.</source>
        <translation>{key} est défini à la fois pour «&#xa0;appuyer pour parler&#xa0;» et pour la question rapide&#xa0;: attribuez une autre touche à l&apos;un des deux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} ({action}) is not a key this desktop can watch: choose another key.</source>
        <translation>{key} ({action}) n&apos;est pas une touche que ce bureau peut surveiller&#xa0;: choisissez une autre touche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{key} ({action}) alone would stop you typing it in other applications: add Ctrl, Alt or Meta.</source>
        <translation>{key} ({action}) seul vous empêcherait de le saisir dans les autres applications&#xa0;: ajoutez Ctrl, Alt ou Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} ({action}) is only a modifier: add a key such as Space.</source>
        <translation>{key} ({action}) n&apos;est qu&apos;un modificateur&#xa0;: ajoutez une touche, par exemple Espace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} ({action}) is several keys in a row: a global key is one key with modifiers.</source>
        <translation>{key} ({action}) est une suite de plusieurs touches&#xa0;: un raccourci global est une seule touche avec des modificateurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{key}” ({action}) is not a key Parley understands.</source>
        <translation>«&#xa0;{key}&#xa0;» ({action}) n&apos;est pas une touche que Parley comprend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bind a shortcut in your desktop&apos;s keyboard settings to the command: {command} (press it once to start talking, and again to stop).</source>
        <translation>Dans les paramètres clavier de votre bureau, associez un raccourci à la commande&#xa0;: {command} (appuyez une fois pour commencer à parler, et une seconde fois pour arrêter).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This Wayland desktop has no global shortcuts portal.</source>
        <translation>Ce bureau Wayland n&apos;a pas de portail de raccourcis globaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This Wayland session has no D-Bus session bus to ask for global shortcuts.</source>
        <translation>Cette session Wayland n&apos;a pas de bus de session D-Bus pour demander des raccourcis globaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop did not allow Parley&apos;s global shortcuts.</source>
        <translation>Le bureau n&apos;a pas autorisé les raccourcis globaux de Parley.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The push-to-talk key still works in Parley&apos;s window.</source>
        <translation>La touche pour parler fonctionne toujours dans la fenêtre de Parley.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global keys on macOS need the Quartz event tap (pyobjc), which this copy of Parley lacks, and Accessibility permission (System Settings → Privacy &amp; Security → Accessibility: add Parley).</source>
        <translation>Sur macOS, les raccourcis globaux nécessitent l&apos;interception d&apos;événements Quartz (pyobjc), absente de cette copie de Parley, ainsi que l&apos;autorisation Accessibilité (Réglages Système → Confidentialité et sécurité → Accessibilité&#xa0;: ajoutez Parley).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macOS has not allowed Parley to see keys pressed in other applications. Open System Settings → Privacy &amp; Security → Accessibility (and Input Monitoring), add Parley and turn it on, then restart Parley.</source>
        <translation>macOS n&apos;a pas autorisé Parley à voir les touches pressées dans les autres applications. Ouvrez Réglages Système → Confidentialité et sécurité → Accessibilité (et Surveillance de l&apos;entrée), ajoutez Parley et activez-le, puis redémarrez Parley.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parley could not connect to the X11 display, so global keys are off.</source>
        <translation>Parley n&apos;a pas pu se connecter à l&apos;affichage X11, les raccourcis globaux sont donc désactivés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop&apos;s global shortcuts portal failed.</source>
        <translation>Le portail de raccourcis globaux du bureau a échoué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global keys are not working ({detail}). Choose the keys again in Settings, or restart Parley.</source>
        <translation>Les raccourcis globaux ne fonctionnent pas ({detail}). Choisissez à nouveau les touches dans les Paramètres, ou redémarrez Parley.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../ui/glossary_dialog.py" line="+35"/>
        <source>Translation glossary</source>
        <translation>Glossaire de traduction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parley follows these in every translation, whatever the languages. Write each term as it appears in the text you translate; case does not matter.</source>
        <translation>Parley respecte ces règles dans chaque traduction, quelles que soient les langues. Écrivez chaque terme tel qu&apos;il apparaît dans le texte à traduire&#xa0;; la casse n&apos;a pas d&apos;importance.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always translate</source>
        <translation>Toujours traduire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Translate as</source>
        <translation>Traduire par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terms and their translations</source>
        <translation>Termes et leurs traductions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each row is a term and how it must always be translated; double-click a cell to edit it</source>
        <translation>Chaque ligne contient un terme et la façon dont il doit toujours être traduit&#xa0;; double-cliquez sur une cellule pour la modifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The term, then how it must be translated</source>
        <translation>Le terme, puis la façon dont il doit être traduit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add term</source>
        <translation>Ajouter un terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add a term</source>
        <translation>Ajouter un terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an empty row to the terms and starts editing it</source>
        <translation>Ajoute une ligne vide aux termes et commence à la modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected term</source>
        <translation>Retirer le terme sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the selected rows from the terms</source>
        <translation>Supprime les lignes sélectionnées des termes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never translate (names, brands)</source>
        <translation>Ne jamais traduire (noms, marques)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms never to translate</source>
        <translation>Termes à ne jamais traduire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names and brands left as they are in every translation; double-click one to edit it</source>
        <translation>Noms et marques laissés tels quels dans chaque traduction&#xa0;; double-cliquez sur l&apos;un d&apos;eux pour le modifier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add name</source>
        <translation>Ajouter un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a name never to translate</source>
        <translation>Ajouter un nom à ne jamais traduire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an empty line to the names and starts editing it</source>
        <translation>Ajoute une ligne vide aux noms et commence à la modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected name</source>
        <translation>Retirer le nom sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the selected name from the list</source>
        <translation>Supprime le nom sélectionné de la liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the glossary and close; the next translations follow it</source>
        <translation>Enregistrer le glossaire et fermer&#xa0;; les prochaines traductions le respecteront</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving the changes</source>
        <translation>Fermer sans enregistrer les modifications</translation>
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
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+2"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="-2"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+3"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="+2"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/translator_view.py" line="-1"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+71"/>
        <location line="+109"/>
        <location line="+364"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+158"/>
        <source>Search all chats</source>
        <translation>Rechercher dans toutes les discussions</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop writing</source>
        <translation>Arrêter la rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate last answer</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last answer</source>
        <translation>Copier la dernière réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename chat</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+356"/>
        <source>Export chat</source>
        <translation>Exporter la discussion</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>Focus the message box</source>
        <translation>Aller à la zone de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate now (Translator)</source>
        <translation>Traduire maintenant (Traducteur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: left / right person talks (hold)</source>
        <translation>Conversation&#xa0;: la personne de gauche / de droite parle (maintenir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>heard in {ms} ms</source>
        <translation>entendu en {ms} ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first word {ms} ms</source>
        <translation>premier mot {ms} ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first sound {ms} ms</source>
        <translation>premier son {ms} ms</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The model that writes the answers</source>
        <translation>Le modèle qui rédige les réponses</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send or stop</source>
        <translation>Envoyer ou arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open GGUF model…</source>
        <translation>&amp;Ouvrir un modèle GGUF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export chat…</source>
        <translation>&amp;Exporter la discussion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Supprimer toutes mes données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete history, settings, glossary, models you added, caches and logs</source>
        <translation>Supprimer l&apos;historique, les paramètres, le glossaire, les modèles que vous avez ajoutés, les caches et les journaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy last answer</source>
        <translation>&amp;Copier la dernière réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search all chats</source>
        <translation>Rec&amp;hercher dans toutes les discussions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename chat</source>
        <translation>&amp;Renommer la discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete chat…</source>
        <translation>&amp;Supprimer la discussion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus &amp;message box</source>
        <translation>Aller à la zone de &amp;message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regenerate last answer</source>
        <translation>&amp;Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Translator</source>
        <translation>&amp;Traducteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Larger text</source>
        <translation>A&amp;grandir le texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default text size</source>
        <translation>Taille du texte par dé&amp;faut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation &amp;glossary…</source>
        <translation>&amp;Glossaire de traduction…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;fast is this computer?…</source>
        <translation>Quelle est la &amp;vitesse de cet ordinateur&#xa0;?…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome and sound check…</source>
        <translation>&amp;Bienvenue et test du son…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Parley ran into an unexpected problem</source>
        <translation>Parley a rencontré un problème inattendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error}

Your conversations are saved. Details were written to the log in {folder}.</source>
        <translation>{error}

Vos conversations sont enregistrées. Les détails ont été écrits dans le journal, dans {folder}.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+266"/>
        <source>Ready</source>
        <translation>Prêt</translation>
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
        <translation>premier token {ms} ms</translation>
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
        <translation>chargé en {s} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parley answered: {text}</source>
        <translation>Réponse de Parley&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{title}: {text}</source>
        <translation>{title}&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}  (file)</source>
        <translation>{name}  (fichier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open GGUF file…</source>
        <translation>Ouvrir un fichier GGUF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage models…</source>
        <translation>Gérer les modèles…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+266"/>
        <source>Model: {name}</source>
        <translation>Modèle&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation model: {name}</source>
        <translation>Modèle de traduction&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loaded {name} in {s} s</source>
        <translation>{name} chargé en {s} s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All your data was deleted ({mb} MB). Parley goes on with default settings.</source>
        <translation>Toutes vos données ont été supprimées ({mb} Mo). Parley continue avec les paramètres par défaut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data was deleted, except files that were in use: {files}. Quit Parley and delete them.</source>
        <translation>Vos données ont été supprimées, sauf les fichiers en cours d&apos;utilisation&#xa0;: {files}. Quittez Parley et supprimez-les.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted {chats} chat(s) and {translations} translation(s) older than 30 days</source>
        <translation>{chats} discussion(s) et {translations} traduction(s) de plus de 30 jours supprimée(s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+4"/>
        <source>Listening…</source>
        <translation>Écoute…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Spoken · {timings}</source>
        <translation>Dicté · {timings}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Translator — {app}</source>
        <translation>Traducteur — {app}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Glossary saved; the next translation follows it</source>
        <translation>Glossaire enregistré&#xa0;; la prochaine traduction le respectera</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this chat</source>
        <translation>cette discussion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete chat?</source>
        <translation>Supprimer la discussion&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” and all its messages will be deleted. This cannot be undone.</source>
        <translation>«&#xa0;{title}&#xa0;» et tous ses messages seront supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Last answer copied</source>
        <translation>Dernière réponse copiée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the model file…</source>
        <translation>Vérification du fichier du modèle…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete all your data?</source>
        <translation>Supprimer toutes vos données&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parley speaks the new language when it starts again. Restart now?</source>
        <translation>Parley utilisera la nouvelle langue à son prochain démarrage. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Talk (press, then press again)</source>
        <translation>Parler (appuyer, puis appuyer de nouveau)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Talk (hold)</source>
        <translation>Parler (maintenir)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <location filename="../../ui/markdown_render.py" line="+148"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>MessageRow</name>
    <message>
        <location filename="../../ui/chat_view.py" line="-928"/>
        <source>Older messages were left out so the conversation fits the model&apos;s memory.</source>
        <translation>Les messages les plus anciens ont été omis pour que la conversation tienne dans la mémoire du modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped — the answer was cut short.</source>
        <translation>Arrêté — la réponse a été interrompue.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parley&apos;s answer</source>
        <translation>Réponse de Parley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of this message; select it to copy part of it</source>
        <translation>Le texte de ce message&#xa0;; sélectionnez-le pour en copier une partie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this message</source>
        <translation>Copier ce message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit this message and send it again</source>
        <translation>Modifier ce message et l&apos;envoyer de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write this answer again (Ctrl+R)</source>
        <translation>Réécrire cette réponse (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show whole message</source>
        <translation>Afficher le message entier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The bubble shows only the beginning</source>
        <translation>La bulle n&apos;affiche que le début</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Thinking {dots}</source>
        <translation>Réflexion {dots}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The answer could not be finished.</source>
        <translation>La réponse n&apos;a pas pu être terminée.</translation>
    </message>
</context>
<context>
    <name>MicWorker</name>
    <message>
        <location filename="../../ui/voice.py" line="+275"/>
        <source>The microphone was not recording.</source>
        <translation>Le microphone n&apos;enregistrait pas.</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <location filename="../../ui/translator_view.py" line="+1138"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat with Parley (Ctrl+Shift+T)</source>
        <translation>Discuter avec Parley (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Chat</source>
        <translation>Afficher la discussion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate text and speech (Ctrl+T)</source>
        <translation>Traduire du texte et de la parole (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Translate</source>
        <translation>Afficher le traducteur</translation>
    </message>
</context>
<context>
    <name>ModelOptionsDialog</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="+339"/>
        <source>Options for {name}</source>
        <translation>Options de {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These settings apply to &lt;b&gt;{name}&lt;/b&gt; only. Where they say “app setting”, the model follows Settings, as every other model does.</source>
        <translation>Ces réglages s&apos;appliquent uniquement à &lt;b&gt;{name}&lt;/b&gt;. Là où il est indiqué «&#xa0;réglage de l&apos;application&#xa0;», le modèle suit les Paramètres, comme tous les autres modèles.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>App setting ({count} tokens)</source>
        <translation>Réglage de l&apos;application ({count} tokens)</translation>
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
        <translation>La part de la conversation que le modèle voit à la fois. Plus elle est grande, plus elle consomme de mémoire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model was trained for {count}.</source>
        <translation>Le modèle a été entraîné pour {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App setting ({threads})</source>
        <translation>Réglage de l&apos;application ({threads})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU threads for this model; this computer has {count} CPUs.</source>
        <translation>Threads CPU pour ce modèle&#xa0;; cet ordinateur possède {count} processeurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All layers</source>
        <translation>Toutes les couches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empty: the template inside the model file is used.</source>
        <translation>Vide&#xa0;: le gabarit inclus dans le fichier du modèle est utilisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Jinja chat template, as in the GGUF&apos;s tokenizer.chat_template.</source>
        <translation>Un gabarit de discussion Jinja, comme le champ tokenizer.chat_template du GGUF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat template</source>
        <translation>Gabarit de discussion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the app-wide prompt is used:
{prompt}</source>
        <translation>Vide&#xa0;: le prompt de l&apos;application est utilisé&#xa0;:
{prompt}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instructions sent first in every conversation with this model; empty uses the app-wide prompt</source>
        <translation>Instructions envoyées en premier dans chaque conversation avec ce modèle&#xa0;; si vide, le prompt de l&apos;application est utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use app settings</source>
        <translation>Utiliser les réglages de l&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this model&apos;s own settings so it follows Settings again</source>
        <translation>Effacer les réglages propres à ce modèle pour qu&apos;il suive de nouveau les Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these options for this model and close</source>
        <translation>Enregistrer ces options pour ce modèle et fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without changing this model&apos;s options</source>
        <translation>Fermer sans modifier les options de ce modèle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking whether llama.cpp can use a GPU here…</source>
        <translation>Vérification de la prise en charge d&apos;un GPU par llama.cpp sur cet ordinateur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers to run on the GPU; more is faster while they fit in its memory.</source>
        <translation>Couches à exécuter sur le GPU&#xa0;; plus il y en a, plus c&apos;est rapide, tant qu&apos;elles tiennent dans sa mémoire.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The chat template has a mistake on line {line}: {message}.</source>
        <translation>Le gabarit de discussion contient une erreur à la ligne {line}&#xa0;: {message}.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location line="-402"/>
        <source>Language models</source>
        <translation>Modèles de langage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Speech to text</source>
        <translation>Reconnaissance vocale</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language model</source>
        <translation>modèle de langage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speech-to-text model</source>
        <translation>modèle de reconnaissance vocale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>voice</source>
        <translation>voix</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>chat</source>
        <translation>discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speech to text</source>
        <translation>reconnaissance vocale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+514"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-513"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+592"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location line="-591"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default for</source>
        <translation>Par défaut pour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This llama.cpp build has no GPU backend, so every layer runs on the CPU.</source>
        <translation>Cette version de llama.cpp n&apos;a pas de backend GPU&#xa0;: toutes les couches s&apos;exécutent donc sur le CPU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built into Parley: it comes with the app and cannot be removed.</source>
        <translation>Intégré à Parley&#xa0;: il est fourni avec l&apos;application et ne peut pas être retiré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
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
        <translation>Nombreuses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{languages} +{more}</source>
        <translation>{languages} +{more}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Needs about {size} of memory.</source>
        <translation>Nécessite environ {size} de mémoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs about {size} of memory; {free} is free now.</source>
        <translation>Nécessite environ {size} de mémoire&#xa0;; mémoire libre actuellement&#xa0;: {free}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title}: {detail}</source>
        <translation>{title}&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{duration} left</source>
        <translation>reste {duration}</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Models on this computer</source>
        <translation>Modèles sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a .gguf model or a Piper voice from a web address</source>
        <translation>Télécharger un modèle .gguf ou une voix Piper depuis une adresse web</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>https://…/model.Q4_K_M.gguf  or  https://…/voice.onnx</source>
        <translation>https://…/model.Q4_K_M.gguf  ou  https://…/voice.onnx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the SHA-256 the publisher gives, to check the file</source>
        <translation>Facultatif&#xa0;: le SHA-256 fourni par l&apos;éditeur, pour vérifier le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the name to list it under</source>
        <translation>Facultatif&#xa0;: le nom sous lequel l&apos;afficher dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start download</source>
        <translation>Lancer le téléchargement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download the model at the address into Parley&apos;s model folder</source>
        <translation>Télécharger le modèle situé à cette adresse dans le dossier des modèles de Parley</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The web address of a .gguf model or a Piper .onnx voice</source>
        <translation>L&apos;adresse web d&apos;un modèle .gguf ou d&apos;une voix Piper .onnx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional checksum; the download is refused if it differs</source>
        <translation>Somme de contrôle facultative&#xa0;; le téléchargement est refusé si elle ne correspond pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional name for the model in Parley&apos;s lists</source>
        <translation>Nom facultatif du modèle dans les listes de Parley</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language models, speech-to-text models and voices on this computer, with their languages, size, memory, licence and what they are the default for; select one to see its details</source>
        <translation>Modèles de langage, modèles de reconnaissance vocale et voix présents sur cet ordinateur, avec leurs langues, leur taille, leur mémoire, leur licence et ce pour quoi ils sont utilisés par défaut&#xa0;; sélectionnez-en un pour voir ses détails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, languages, size, memory, licence, default for</source>
        <translation>Nom, langues, taille, mémoire, licence, par défaut pour</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Estimated memory once loaded, at the context it would use</source>
        <translation>Mémoire estimée une fois chargé, avec le contexte qu&apos;il utiliserait</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder that holds the selected model</source>
        <translation>Ouvrir le dossier qui contient le modèle sélectionné</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set as default for…</source>
        <translation>Définir par défaut pour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the selected model is used for: chat, translation, speech to text or voice</source>
        <translation>Choisir à quoi sert le modèle sélectionné&#xa0;: discussion, traduction, reconnaissance vocale ou voix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options…</source>
        <translation>Options…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context size, threads, GPU layers, chat template and system prompt of the selected model</source>
        <translation>Taille du contexte, threads, couches GPU, gabarit de discussion et prompt système du modèle sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected model from Parley, after asking</source>
        <translation>Retire le modèle sélectionné de Parley, après confirmation</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+442"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>Pause the download, resume it, or try it again after a failure</source>
        <translation>Suspendre le téléchargement, le reprendre ou le relancer après un échec</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop adding or downloading; nothing is kept</source>
        <translation>Arrêter l&apos;ajout ou le téléchargement&#xa0;; rien n&apos;est conservé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close the window; an add or download goes on</source>
        <translation>Fermer la fenêtre&#xa0;; un ajout ou un téléchargement en cours se poursuit</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{name}   (added)</source>
        <translation>{name}   (ajouté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}   (damaged)</source>
        <translation>{name}   (endommagé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>~{size}</source>
        <translation>~{size}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No model selected</source>
        <translation>Aucun modèle sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a model in the list to see where it is and what it needs.</source>
        <translation>Choisissez un modèle dans la liste pour voir où il se trouve et ce dont il a besoin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened from disk</source>
        <translation>ouvert depuis le disque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind} · {source} · default for {roles}</source>
        <translation>{kind} · {source} · par défaut pour {roles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · {source}</source>
        <translation>{kind} · {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trained for {count} tokens</source>
        <translation>entraîné pour {count} tokens</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{role} (already)</source>
        <translation>{role} (déjà)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model cannot be used: see why above.</source>
        <translation>Ce modèle ne peut pas être utilisé&#xa0;: voir la raison ci-dessus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context, threads, GPU layers, chat template and system prompt for this model</source>
        <translation>Contexte, threads, couches GPU, gabarit de discussion et prompt système de ce modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only language models have options of their own.</source>
        <translation>Seuls les modèles de langage ont leurs propres options.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget this file (it stays on disk)</source>
        <translation>Oublier ce fichier (il reste sur le disque)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this model</source>
        <translation>Supprimer ce modèle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About {size} once loaded; checking the free memory…</source>
        <translation>Environ {size} une fois chargé&#xa0;; vérification de la mémoire libre…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About {size} once loaded.</source>
        <translation>Environ {size} une fois chargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown until it is first used.</source>
        <translation>Inconnu jusqu&apos;à sa première utilisation.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>App settings ({count}-token context).</source>
        <translation>Réglages de l&apos;application (contexte de {count} tokens).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count}-token context</source>
        <translation>contexte de {count} tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} threads</source>
        <translation>{count} threads</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all layers on the GPU</source>
        <translation>toutes les couches sur le GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} layers on the GPU</source>
        <translation>{count} couches sur le GPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its own chat template</source>
        <translation>son propre gabarit de discussion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its own system prompt</source>
        <translation>son propre prompt système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own settings: {options}.</source>
        <translation>Réglages propres&#xa0;: {options}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a model file</source>
        <translation>Ajouter un fichier de modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models (*.gguf *.onnx);;Language models (*.gguf);;Piper voices (*.onnx);;All files (*)</source>
        <translation>Modèles (*.gguf *.onnx);;Modèles de langage (*.gguf);;Voix Piper (*.onnx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a faster-whisper model folder</source>
        <translation>Ajouter un dossier de modèle faster-whisper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {file} to Parley as:</source>
        <translation>Ajouter {file} à Parley en tant que&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Parley will forget “{name}”. The file itself stays where it is:
{path}</source>
        <translation>Parley va oublier «&#xa0;{name}&#xa0;». Le fichier lui-même reste à son emplacement&#xa0;:
{path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” ({size}) will be deleted from Parley&apos;s model folder. This cannot be undone.</source>
        <translation>«&#xa0;{name}&#xa0;» ({size}) sera supprimé du dossier des modèles de Parley. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is the default for {roles}; the built-in model takes over.</source>
        <translation>C&apos;est le modèle par défaut pour&#xa0;: {roles}&#xa0;; le modèle intégré prendra le relais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {name}?</source>
        <translation>Retirer {name}&#xa0;?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking and copying {file}…</source>
        <translation>Vérification et copie de {file}…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The SHA-256 checksum should be 64 hexadecimal characters (0-9, a-f).</source>
        <translation>La somme de contrôle SHA-256 doit comporter 64 caractères hexadécimaux (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloading {name}…</source>
        <translation>Téléchargement de {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pausing {name}…</source>
        <translation>Suspension de {name}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Options saved for {name}; they apply from its next answer.</source>
        <translation>Options enregistrées pour {name}&#xa0;; elles s&apos;appliquent dès sa prochaine réponse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wait for the current add or download to finish.</source>
        <translation>Attendez la fin de l&apos;ajout ou du téléchargement en cours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy in a .gguf language model or a Piper voice (.onnx with its .onnx.json)</source>
        <translation>Copier un modèle de langage .gguf ou une voix Piper (.onnx avec son .onnx.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy in a faster-whisper speech-to-text model folder</source>
        <translation>Copier un dossier de modèle de reconnaissance vocale faster-whisper</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Adding was cancelled; nothing was added.</source>
        <translation>L&apos;ajout a été annulé&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Téléchargement annulé&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{file} was not added. {reason}</source>
        <translation>{file} n&apos;a pas été ajouté. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paused: {done} so far. Resume continues from there.</source>
        <translation>Suspendu&#xa0;: {done} jusqu&apos;ici. «&#xa0;Reprendre&#xa0;» continue à partir de là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The download stopped. {reason}</source>
        <translation>Le téléchargement s&apos;est arrêté. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloaded and added {name} ({kind}, {size}). Use “Set as default for…” to use it for {roles}.</source>
        <translation>{name} téléchargé et ajouté ({kind}, {size}). Utilisez «&#xa0;Définir par défaut pour…&#xa0;» pour l&apos;utiliser pour&#xa0;: {roles}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added {name} ({kind}, {size}). Use “Set as default for…” to use it for {roles}.</source>
        <translation>{name} ajouté ({kind}, {size}). Utilisez «&#xa0;Définir par défaut pour…&#xa0;» pour l&apos;utiliser pour&#xa0;: {roles}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The models could not be listed. {reason}</source>
        <translation>Les modèles n&apos;ont pas pu être listés. {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} was not made the default. {reason}</source>
        <translation>{name} n&apos;a pas été défini par défaut. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is now the {role} model. {advice} You can still use it.</source>
        <translation>{name} est désormais le modèle de {role}. {advice} Vous pouvez quand même l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is now the {role} model.</source>
        <translation>{name} est désormais le modèle de {role}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} was not removed. {reason}</source>
        <translation>{name} n&apos;a pas été retiré. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {name}.</source>
        <translation>{name} retiré.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Paste the web address of a .gguf model or a Piper .onnx voice first.</source>
        <translation>Collez d&apos;abord l&apos;adresse web d&apos;un modèle .gguf ou d&apos;une voix Piper .onnx.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="-997"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>QuickAskPopup</name>
    <message>
        <location filename="../../ui/quick_ask.py" line="+261"/>
        <source>Ask Parley</source>
        <translation>Demander à Parley</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+490"/>
        <source>Ask Parley anything…</source>
        <translation>Posez n&apos;importe quelle question à Parley…</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a question and press Enter. Shift+Enter starts a new line; Esc closes this box.</source>
        <translation>Saisissez une question et appuyez sur Entrée. Maj+Entrée crée un retour à la ligne&#xa0;; Échap ferme cette fenêtre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Talk</source>
        <translation>Parler</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+457"/>
        <location line="+1"/>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <location line="-448"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parley&apos;s answer. It is also kept in your chats.</source>
        <translation>La réponse de Parley. Elle est aussi conservée dans vos discussions.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Microphone level</source>
        <translation>Niveau du microphone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the answer</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the answer on the clipboard (or press Enter).</source>
        <translation>Place la réponse dans le presse-papiers (ou appuyez sur Entrée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the answer (Enter)</source>
        <translation>Copier la réponse (Entrée)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Still answering your last question. Wait for it, or press Stop, then press Enter again.</source>
        <translation>Réponse à votre dernière question en cours. Attendez-la, ou appuyez sur Arrêter, puis appuyez de nouveau sur Entrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parley is still writing another answer. Wait for it to finish (or stop it in the main window), then press Enter again.</source>
        <translation>Parley est encore en train d&apos;écrire une autre réponse. Attendez qu&apos;elle soit terminée (ou arrêtez-la dans la fenêtre principale), puis appuyez de nouveau sur Entrée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Listening… press {key} again to ask · Esc to cancel</source>
        <translation>Écoute… appuyez de nouveau sur {key} pour demander · Échap pour annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening… release {key} to ask · Esc to cancel</source>
        <translation>Écoute… relâchez {key} pour demander · Échap pour annuler</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The answer is ready. Press Enter to copy it.</source>
        <translation>La réponse est prête. Appuyez sur Entrée pour la copier.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+56"/>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the answer (it is kept, cut short, in your chats)</source>
        <translation>Arrêter la réponse (elle est conservée, interrompue, dans vos discussions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the question (Enter) in a new chat</source>
        <translation>Poser la question (Entrée) dans une nouvelle discussion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listening… speak now</source>
        <translation>Écoute… parlez maintenant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing… Esc hides this box; the answer is kept in your chats</source>
        <translation>Rédaction… Échap masque cette fenêtre&#xa0;; la réponse est conservée dans vos discussions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking… Stop ends it · Enter copies the answer</source>
        <translation>Lecture à voix haute… Arrêter y met fin · Entrée copie la réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter copies the answer · type a new question to ask again · Esc to close</source>
        <translation>Entrée copie la réponse · saisissez une nouvelle question pour redemander · Échap pour fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter to ask · Shift+Enter for a new line · press {key} to talk · Esc to close</source>
        <translation>Entrée pour demander · Maj+Entrée pour un retour à la ligne · appuyez sur {key} pour parler · Échap pour fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter to ask · Shift+Enter for a new line · hold {key} to talk · Esc to close</source>
        <translation>Entrée pour demander · Maj+Entrée pour un retour à la ligne · maintenez {key} pour parler · Échap pour fermer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voice is not available.</source>
        <translation>La voix n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening — release to ask</source>
        <translation>Écoute — relâchez pour demander</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to say your question ({key})</source>
        <translation>Appuyez pour dire votre question ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold to say your question ({key})</source>
        <translation>Maintenez pour dire votre question ({key})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="-16"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep history until I delete it</source>
        <translation>Conserver l&apos;historique jusqu&apos;à ce que je le supprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete chats and translations after 30 days</source>
        <translation>Supprimer les discussions et les traductions après 30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t keep history (deleted when Parley quits)</source>
        <translation>Ne pas conserver l&apos;historique (supprimé à la fermeture de Parley)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} (not found)</source>
        <translation>{value} (introuvable)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent first in every conversation; never dropped when the context fills.</source>
        <translation>Envoyé en premier dans chaque conversation&#xa0;; jamais retiré quand le contexte est plein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 gives the same answer every time; higher is more varied.</source>
        <translation>0 donne la même réponse à chaque fois&#xa0;; une valeur plus élevée donne des réponses plus variées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most the model writes in one reply; a longer answer stops there.</source>
        <translation>Le maximum que le modèle écrit en une réponse&#xa0;; une réponse plus longue s&apos;arrête là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest reply</source>
        <translation>Longueur maximale de réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the model sees at once (prompt plus reply). Larger uses more memory.</source>
        <translation>Ce que le modèle voit à la fois (prompt et réponse). Une valeur plus grande consomme plus de mémoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context size</source>
        <translation>Taille du contexte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many processor cores the model uses; Automatic chooses for this computer.</source>
        <translation>Nombre de cœurs de processeur utilisés par le modèle&#xa0;; Automatique choisit selon cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Chats and translations stay on this computer either way. After 30 days: deleted once not used for 30 days (checked at start-up and daily). Don&apos;t keep: deleted when Parley quits.</source>
        <translation>Dans tous les cas, les discussions et les traductions restent sur cet ordinateur. Après 30 jours&#xa0;: supprimées après 30 jours sans utilisation (vérifié au démarrage et chaque jour). Ne pas conserver&#xa0;: supprimées à la fermeture de Parley.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model changes take effect with the next message.</source>
        <translation>Les changements de modèle prennent effet au prochain message.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save these settings and close the window</source>
        <translation>Enregistrer ces paramètres et fermer la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving; a theme being tried is undone</source>
        <translation>Fermer sans enregistrer&#xa0;; un thème en cours d&apos;essai est annulé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The microphone Parley listens to</source>
        <translation>Le microphone qu&apos;écoute Parley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where Parley plays what it says aloud</source>
        <translation>Où Parley diffuse ce qu&apos;il dit à voix haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (fast English model, or multilingual)</source>
        <translation>Automatique (modèle anglais rapide, ou multilingue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Whisper model that turns your speech into text.</source>
        <translation>Le modèle Whisper qui transforme votre parole en texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech recognition</source>
        <translation>Reconnaissance vocale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language code “{value}”</source>
        <translation>Code de langue «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection and languages other than English use the multilingual model.</source>
        <translation>La détection et les langues autres que l&apos;anglais utilisent le modèle multilingue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language you speak</source>
        <translation>Langue que vous parlez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default voice</source>
        <translation>Voix par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice that reads replies aloud</source>
        <translation>La voix qui lit les réponses à voix haute</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1.0 is the voice&apos;s natural pace; 1.2 is 20 % faster.</source>
        <translation>1,0 correspond au débit naturel de la voix&#xa0;; 1,2 est 20 % plus rapide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking rate</source>
        <translation>Débit de parole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click, then press the key combination you want. Empty means Ctrl+Space.</source>
        <translation>Cliquez, puis appuyez sur la combinaison de touches souhaitée. Vide signifie Ctrl+Espace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the push-to-talk key</source>
        <translation>Effacer la touche pour parler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empties the field; Ctrl+Space is used then</source>
        <translation>Vide le champ&#xa0;; Ctrl+Espace est alors utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push-to-talk key</source>
        <translation>Touche pour parler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press once to start and again to stop (no holding)</source>
        <translation>Appuyer une fois pour commencer et une seconde fois pour arrêter (sans maintenir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When on, the push-to-talk key starts listening on one press and stops on the next</source>
        <translation>Si activé, la touche pour parler lance l&apos;écoute au premier appui et l&apos;arrête au suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the microphone open so the first word is never cut</source>
        <translation>Garder le microphone ouvert pour ne jamais couper le premier mot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 0.3 s before the key press is kept in memory, never on disk.</source>
        <translation>Environ 0,3 s avant l&apos;appui sur la touche est conservé en mémoire, jamais sur le disque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for sound devices…</source>
        <translation>Recherche des périphériques audio…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Light or dark colours, the same as the system, or high contrast (white and yellow on black)</source>
        <translation>Couleurs claires ou sombres, identiques au système, ou contraste élevé (blanc et jaune sur noir)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size of all text in Parley, in points; also View → Larger text (Ctrl++) and Smaller text (Ctrl+-)</source>
        <translation>La taille de tout le texte de Parley, en points&#xa0;; également Affichage → Agrandir le texte (Ctrl++) et Réduire le texte (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language of Parley&apos;s menus and windows; it changes when Parley starts again</source>
        <translation>La langue des menus et des fenêtres de Parley&#xa0;; elle change au prochain démarrage de Parley</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Parley in the system tray</source>
        <translation>Afficher Parley dans la zone de notification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An icon with Open, New chat, Talk, Translator, Quick ask and Quit, where the desktop has a tray</source>
        <translation>Une icône avec Ouvrir, Nouvelle discussion, Parler, Traducteur, Question rapide et Quitter, si le bureau a une zone de notification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing the window keeps Parley in the tray</source>
        <translation>Fermer la fenêtre laisse Parley actif dans la zone de notification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When on, the window&apos;s close button hides it; Quit in the File or tray menu ends Parley</source>
        <translation>Si activé, le bouton de fermeture masque la fenêtre&#xa0;; Quitter, dans le menu Fichier ou celui de la zone de notification, arrête Parley</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Push-to-talk from any application: hold it (or press twice, as set on the Voice page)</source>
        <translation>Appuyer pour parler depuis n&apos;importe quelle application&#xa0;: maintenez la touche (ou appuyez deux fois, selon le réglage de la page Voix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the global push-to-talk key</source>
        <translation>Effacer la touche globale pour parler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk from anywhere</source>
        <translation>Parler depuis n&apos;importe où</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the quick-ask box over any application</source>
        <translation>Ouvre la fenêtre de question rapide par-dessus n&apos;importe quelle application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the quick-ask key</source>
        <translation>Effacer la touche de question rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick ask from anywhere</source>
        <translation>Question rapide depuis n&apos;importe où</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new interface language is used when Parley starts again.</source>
        <translation>Une nouvelle langue d&apos;interface s&apos;applique au prochain démarrage de Parley.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click, then press the key combination you want. Empty turns it off.</source>
        <translation>Cliquez, puis appuyez sur la combinaison de touches souhaitée. Vide la désactive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empties the field, which turns this key off</source>
        <translation>Vide le champ, ce qui désactive cette touche</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>System default ({device})</source>
        <translation>Valeur par défaut du système ({device})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voice needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2).</source>
        <translation>La voix nécessite PortAudio, qui n&apos;est pas installé (Debian/Ubuntu&#xa0;: sudo apt install libportaudio2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sound system could not be used: {error}</source>
        <translation>Le système audio n&apos;a pas pu être utilisé&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No microphone was found. Plug one in, then restart Parley.</source>
        <translation>Aucun microphone n&apos;a été trouvé. Branchez-en un, puis redémarrez Parley.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{inputs} microphone(s) and {outputs} speaker(s) found.</source>
        <translation>{inputs} microphone(s) et {outputs} haut-parleur(s) trouvé(s).</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="-212"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>+  New chat</source>
        <translation>+  Nouvelle discussion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle discussion (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search all chats  (Ctrl+K)</source>
        <translation>Rechercher dans les discussions  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+117"/>
        <source>CHATS</source>
        <translation>DISCUSSIONS</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Your chats, newest first; Enter opens one, F2 renames it, Delete deletes it</source>
        <translation>Vos discussions, les plus récentes en premier&#xa0;; Entrée en ouvre une, F2 la renomme, Suppr la supprime</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No messages match.</source>
        <translation>Aucun message ne correspond.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History is not kept: chats and translations are deleted when Parley quits.</source>
        <translation>L&apos;historique n&apos;est pas conservé&#xa0;: les discussions et les traductions sont supprimées à la fermeture de Parley.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change it in Settings → History.</source>
        <translation>Modifiez ce réglage dans Paramètres → Historique.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>1 RESULT</source>
        <translation>1 RÉSULTAT</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n RESULTS</source>
        <translation>
            <numerusform>%n RÉSULTAT</numerusform>
            <numerusform>%n RÉSULTATS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslatorView</name>
    <message>
        <location filename="../../ui/translator_view.py" line="-936"/>
        <source>Detect language</source>
        <translation>Détecter la langue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Swap the languages and the texts</source>
        <translation>Inverser les langues et les textes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two people, two languages: each speaks in turn and hears the other in their own language</source>
        <translation>Deux personnes, deux langues&#xa0;: chacune parle à son tour et entend l&apos;autre dans sa propre langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glossary…</source>
        <translation>Glossaire…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terms that must always be translated one way, and names never to translate</source>
        <translation>Termes à toujours traduire de la même façon, et noms à ne jamais traduire</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listening…</source>
        <translation>Écoute…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>HISTORY</source>
        <translation>HISTORIQUE</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+248"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Delete the selected translation (Delete)</source>
        <translation>Supprimer la traduction sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all…</source>
        <translation>Tout effacer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete every saved translation</source>
        <translation>Supprimer toutes les traductions enregistrées</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+24"/>
        <source>Delete translation</source>
        <translation>Supprimer la traduction</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Translations you keep appear here. Click one to bring it back.</source>
        <translation>Les traductions que vous conservez apparaissent ici. Cliquez sur l&apos;une d&apos;elles pour l&apos;afficher de nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translate from</source>
        <translation>Traduire depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap languages</source>
        <translation>Inverser les langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into</source>
        <translation>Traduire vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to translate</source>
        <translation>Texte à traduire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate now</source>
        <translation>Traduire maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <location line="+11"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Copy translation</source>
        <translation>Copier la traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak translation</source>
        <translation>Lire la traduction à voix haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak into the source</source>
        <translation>Dicter le texte source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation mode</source>
        <translation>Mode conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation history</source>
        <translation>Historique des traductions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear translation history</source>
        <translation>Effacer l&apos;historique des traductions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left person speaks</source>
        <translation>La personne de gauche parle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right person speaks</source>
        <translation>La personne de droite parle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation transcript</source>
        <translation>Transcription de la conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator message</source>
        <translation>Message du traducteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the text to translate, or detect it from the text</source>
        <translation>La langue du texte à traduire, ou sa détection à partir du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language to translate into</source>
        <translation>La langue vers laquelle traduire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type or paste the text to translate; it is translated when you pause. Ctrl+Enter translates at once and keeps it in the history.</source>
        <translation>Saisissez ou collez le texte à traduire&#xa0;; il est traduit dès que vous marquez une pause. Ctrl+Entrée le traduit immédiatement et le conserve dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation of the text, read-only; select part of it to copy it</source>
        <translation>La traduction du texte, en lecture seule&#xa0;; sélectionnez-en une partie pour la copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved translations, newest first; choose one to show it again</source>
        <translation>Traductions enregistrées, les plus récentes en premier&#xa0;; choisissez-en une pour l&apos;afficher de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each person said and its translation, in two columns</source>
        <translation>Ce que chaque personne a dit et sa traduction, sur deux colonnes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type or paste text, or hold the microphone and speak</source>
        <translation>Saisissez ou collez du texte, ou maintenez le microphone et parlez</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translate now and keep it in the history (Ctrl+Enter)</source>
        <translation>Traduire maintenant et conserver dans l&apos;historique (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the translation</source>
        <translation>Copier la traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+335"/>
        <source>Speak</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="-332"/>
        <location line="+334"/>
        <source>Say the translation aloud</source>
        <translation>Dire la traduction à voix haute</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Each person holds their button (or key) while speaking. Parley writes down what was said, translates it for the other person and says it aloud.</source>
        <translation>Chaque personne maintient son bouton (ou sa touche) pendant qu&apos;elle parle. Parley transcrit ce qui a été dit, le traduit pour l&apos;autre personne et le dit à voix haute.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Detected: {language}</source>
        <translation>Langue détectée&#xa0;: {language}</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Translating…</source>
        <translation>Traduction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking…</source>
        <translation>Lecture à voix haute…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop speaking (Esc)</source>
        <translation>Arrêter la lecture (Échap)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{title}: {text}</source>
        <translation>{title}&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not translated)</source>
        <translation>(non traduit)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Translation copied</source>
        <translation>Traduction copiée</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Clear translation history?</source>
        <translation>Effacer l&apos;historique des traductions&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n saved translation(s) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%n traduction enregistrée sera supprimée. Cette action est irréversible.</numerusform>
            <numerusform>Les %n traductions enregistrées seront supprimées. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hold a button (or its key) while you speak, or click once to start and again to stop.</source>
        <translation>Maintenez un bouton (ou sa touche) pendant que vous parlez, ou cliquez une fois pour commencer et une seconde fois pour arrêter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speak {language}</source>
        <translation>Parler&#xa0;: {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}   ·   {key}</source>
        <translation>{label}   ·   {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language}: hold while speaking (or hold {key}); the translation is said in {other}</source>
        <translation>{language}&#xa0;: maintenez pendant que vous parlez (ou maintenez {key})&#xa0;; la traduction est dite dans l&apos;autre langue ({other})</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Listening… ({language})</source>
        <translation>Écoute… ({language})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any language</source>
        <translation>toutes langues</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hold to speak in the source language (or hold the talk key); click to start, click again to stop</source>
        <translation>Maintenez pour parler dans la langue source (ou maintenez la touche pour parler)&#xa0;; cliquez pour commencer, cliquez de nouveau pour arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice is not available.</source>
        <translation>La voix n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../ui/tray.py" line="+41"/>
        <source>Parley menu</source>
        <translation>Menu de Parley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Parley</source>
        <translation>&amp;Ouvrir Parley</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>&amp;Talk</source>
        <translation>&amp;Parler</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>T&amp;ranslator</source>
        <translation>&amp;Traducteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick ask…</source>
        <translation>Question &amp;rapide…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stop and &amp;send</source>
        <translation>Arrêter et &amp;envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop listening and answer what was said</source>
        <translation>Arrêter l&apos;écoute et répondre à ce qui a été dit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start listening; choose again to stop and get the answer</source>
        <translation>Lancer l&apos;écoute&#xa0;; choisissez de nouveau pour arrêter et obtenir la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} — listening…</source>
        <translation>{app} — écoute…</translation>
    </message>
</context>
<context>
    <name>TurnRow</name>
    <message>
        <location filename="../../ui/translator_view.py" line="-963"/>
        <source>Said by the left person</source>
        <translation>Dit par la personne de gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Said by the right person</source>
        <translation>Dit par la personne de droite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
</context>
<context>
    <name>VoiceMessages</name>
    <message>
        <location filename="../../ui/voice.py" line="-219"/>
        <source>I didn&apos;t catch that — hold the key (or the microphone button) while you speak.</source>
        <translation>Je n&apos;ai pas compris — maintenez la touche (ou le bouton du microphone) pendant que vous parlez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording stopped at 2 minutes; Parley is answering what it heard so far.</source>
        <translation>Enregistrement arrêté à 2 minutes&#xa0;; Parley répond à ce qu&apos;il a entendu jusqu&apos;ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I didn&apos;t catch that: the recording was too short. Hold the key while you speak.</source>
        <translation>Je n&apos;ai pas compris&#xa0;: l&apos;enregistrement était trop court. Maintenez la touche pendant que vous parlez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I didn&apos;t catch that: the microphone heard only silence.</source>
        <translation>Je n&apos;ai pas compris&#xa0;: le microphone n&apos;a capté que du silence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I didn&apos;t catch that: no words were recognised.</source>
        <translation>Je n&apos;ai pas compris&#xa0;: aucun mot n&apos;a été reconnu.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking for a microphone…</source>
        <translation>Recherche d&apos;un microphone…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}: {reason}</source>
        <translation>{title}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do: {action} (File → Settings → Voice).</source>
        <translation>Que faire&#xa0;: {action} (Fichier → Paramètres → Voix).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voice needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2)</source>
        <translation>La voix nécessite PortAudio, qui n&apos;est pas installé (Debian/Ubuntu&#xa0;: sudo apt install libportaudio2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sound system could not be used ({error})</source>
        <translation>Le système audio n&apos;a pas pu être utilisé ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No microphone was found. Plug one in or allow Parley to use it, then restart Parley</source>
        <translation>Aucun microphone n&apos;a été trouvé. Branchez-en un ou autorisez Parley à l&apos;utiliser, puis redémarrez Parley</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No speaker or headphones were found. Connect one, then restart Parley</source>
        <translation>Aucun haut-parleur ni casque n&apos;a été trouvé. Branchez-en un, puis redémarrez Parley</translation>
    </message>
</context>
<context>
    <name>VoiceTurnChart</name>
    <message>
        <location filename="../../ui/bench_dialog.py" line="-349"/>
        <source>No voice figures yet</source>
        <translation>Pas encore de mesures vocales</translation>
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
        <translation>Bienvenue dans {app}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chat, talk and translate with small models that run on this computer. Two quick checks, and you are ready.</source>
        <translation>Discutez, parlez et traduisez avec de petits modèles qui fonctionnent sur cet ordinateur. Deux vérifications rapides, et tout est prêt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing you type or say leaves this computer: {app} works offline and sends nothing over the network.</source>
        <translation>Rien de ce que vous saisissez ou dites ne quitte cet ordinateur&#xa0;: {app} fonctionne hors ligne et n&apos;envoie rien sur le réseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Get started</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closes this window; it is also in Help → Welcome.</source>
        <translation>Ferme cette fenêtre&#xa0;; elle est aussi accessible via Aide → Bienvenue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window and start chatting</source>
        <translation>Fermer cette fenêtre et commencer à discuter</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+123"/>
        <source>Test microphone</source>
        <translation>Tester le microphone</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Listens for a few seconds and shows how loud the microphone hears you. Nothing is recorded.</source>
        <translation>Écoute pendant quelques secondes et indique à quel volume le microphone vous entend. Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Microphone level</source>
        <translation>Niveau du microphone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parley can read its answers aloud. Play a short phrase to check your speaker.</source>
        <translation>Parley peut lire ses réponses à voix haute. Écoutez une courte phrase pour vérifier votre haut-parleur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+197"/>
        <source>Play test phrase</source>
        <translation>Lire la phrase de test</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Says a short sentence with Parley&apos;s voice through your speaker.</source>
        <translation>Dit une courte phrase avec la voix de Parley dans votre haut-parleur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conversation history</source>
        <translation>Historique des discussions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models you add</source>
        <translation>Modèles que vous ajoutez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where your things are kept</source>
        <translation>Où sont conservées vos données</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens {folder} in the file manager</source>
        <translation>Ouvre {folder} dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder: {name}</source>
        <translation>Afficher le dossier&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Press Test microphone and say a few words: the bar moves when Parley hears you.</source>
        <translation>Appuyez sur Tester le microphone et dites quelques mots&#xa0;: la barre bouge quand Parley vous entend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for a microphone…</source>
        <translation>Recherche d&apos;un microphone…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} You can still type to Parley, and continue now.</source>
        <translation>{reason} Vous pouvez quand même écrire à Parley, et continuer dès maintenant.</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+110"/>
        <source>Stop test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening… say something</source>
        <translation>Écoute… dites quelque chose</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parley hears you. To talk, hold {key} or the microphone button.</source>
        <translation>Parley vous entend. Pour parler, maintenez {key} ou le bouton du microphone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only silence. Is the microphone muted? Another one can be chosen in Settings → Voice.</source>
        <translation>Seulement du silence. Le microphone est-il coupé&#xa0;? Vous pouvez en choisir un autre dans Paramètres → Voix.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parley hears you</source>
        <translation>Parley vous entend</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hello! This is Parley&apos;s voice. If you can hear me, your speaker works.</source>
        <translation>Bonjour&#xa0;! Voici la voix de Parley. Si vous m&apos;entendez, votre haut-parleur fonctionne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en</source>
        <comment>ISO 639-1 code of the language of this translation</comment>
        <translation>fr</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+158"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting the voice ready…</source>
        <translation>Préparation de la voix…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking…</source>
        <translation>Lecture à voix haute…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done. Heard nothing? Check the volume, or choose the speaker in Settings → Voice.</source>
        <translation>Terminé. Vous n&apos;avez rien entendu&#xa0;? Vérifiez le volume, ou choisissez le haut-parleur dans Paramètres → Voix.</translation>
    </message>
</context>
</TS>
