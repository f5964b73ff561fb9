<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message numerus="yes">
        <source>Move %Ln posts</source>
        <translation>
            <numerusform>spostamento del post</numerusform>
            <numerusform>spostamento di %Ln post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln posts to ideas</source>
        <translation>
            <numerusform>spostamento del post tra le idee</numerusform>
            <numerusform>spostamento di %Ln post tra le idee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %Ln posts</source>
        <translation>
            <numerusform>copia del post</numerusform>
            <numerusform>copia di %Ln post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln posts</source>
        <translation>
            <numerusform>duplicazione del post</numerusform>
            <numerusform>duplicazione di %Ln post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln posts</source>
        <translation>
            <numerusform>eliminazione del post</numerusform>
            <numerusform>eliminazione di %Ln post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln posts</source>
        <translation>
            <numerusform>importazione del post</numerusform>
            <numerusform>importazione di %Ln post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the type of %Ln posts</source>
        <translation>
            <numerusform>cambio del tipo del post</numerusform>
            <numerusform>cambio del tipo di %Ln post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the channel of %Ln posts</source>
        <translation>
            <numerusform>cambio del canale del post</numerusform>
            <numerusform>cambio del canale di %Ln post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln posts</source>
        <translation>
            <numerusform>cambio dello stato del post</numerusform>
            <numerusform>cambio dello stato di %Ln post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate a week (%Ln posts)</source>
        <translation>
            <numerusform>duplicazione della settimana (1 post)</numerusform>
            <numerusform>duplicazione della settimana (%Ln post)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln dates</source>
        <translation>
            <numerusform>rimozione della data</numerusform>
            <numerusform>rimozione di %Ln date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln posts for review</source>
        <translation>
            <numerusform>invio del post per approvazione</numerusform>
            <numerusform>invio di %Ln post per approvazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln client answers</source>
        <translation>
            <numerusform>lettura della risposta del cliente</numerusform>
            <numerusform>lettura di %Ln risposte del cliente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln posts published</source>
        <translation>
            <numerusform>post segnato come pubblicato</numerusform>
            <numerusform>%Ln post segnati come pubblicati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln posts</source>
        <translation>
            <numerusform>incolla del post</numerusform>
            <numerusform>incolla di %Ln post</numerusform>
        </translation>
    </message>
    <message>
        <source>New post</source>
        <translation>nuovo post</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>modifica del post</translation>
    </message>
    <message>
        <source>Edit series</source>
        <translation>modifica della serie</translation>
    </message>
    <message>
        <source>End series</source>
        <translation>fine della serie</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>nuova idea</translation>
    </message>
    <message>
        <source>Mark replies done</source>
        <translation>risposte segnate come date</translation>
    </message>
    <message>
        <source>Mark replies not done</source>
        <translation>risposte segnate come da dare</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>modifica delle risposte</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>modifica delle impostazioni</translation>
    </message>
    <message>
        <source>New starter</source>
        <translation>nuovo spunto</translation>
    </message>
    <message>
        <source>Edit starter</source>
        <translation>modifica dello spunto</translation>
    </message>
    <message>
        <source>Remove starter</source>
        <translation>rimozione dello spunto</translation>
    </message>
    <message>
        <source>Add sample week</source>
        <translation>aggiunta della settimana di esempio</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>ripristino del backup</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>aggiunta della data</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>modifica della data</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>Client&apos;s answers</source>
        <translation>Risposte del cliente</translation>
    </message>
    <message>
        <source>From {file}</source>
        <translation>Da {file}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>The client&apos;s wording</source>
        <translation>Il testo del cliente</translation>
    </message>
    <message>
        <source>Read answers</source>
        <translation>Leggi le risposte</translation>
    </message>
    <message>
        <source>Nothing will be read: the pack has these problems. Fix them in the file and read it again.</source>
        <translation>Non verrà letto nulla: il file ha questi problemi. Correggili nel file e leggilo di nuovo.</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>nessuna decisione</translation>
    </message>
    <message>
        <source>Use the client&apos;s wording</source>
        <translation>Usa il testo del cliente</translation>
    </message>
    <message>
        <source>Left unticked, the client&apos;s wording waits beside the post: use it later from Edit post.</source>
        <translation>Se non lo spunti, il testo del cliente resta accanto al post: potrai usarlo più tardi da Modifica post.</translation>
    </message>
    <message>
        <source>No new answers: the pack has been read already, or not answered yet.</source>
        <translation>Nessuna risposta nuova: il file è già stato letto, o il cliente non ha ancora risposto.</translation>
    </message>
    <message numerus="yes">
        <source>%n new answers</source>
        <translation>
            <numerusform>%n risposta nuova</numerusform>
            <numerusform>%n risposte nuove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approvato</numerusform>
            <numerusform>%n approvati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with changes requested</source>
        <translation>
            <numerusform>%n con modifiche richieste</numerusform>
            <numerusform>%n con modifiche richieste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the client&apos;s own wording</source>
        <translation>
            <numerusform>%n riscritto dal cliente</numerusform>
            <numerusform>%n riscritti dal cliente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open this plan</source>
        <translation>Impossibile aprire questo piano</translation>
    </message>
</context>
<context>
    <name>Concepts</name>
    <message>
        <source>Promotional</source>
        <translation>Promozionale</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Di valore</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Sells: an offer, a launch, a new product, “book now”.</source>
        <translation>Vende: offerte, lanci, nuovi prodotti, “prenota ora”.</translation>
    </message>
    <message>
        <source>Helps or entertains: a tip, a how-to, a story, a useful link.</source>
        <translation>Aiuta o intrattiene: consigli, tutorial, storie, link utili.</translation>
    </message>
    <message>
        <source>Invites a reply: a question, a poll, a behind-the-scenes ask.</source>
        <translation>Invita a rispondere: domande, sondaggi, dietro le quinte.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programmato</translation>
    </message>
    <message>
        <source>published</source>
        <translation>pubblicato</translation>
    </message>
    <message>
        <source>not sent for review</source>
        <translation>non inviato per approvazione</translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation>in attesa di approvazione</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approvato</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>modifiche richieste</translation>
    </message>
    <message numerus="yes">
        <source>Client review: %n of {total} approved</source>
        <translation>
            <numerusform>Approvazione del cliente: %n su {total} approvato</numerusform>
            <numerusform>Approvazione del cliente: %n su {total} approvati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with changes requested</source>
        <translation>
            <numerusform>%n con modifiche richieste</numerusform>
            <numerusform>%n con modifiche richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}, time passed</source>
        <translation>{status}, ora passata</translation>
    </message>
    <message>
        <source>Rule of thirds</source>
        <translation>Regola dei terzi</translation>
    </message>
    <message>
        <source>80/20 rule</source>
        <translation>Regola 80/20</translation>
    </message>
    <message>
        <source>4-1-1 rule</source>
        <translation>Regola 4-1-1</translation>
    </message>
    <message>
        <source>My own limit</source>
        <translation>Limite personale</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Risposto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Reply within {hours} h</source>
        <translation>Rispondi entro {hours} h</translation>
    </message>
    <message>
        <source>Reply same day</source>
        <translation>Rispondi in giornata</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversazione</numerusform>
            <numerusform>%Ln conversazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>A third of the posts promote the business, a third share ideas and stories, a third talk with people.</source>
        <translation>Un terzo dei post promuove l’attività, un terzo condivide idee e storie, un terzo dialoga con le persone.</translation>
    </message>
    <message>
        <source>Eight posts in ten inform, teach or entertain; two in ten promote.</source>
        <translation>Otto post su dieci informano, insegnano o intrattengono; due su dieci promuovono.</translation>
    </message>
    <message>
        <source>For every promotional post, one re-share of someone else&apos;s and four posts of value.</source>
        <translation>Per ogni post promozionale, una condivisione di un post altrui e quattro post di valore.</translation>
    </message>
    <message>
        <source>Your own share: at most this many posts promote.</source>
        <translation>La tua quota: al massimo questa percentuale di post è promozionale.</translation>
    </message>
    <message>
        <source>rule of thirds</source>
        <translation>regola dei terzi</translation>
    </message>
    <message>
        <source>your own limit</source>
        <translation>il tuo limite personale</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>in giornata</translation>
    </message>
    <message>
        <source>Week {number} · {span}</source>
        <translation>Settimana {number} · {span}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} posts this week are promotional ({share}); your limit is {limit} ({rule}).</source>
        <translation>
            <numerusform>%n post su {total} questa settimana è promozionale ({share}); il tuo limite è {limit} ({rule}).</numerusform>
            <numerusform>%n post su {total} questa settimana sono promozionali ({share}); il tuo limite è {limit} ({rule}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{channel}: {warning}</source>
        <translation>{channel}: {warning}</translation>
    </message>
    <message numerus="yes">
        <source>{channel}: %n promotional posts in a row ({when}); put a value or conversation post between them.</source>
        <translation>
            <numerusform>{channel}: %n post promozionale di fila ({when}); mettici in mezzo un post di valore o di conversazione.</numerusform>
            <numerusform>{channel}: %n post promozionali di fila ({when}); mettici in mezzo un post di valore o di conversazione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of this week&apos;s %n posts invites a reply; plan a question, a poll or a behind-the-scenes post.</source>
        <translation>
            <numerusform>L’unico post di questa settimana non invita a rispondere; programma una domanda, un sondaggio o un dietro le quinte.</numerusform>
            <numerusform>Nessuno dei %n post di questa settimana invita a rispondere; programma una domanda, un sondaggio o un dietro le quinte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups overdue: published posts whose replies were not done within a day.</source>
        <translation>
            <numerusform>%n post pubblicato da più di un giorno aspetta ancora le tue risposte.</numerusform>
            <numerusform>%n post pubblicati da più di un giorno aspettano ancora le tue risposte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{channel}: {count} of %n posts this week, below your target.</source>
        <translation>
            <numerusform>{channel}: {count} post su %n questa settimana, sotto il tuo obiettivo.</numerusform>
            <numerusform>{channel}: {count} post su %n questa settimana, sotto il tuo obiettivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln posts to {name}.</source>
        <translation>
            <numerusform>Esportato %Ln post in {name}.</numerusform>
            <numerusform>Esportati %Ln post in {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln events to {name}.</source>
        <translation>
            <numerusform>Esportato %Ln evento in {name}.</numerusform>
            <numerusform>Esportati %Ln eventi in {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln pages to {name}.</source>
        <translation>
            <numerusform>Esportata %Ln pagina in {name}.</numerusform>
            <numerusform>Esportate %Ln pagine in {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported a picture of %Ln posts to {name}.</source>
        <translation>
            <numerusform>Esportata un&apos;immagine di 1 post in {name}.</numerusform>
            <numerusform>Esportata un&apos;immagine di %Ln post in {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Tipo di contenuto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Wk</source>
        <translation>Sett.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Non ancora</translation>
    </message>
</context>
<context>
    <name>DatesDialog</name>
    <message>
        <source>Dates that matter</source>
        <translation>Date importanti</translation>
    </message>
    <message>
        <source>Black Friday, our 10th birthday…</source>
        <translation>Black Friday, i nostri 10 anni…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Salva modifiche</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>DuplicateWeekDialog</name>
    <message>
        <source>Duplicate the week</source>
        <translation>Duplica la settimana</translation>
    </message>
    <message numerus="yes">
        <source>Copy the %n posts of {week} as drafts, on the same days and times, to the week of:</source>
        <translation>
            <numerusform>Copia l&apos;unico post di {week} come bozza, negli stessi giorni e orari, nella settimana del:</numerusform>
            <numerusform>Copia i %n post di {week} come bozze, negli stessi giorni e orari, nella settimana del:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Week of</source>
        <translation>&amp;Settimana del</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Plan your first week</source>
        <translation>Pianifica la tua prima settimana</translation>
    </message>
    <message>
        <source>Mark each post as promotional, value or conversation. As you plan, a panel shows the week&apos;s mix and warns when selling takes over: help first, talk with people, then sell.</source>
        <translation>Segna ogni post come promozionale, di valore o di conversazione. Mentre pianifichi, un pannello mostra il mix della settimana e ti avvisa quando la vendita prende il sopravvento: prima aiuta, poi parla con le persone, poi vendi.</translation>
    </message>
    <message>
        <source>Start from a sample week</source>
        <translation>Parti da una settimana di esempio</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nuovo post</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Send for review</source>
        <translation>Invia per approvazione</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>The client&apos;s &amp;language:</source>
        <translation>&amp;Lingua del cliente:</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Settimane</translation>
    </message>
    <message>
        <source>The shown week ({week})</source>
        <translation>La settimana mostrata ({week})</translation>
    </message>
    <message>
        <source>It and the following</source>
        <translation>Questa e le successive, in tutto</translation>
    </message>
    <message numerus="yes">
        <source> weeks</source>
        <translation>
            <numerusform> settimana</numerusform>
            <numerusform> settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Every post, ideas included</source>
        <translation>Tutti i post, idee comprese</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Save pack…</source>
        <translation>Salva il file…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgola (,)</translation>
    </message>
    <message>
        <source>Semicolon (;), as Excel expects where decimals take a comma</source>
        <translation>Punto e virgola (;), come lo vuole Excel dove i decimali hanno la virgola</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separatore:</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV): to edit or to import</source>
        <translation>Foglio di calcolo (CSV): da modificare o da importare</translation>
    </message>
    <message>
        <source>Calendar (.ics): for any calendar app</source>
        <translation>Calendario (.ics): per qualsiasi app di calendario</translation>
    </message>
    <message>
        <source>PDF: one page per week, to send or print</source>
        <translation>PDF: una pagina per settimana, da inviare o stampare</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): the client chooses approve or change</source>
        <translation>Cartella di Excel (.xlsx): il cliente sceglie approva o modifica</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV): the same columns</source>
        <translation>Foglio di calcolo (CSV): le stesse colonne</translation>
    </message>
    <message>
        <source>PDF: every caption in full, boxes to tick</source>
        <translation>PDF: ogni testo per intero, caselle da spuntare</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>Content Planner plans (*.sqlite3);;All files (*)</source>
        <translation>Piani di Content Planner (*.sqlite3);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Apri piano</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuovo piano</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation>{name} - copia</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copia non salvata</translation>
    </message>
    <message>
        <source>Copy saved as {name}.</source>
        <translation>Copia salvata come {name}.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non ripristinato</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>Ripristinato il backup del {when}.</translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation>Importa post</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importazione di {file}…</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossibile leggere il file</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importato</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>File di calendario (*.ics);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>File PDF (*.pdf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Export a picture</source>
        <translation>Esporta un&apos;immagine</translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;All files (*)</source>
        <translation>Immagini PNG (*.png);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>About Content Planner</source>
        <translation>Informazioni su Content Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Content Planner {version}&lt;/b&gt;&lt;p&gt;Plan a balanced week of posts: help first, talk with people, then sell.&lt;/p&gt;&lt;p&gt;Your plans stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Content Planner {version}&lt;/b&gt;&lt;p&gt;Pianifica una settimana di post equilibrata: prima aiuta, poi parla con le persone, poi vendi.&lt;/p&gt;&lt;p&gt;I tuoi piani restano su questo computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Risposte</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>&amp;Replies done</source>
        <translation>Ris&amp;poste date</translation>
    </message>
    <message>
        <source>Conversations held</source>
        <translation>Conversazioni avute</translation>
    </message>
    <message>
        <source>e.g. answered 6 comments, 2 DMs, one table booked</source>
        <translation>es. risposto a 6 commenti e 2 messaggi, un tavolo prenotato</translation>
    </message>
    <message>
        <source>&amp;Conversations held</source>
        <translation>Conversa&amp;zioni avute</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Com’è &amp;andata</translation>
    </message>
</context>
<context>
    <name>IdeasModel</name>
    <message>
        <source>{title} · {channel} · {type}</source>
        <translation>{title} · {channel} · {type}</translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Starters</source>
        <translation>Spunti</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Cerca tra le idee</translation>
    </message>
    <message>
        <source>No ideas yet. Keep posts without a date here, or take one from the starters.</source>
        <translation>Ancora nessuna idea. Tieni qui i post senza data, o prendine uno dagli spunti.</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nuova idea</translation>
    </message>
    <message>
        <source>Ideas that invite a reply or help your customers. Double-click one to add it to your ideas.</source>
        <translation>Idee che invitano a rispondere o aiutano i tuoi clienti. Fai doppio clic su uno spunto per aggiungerlo alle idee.</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Spunti di conversazione</translation>
    </message>
    <message>
        <source>Add to ideas</source>
        <translation>Aggiungi alle idee</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuovo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import posts</source>
        <translation>Importa post</translation>
    </message>
    <message>
        <source>From {file}</source>
        <translation>Da {file}</translation>
    </message>
    <message>
        <source>As the file and this computer show</source>
        <translation>Come indicano il file e questo computer</translation>
    </message>
    <message>
        <source>Day first (01/02/2026 is 1 February)</source>
        <translation>Prima il giorno (01/02/2026 è il 1° febbraio)</translation>
    </message>
    <message>
        <source>Month first (01/02/2026 is January 2)</source>
        <translation>Prima il mese (01/02/2026 è il 2 gennaio)</translation>
    </message>
    <message>
        <source>&amp;Numeric dates:</source>
        <translation>Date &amp;numeriche:</translation>
    </message>
    <message>
        <source>Dates as written, and as read:</source>
        <translation>Le date come sono scritte, e come sono state lette:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Controllo di {file}…</translation>
    </message>
    <message>
        <source>The check was stopped. Choose how to read numeric dates to check again.</source>
        <translation>Il controllo è stato interrotto. Scegli come leggere le date numeriche per controllare di nuovo.</translation>
    </message>
    <message>
        <source>Nothing will be imported: fix these problems in the file and import it again.</source>
        <translation>Non verrà importato nulla: correggi questi problemi nel file e importalo di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, read the same way</source>
        <translation>
            <numerusform>… e un’altra, letta allo stesso modo</numerusform>
            <numerusform>… e altre %n, lette allo stesso modo</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} was read as {day}: {order}, {reason}. The other way, it would be {other}.</source>
        <translation>{text} è stato letto come {day}: {order}, {reason}. Nell’altro ordine sarebbe {other}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts: {new} new, {updated} updated, {same} unchanged.</source>
        <translation>
            <numerusform>%Ln post (nuovi: {new}, aggiornati: {updated}, invariati: {same}).</numerusform>
            <numerusform>%Ln post (nuovi: {new}, aggiornati: {updated}, invariati: {same}).</numerusform>
        </translation>
    </message>
    <message>
        <source>New channels: {names}.</source>
        <translation>Nuovi canali: {names}.</translation>
    </message>
    <message>
        <source>Ignored columns: {names}.</source>
        <translation>Colonne ignorate: {names}.</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>prima il giorno</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>prima il mese</translation>
    </message>
    <message>
        <source>as chosen above</source>
        <translation>come scelto sopra</translation>
    </message>
    <message>
        <source>as {where} ({text}) shows</source>
        <translation>come mostra {where} ({text})</translation>
    </message>
    <message>
        <source>as this computer&apos;s language and region ({name}) write dates</source>
        <translation>come scrivono le date la lingua e la zona di questo computer ({name})</translation>
    </message>
    <message>
        <source>as this computer&apos;s language and region set no order</source>
        <translation>perché la lingua e la zona di questo computer non indicano un ordine</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation>Importa post</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>The details are in {log}.</source>
        <translation>I dettagli sono in {log}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Non è stato possibile scrivere i dettagli in un file di log.</translation>
    </message>
    <message>
        <source>The last command stopped on an unexpected error ({error}). What was saved before is safe, and the step that failed saved nothing.</source>
        <translation>L&apos;ultimo comando si è fermato per un errore imprevisto ({error}). Quanto salvato prima è al sicuro, e il passo non riuscito non ha salvato nulla.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Filter by words…</source>
        <translation>Filtra per parole…</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Parole da cercare</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>Set &amp;type</source>
        <translation>Cambia &amp;tipo</translation>
    </message>
    <message>
        <source>Set c&amp;hannel</source>
        <translation>Cambia c&amp;anale</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Cambia s&amp;tato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts</source>
        <translation>
            <numerusform>1 post</numerusform>
            <numerusform>%Ln post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts and more, counting…</source>
        <translation>
            <numerusform>%Ln post e altri, conteggio in corso…</numerusform>
            <numerusform>%Ln post e altri, conteggio in corso…</numerusform>
        </translation>
    </message>
    <message>
        <source>No posts match these filters.</source>
        <translation>Nessun post corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>No posts yet: a new post (Ctrl+N) shows here.</source>
        <translation>Ancora nessun post: un nuovo post (Ctrl+N) compare qui.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>1 selezionato</numerusform>
            <numerusform>%Ln selezionati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>Impossibile annullare o ripetere</translation>
    </message>
    <message>
        <source>The undo history was cleared to stay in step with the plan.</source>
        <translation>La cronologia delle modifiche è stata azzerata per restare allineata al piano.</translation>
    </message>
    <message>
        <source>plan: {name} · cannot be read</source>
        <translation>piano: {name} · non leggibile</translation>
    </message>
    <message>
        <source>File ▸ Restore from backup brings back an earlier copy of the plan.</source>
        <translation>File ▸ Ripristina da backup riporta una copia precedente del piano.</translation>
    </message>
    <message>
        <source>This plan is damaged</source>
        <translation>Questo piano è danneggiato</translation>
    </message>
    <message>
        <source>{name} – Content Planner</source>
        <translation>{name} – Content Planner</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>{heading}: {channel} only</source>
        <translation>{heading}: solo {channel}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts this week</source>
        <translation>
            <numerusform>%Ln post questa settimana</numerusform>
            <numerusform>%Ln post questa settimana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts in week {number}</source>
        <translation>
            <numerusform>%Ln post nella settimana {number}</numerusform>
            <numerusform>%Ln post nella settimana {number}</numerusform>
        </translation>
    </message>
    <message>
        <source>plan: {name} · {posts} · times in {zone}</source>
        <translation>piano: {name} · {posts} · orari in {zone}</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · sola lettura</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>that post no longer exists (another window deleted it)</source>
        <translation>quel post non esiste più (un&apos;altra finestra l&apos;ha eliminato)</translation>
    </message>
    <message>
        <source>that series no longer exists (another window changed it)</source>
        <translation>quella serie non esiste più (un&apos;altra finestra l&apos;ha cambiata)</translation>
    </message>
    <message>
        <source>No backup taken: {reason}.</source>
        <translation>Nessun backup fatto: {reason}.</translation>
    </message>
    <message>
        <source>No backup taken: {problem}</source>
        <translation>Nessun backup fatto: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>{path} è una cartella; indica il nome di un file da scrivere.</translation>
    </message>
    <message>
        <source>{path} is the {suffix} file of the plan being read ({plan}); writing there would destroy it. Choose another file.</source>
        <translation>{path} è il file {suffix} del piano che si sta leggendo ({plan}); scriverci lo distruggerebbe. Scegli un altro file.</translation>
    </message>
    <message>
        <source>{path} is the plan being read ({plan}); writing there would destroy it. Choose another file.</source>
        <translation>{path} è il piano che si sta leggendo ({plan}); scriverci lo distruggerebbe. Scegli un altro file.</translation>
    </message>
    <message>
        <source>{path} is write-protected; it was left as it was.</source>
        <translation>{path} è protetto da scrittura; è rimasto com&apos;era.</translation>
    </message>
    <message>
        <source>{path} was not written ({reason}); the earlier file is unchanged.</source>
        <translation>{path} non è stato scritto ({reason}); il file di prima è rimasto uguale.</translation>
    </message>
    <message>
        <source>{path} was not written ({reason}).</source>
        <translation>{path} non è stato scritto ({reason}).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a plan file.</source>
        <translation>{path} è una cartella, non un file di piano.</translation>
    </message>
    <message>
        <source>{path} is empty, not a plan.</source>
        <translation>{path} è vuoto, non è un piano.</translation>
    </message>
    <message>
        <source>{path} is not a plan (it is not a Content Planner file).</source>
        <translation>{path} non è un piano (non è un file di Content Planner).</translation>
    </message>
    <message>
        <source>{path} is damaged: the file is shorter than it should be (perhaps cut off while copying). Open a backup copy instead.</source>
        <translation>{path} è danneggiato: il file è più corto del dovuto (forse troncato durante una copia). Apri invece una copia di backup.</translation>
    </message>
    <message>
        <source>{name} is not a plan: it is another program&apos;s database.</source>
        <translation>{name} non è un piano: è il database di un altro programma.</translation>
    </message>
    <message>
        <source>{name} is damaged: its plan format ({version}) is not one {app} wrote. Restore it from a backup (File ▸ Restore from backup); the file was left untouched.</source>
        <translation>{name} è danneggiato: il suo formato ({version}) non è uno scritto da {app}. Ripristinalo da un backup (File ▸ Ripristina da backup); il file non è stato toccato.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of {app} (plan format {version}; this version reads up to {current}). Update {app} to open it; the file was left untouched.</source>
        <translation>{name} è stato salvato da una versione più recente di {app} (formato {version}; questa versione legge fino al {current}). Aggiorna {app} per aprirlo; il file non è stato toccato.</translation>
    </message>
    <message>
        <source>{name} is damaged (unreadable text). Open a backup copy instead.</source>
        <translation>{name} è danneggiato (testo illeggibile). Apri invece una copia di backup.</translation>
    </message>
    <message>
        <source>{name} was changed by another program or window while this change was being made, so nothing was written. Try again.</source>
        <translation>{name} è stato modificato da un altro programma o finestra mentre si faceva questa modifica, quindi non è stato scritto nulla. Riprova.</translation>
    </message>
    <message>
        <source>{name}: the disk is full, so nothing was written.</source>
        <translation>{name}: il disco è pieno, quindi non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>{name} is in use by another program or window and stayed locked for {seconds} seconds. Close it there and try again.</source>
        <translation>{name} è in uso in un altro programma o finestra ed è rimasto bloccato per {seconds} secondi. Chiudilo lì e riprova.</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}). Open a backup copy instead.</source>
        <translation>{name} è danneggiato ({reason}). Apri invece una copia di backup.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>{name} non si può aprire: {reason}.</translation>
    </message>
    <message>
        <source>{name} cannot be changed: the file or its folder is read-only. Save a copy somewhere you can write to, and open that.</source>
        <translation>{name} non si può modificare: il file o la sua cartella sono di sola lettura. Salva una copia dove puoi scrivere e apri quella.</translation>
    </message>
    <message>
        <source>This plan was opened read-only; nothing can be changed.</source>
        <translation>Questo piano è aperto in sola lettura; non si può modificare nulla.</translation>
    </message>
    <message>
        <source>{path} already exists; open it instead.</source>
        <translation>{path} esiste già; aprilo invece di crearlo.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} non si può leggere ({reason}).</translation>
    </message>
    <message>
        <source>There is no plan at {path}.</source>
        <translation>Non c&apos;è nessun piano in {path}.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Impossibile creare {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>MixBar</name>
    <message>
        <source>Content mix bar</source>
        <translation>Barra del mix di contenuti</translation>
    </message>
    <message>
        <source>limit {limit}</source>
        <translation>limite {limit}</translation>
    </message>
</context>
<context>
    <name>MixPanel</name>
    <message>
        <source>Too much promotion</source>
        <translation>Troppa promozione</translation>
    </message>
    <message>
        <source>Posts per channel</source>
        <translation>Post per canale</translation>
    </message>
    <message>
        <source>Client review</source>
        <translation>Approvazione del cliente</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>{rule}: at most {limit} promotional.</source>
        <translation>{rule}: al massimo {limit} promozionali.</translation>
    </message>
    <message>
        <source>No posts this week yet.</source>
        <translation>Ancora nessun post questa settimana.</translation>
    </message>
    <message>
        <source>✓ A balanced week: nothing to warn about.</source>
        <translation>✓ Una settimana equilibrata: nessun avviso.</translation>
    </message>
    <message>
        <source>{channel} {count} of {target} this week</source>
        <translation>{channel}: {count} su {target} questa settimana</translation>
    </message>
    <message>
        <source>Follow-ups: {done} done · {pending} waiting · {overdue} overdue</source>
        <translation>Risposte date: {done} · in attesa: {pending} · in ritardo: {overdue}</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+1 altro</numerusform>
            <numerusform>+%n altri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week {number}: %n posts</source>
        <translation>
            <numerusform>Settimana {number}: 1 post</numerusform>
            <numerusform>Settimana {number}: %n post</numerusform>
        </translation>
    </message>
    <message>
        <source>too much promotion</source>
        <translation>troppa promozione</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Cannot open this plan</source>
        <translation>Impossibile aprire questo piano</translation>
    </message>
    <message>
        <source>Plan upgraded; the old version was saved as {name}.</source>
        <translation>Piano aggiornato; la versione precedente è stata salvata come {name}.</translation>
    </message>
    <message>
        <source>{name} already exists. Open it with File ▸ Open plan.</source>
        <translation>{name} esiste già. Aprilo con File ▸ Apri piano.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuovo piano</translation>
    </message>
    <message>
        <source>Opened read-only: the file or its folder cannot be changed. Save a copy to edit it.</source>
        <translation>Aperto in sola lettura: il file o la sua cartella non si possono modificare. Salvane una copia per modificarlo.</translation>
    </message>
    <message>
        <source>The plan was changed in another window or program: this is its latest.</source>
        <translation>Il piano è stato modificato in un’altra finestra o programma: questa è la versione più recente.</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Nessun piano</translation>
    </message>
    <message>
        <source>There is no plan at {path}.

Create a new, empty plan there?</source>
        <translation>Non c’è nessun piano in {path}.

Crearne lì uno nuovo, vuoto?</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Edit series</source>
        <translation>Modifica serie</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>Modifica post</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nuovo post</translation>
    </message>
    <message>
        <source>What is the post about?</source>
        <translation>Di cosa parla il post?</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canale</translation>
    </message>
    <message>
        <source>Content t&amp;ype</source>
        <translation>T&amp;ipo di contenuto</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Ora</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>Client re&amp;view</source>
        <translation>Appro&amp;vazione</translation>
    </message>
    <message>
        <source>Emoji show as boxes here: this computer has no colour emoji font (on Linux, install fonts-noto-color-emoji). The post itself is fine.</source>
        <translation>Qui le emoji appaiono come riquadri: questo computer non ha un carattere per le emoji a colori (su Linux, installate fonts-noto-color-emoji). Il post in sé va bene.</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <source>comma-separated, e.g. autumn, sale</source>
        <translation>separati da virgole, es. autunno, saldi</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>a repeating post needs a date</source>
        <translation>un post che si ripete ha bisogno di una data</translation>
    </message>
    <message>
        <source>a channel is required</source>
        <translation>serve un canale</translation>
    </message>
    <message>
        <source>{time} does not exist on {day}: the clocks go forward. The post will be at {shown}.</source>
        <translation>Le {time} non esistono il {day}: gli orologi vanno avanti di un’ora. Il post sarà alle {shown}.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Serve un titolo.</translation>
    </message>
    <message>
        <source>An idea without a date has no time.</source>
        <translation>Un’idea senza data non ha un orario.</translation>
    </message>
    <message>
        <source>A repeating post needs a first date.</source>
        <translation>Un post che si ripete ha bisogno di una prima data.</translation>
    </message>
    <message>
        <source>Scheduled and published posts need a date.</source>
        <translation>I post programmati e pubblicati hanno bisogno di una data.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln carattere</numerusform>
            <numerusform>%Ln caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} / %Ln characters</source>
        <translation>
            <numerusform>{count} / %Ln carattere</numerusform>
            <numerusform>{count} / %Ln caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>: {over} over the limit</source>
        <translation>: {over} oltre il limite</translation>
    </message>
    <message>
        <source> (links count as 23)</source>
        <translation> (ogni link conta 23)</translation>
    </message>
</context>
<context>
    <name>PostFlows</name>
    <message>
        <source>Edit a repeating post</source>
        <translation>Modifica un post che si ripete</translation>
    </message>
    <message>
        <source>Change only this post, or the series from this post on?</source>
        <translation>Vuoi cambiare solo questo post, o la serie da questo post in poi?</translation>
    </message>
    <message>
        <source>Only this post</source>
        <translation>Solo questo post</translation>
    </message>
    <message>
        <source>The series from here</source>
        <translation>La serie da qui in poi</translation>
    </message>
    <message>
        <source>Delete a repeating post</source>
        <translation>Elimina un post che si ripete</translation>
    </message>
    <message>
        <source>Skip only the selected posts, or end their series here?</source>
        <translation>Vuoi saltare solo i post selezionati, o terminare qui la loro serie?</translation>
    </message>
    <message>
        <source>Skip only these</source>
        <translation>Salta solo questi</translation>
    </message>
    <message>
        <source>End the series here</source>
        <translation>Termina qui la serie</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln posts: choose a day and paste.</source>
        <translation>
            <numerusform>Post copiato: scegliete un giorno e incollate.</numerusform>
            <numerusform>%Ln post copiati: scegliete un giorno e incollate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {when} on {channel}. {reply}</source>
        <translation>Pubblicato {when} su {channel}. {reply}</translation>
    </message>
</context>
<context>
    <name>PostList</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Some posts cannot be read: &apos;content-planner check&apos; lists them.</source>
        <translation>Alcuni post non si possono leggere: &apos;content-planner check&apos; li elenca.</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>The {nth} {day} of every month</source>
        <comment>Sunday</comment>
        <translation>La {nth} {day} di ogni mese</translation>
    </message>
    <message>
        <source>first</source>
        <comment>Sunday</comment>
        <translation>prima</translation>
    </message>
    <message>
        <source>second</source>
        <comment>Sunday</comment>
        <translation>seconda</translation>
    </message>
    <message>
        <source>third</source>
        <comment>Sunday</comment>
        <translation>terza</translation>
    </message>
    <message>
        <source>fourth</source>
        <comment>Sunday</comment>
        <translation>quarta</translation>
    </message>
    <message>
        <source>last</source>
        <comment>Sunday</comment>
        <translation>ultima</translation>
    </message>
    <message>
        <source>The {nth} {day} of every month</source>
        <translation>Il {nth} {day} di ogni mese</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primo</translation>
    </message>
    <message>
        <source>second</source>
        <translation>secondo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>terzo</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quarto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>ultimo</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on {day}</source>
        <translation>
            <numerusform>Ogni settimana di {day}</numerusform>
            <numerusform>Ogni %n settimane di {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Every {day}</source>
        <translation>Ogni {day}</translation>
    </message>
    <message numerus="yes">
        <source>, %n times</source>
        <translation>
            <numerusform>, una volta</numerusform>
            <numerusform>, %n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>, until {date}</source>
        <translation>, fino al {date}</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Never ends</source>
        <translation>Senza fine</translation>
    </message>
    <message>
        <source>Ends after</source>
        <translation>Finisce dopo</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Finisce il</translation>
    </message>
    <message numerus="yes">
        <source> posts</source>
        <translation>
            <numerusform> post</numerusform>
            <numerusform> post</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Non si ripete</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>{when} — %Ln posts</source>
        <translation>
            <numerusform>{when} — %Ln post</numerusform>
            <numerusform>{when} — %Ln post</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>A backup is taken when the plan is opened, unless the last one is less than {minutes} minutes old; the newest {keep} are kept. Restoring one replaces the plan&apos;s content; the plan as it is now is backed up first.</source>
        <translation>Si fa una copia di sicurezza all&apos;apertura del piano, a meno che l&apos;ultima abbia meno di {minutes} minuti; si tengono le {keep} più recenti. Ripristinarne una sostituisce il contenuto del piano; prima si salva una copia del piano com&apos;è ora.</translation>
    </message>
    <message>
        <source>This plan has no backups yet.</source>
        <translation>Questo piano non ha ancora backup.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
</context>
<context>
    <name>ReviewChart</name>
    <message>
        <source>Published</source>
        <translation>Pubblicati</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Risposte</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Week in review</source>
        <translation>Bilancio della settimana</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Settimana precedente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Settimana successiva</translation>
    </message>
    <message>
        <source>Nothing was published this week.</source>
        <translation>Questa settimana non è stato pubblicato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>You published %Ln posts: {promo} promotional, {value} value, {conversation} conversation.</source>
        <translation>
            <numerusform>Hai pubblicato %Ln post (promozionali: {promo}, di valore: {value}, di conversazione: {conversation}).</numerusform>
            <numerusform>Hai pubblicato %Ln post (promozionali: {promo}, di valore: {value}, di conversazione: {conversation}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Promotion was {share} of it: above your limit of {limit}.</source>
        <translation>La promozione è stata il {share}: sopra il tuo limite del {limit}.</translation>
    </message>
    <message>
        <source>Promotion was {share} of it: within your limit of {limit}.</source>
        <translation>La promozione è stata il {share}: entro il tuo limite del {limit}.</translation>
    </message>
    <message numerus="yes">
        <source>Replies: {done} of %n follow-ups done, {overdue} overdue.</source>
        <translation>
            <numerusform>Risposte date: {done} su %n; in ritardo: {overdue}.</numerusform>
            <numerusform>Risposte date: {done} su %n; in ritardo: {overdue}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replies: {done} of %n follow-ups done, {pending} still open.</source>
        <translation>
            <numerusform>Risposte date: {done} su %n; ancora da dare: {pending}.</numerusform>
            <numerusform>Risposte date: {done} su %n; ancora da dare: {pending}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies: every follow-up done.</source>
        <translation>Risposte: tutte date.</translation>
    </message>
    <message>
        <source>You logged {conversations}.</source>
        <translation>Hai registrato {conversations}.</translation>
    </message>
    <message>
        <source>By channel: {channels}.</source>
        <translation>Per canale: {channels}.</translation>
    </message>
    <message numerus="yes">
        <source>Not marked published, though their time has passed: %Ln posts.</source>
        <translation>
            <numerusform>Non segnato come pubblicato, anche se la sua ora è passata: %Ln post.</numerusform>
            <numerusform>Non segnati come pubblicati, anche se la loro ora è passata: %Ln post.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ora&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The client&apos;s wording&lt;/b&gt;</source>
        <translation>&lt;b&gt;Il testo del cliente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>answered {date}</source>
        <translation>risposta del {date}</translation>
    </message>
    <message>
        <source>The client&apos;s comment</source>
        <translation>Il commento del cliente</translation>
    </message>
    <message>
        <source>Client&apos;s comment</source>
        <translation>Commento del cliente</translation>
    </message>
    <message>
        <source>&amp;Use the client&apos;s wording</source>
        <translation>&amp;Usa il testo del cliente</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Tieni il mio</translation>
    </message>
</context>
<context>
    <name>ReviewFlows</name>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Cartelle di Excel (*.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>File PDF (*.pdf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Invia per approvazione</translation>
    </message>
    <message>
        <source>The chosen weeks have no planned posts to send.</source>
        <translation>Le settimane scelte non hanno post pianificati da inviare.</translation>
    </message>
    <message>
        <source>Not sent for review</source>
        <translation>Non inviato per approvazione</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} for the client: %n posts now await the answer.</source>
        <translation>
            <numerusform>{name} salvato per il cliente: %n post ora attende la risposta.</numerusform>
            <numerusform>{name} salvato per il cliente: %n post ora attendono la risposta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read client answers</source>
        <translation>Leggi le risposte del cliente</translation>
    </message>
    <message>
        <source>Review packs (*.xlsx *.csv);;All files (*)</source>
        <translation>File di approvazione (*.xlsx *.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossibile leggere il file</translation>
    </message>
    <message>
        <source>Answers not read</source>
        <translation>Risposte non lette</translation>
    </message>
    <message numerus="yes">
        <source>Read the client&apos;s answers on %n posts.</source>
        <translation>
            <numerusform>Letta la risposta del cliente su %n post.</numerusform>
            <numerusform>Lette le risposte del cliente su %n post.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Find in the plan (Ctrl+F)</source>
        <translation>Cerca nel piano (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the plan</source>
        <translation>Cerca nel piano</translation>
    </message>
    <message>
        <source>No post holds “{words}”.</source>
        <translation>Nessun post contiene “{words}”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Plan settings</source>
        <translation>Impostazioni del piano</translation>
    </message>
    <message>
        <source>Content mix</source>
        <translation>Mix dei contenuti</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regola</translation>
    </message>
    <message>
        <source>Promotional &amp;limit</source>
        <translation>&amp;Limite promozionale</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunedì</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domenica</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sabato</translation>
    </message>
    <message>
        <source>&amp;Week starts on</source>
        <translation>La &amp;settimana inizia di</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso orario</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>&amp;Festività</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Character limit</source>
        <translation>Limite caratteri</translation>
    </message>
    <message>
        <source>Posts a week (target)</source>
        <translation>Obiettivo settimanale</translation>
    </message>
    <message>
        <source>Reply within (hours)</source>
        <translation>Risposte entro (ore)</translation>
    </message>
    <message>
        <source>The time you set aside to answer comments and messages after a post is published. Empty: within the day.</source>
        <translation>Il tempo che ti dai per rispondere a commenti e messaggi dopo la pubblicazione di un post. Vuoto: in giornata.</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>&amp;Aggiungi canale</translation>
    </message>
    <message>
        <source>&amp;Delete channel</source>
        <translation>&amp;Elimina canale</translation>
    </message>
    <message>
        <source>As this computer ({country})</source>
        <translation>Come questo computer ({country})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Tutto il paese</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Nuovo canale</translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and its %Ln posts? You can bring them back with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Eliminare {name} e il suo post? Puoi recuperarli con Modifica ▸ Annulla.</numerusform>
            <numerusform>Eliminare {name} e i suoi %Ln post? Puoi recuperarli con Modifica ▸ Annulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Elimina canale</translation>
    </message>
    <message>
        <source>Every channel needs a name.</source>
        <translation>Ogni canale ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>{name}: &apos;{text}&apos; is not a whole number above 0.</source>
        <translation>{name}: “{text}” non è un numero intero maggiore di 0.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Scegli un fuso orario dall’elenco.</translation>
    </message>
    <message>
        <source>Two channels have the same name.</source>
        <translation>Due canali hanno lo stesso nome.</translation>
    </message>
</context>
<context>
    <name>StarterDialog</name>
    <message>
        <source>Edit starter</source>
        <translation>Modifica spunto</translation>
    </message>
    <message>
        <source>New starter</source>
        <translation>Nuovo spunto</translation>
    </message>
    <message>
        <source>e.g. Ask: which of our breads should come back?</source>
        <translation>es. Chiedi: quale dei nostri pani dovrebbe tornare?</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>Te&amp;sto</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>{when} · {channel} · {title} · {type} · {status}</source>
        <translation>{when} · {channel} · {title} · {type} · {status}</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>si ripete</translation>
    </message>
    <message>
        <source>part of a run of promotional posts</source>
        <translation>parte di una serie di post promozionali di fila</translation>
    </message>
    <message>
        <source>its time has passed and it is not marked published</source>
        <translation>la sua ora è passata e non è segnato come pubblicato</translation>
    </message>
    <message>
        <source>follow-up: {state}</source>
        <translation>risposte: {state}</translation>
    </message>
</context>
<context>
    <name>WeekPrinter</name>
    <message>
        <source>Content Planner</source>
        <translation>Content Planner</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Pagina {number} di {count}</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Orari in {zone}</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ altro %n</numerusform>
            <numerusform>+ altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Content mix</source>
        <translation>Mix dei contenuti</translation>
    </message>
    <message>
        <source>{rule}: at most {limit} promotional.</source>
        <translation>{rule}: al massimo {limit} promozionali.</translation>
    </message>
    <message numerus="yes">
        <source>{channel}: {count} of %n posts</source>
        <translation>
            <numerusform>{channel}: {count} post su %n</numerusform>
            <numerusform>{channel}: {count} post su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings: a balanced week.</source>
        <translation>Nessun avviso: una settimana equilibrata.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuovo piano…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Apri piano…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Salva una &amp;copia…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Ripristina da &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importa CSV…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Print week…</source>
        <translation>Stam&amp;pa settimana…</translation>
    </message>
    <message>
        <source>Send for re&amp;view…</source>
        <translation>Invia per appro&amp;vazione…</translation>
    </message>
    <message>
        <source>Read client &amp;answers…</source>
        <translation>&amp;Leggi le risposte del cliente…</translation>
    </message>
    <message>
        <source>Plan &amp;settings…</source>
        <translation>Imposta&amp;zioni del piano…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;Nuovo post…</translation>
    </message>
    <message>
        <source>&amp;Edit post…</source>
        <translation>&amp;Modifica post…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>&amp;Mark as published</source>
        <translation>Segna come &amp;pubblicato</translation>
    </message>
    <message>
        <source>Add a &amp;sample week</source>
        <translation>Aggiungi una &amp;settimana di esempio</translation>
    </message>
    <message>
        <source>&amp;Replies done</source>
        <translation>Risposte &amp;date</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>Risposte e no&amp;te…</translation>
    </message>
    <message>
        <source>Week in &amp;review…</source>
        <translation>&amp;Bilancio della settimana…</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>Settimana &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>Settimana &amp;successiva</translation>
    </message>
    <message>
        <source>&amp;About Content Planner</source>
        <translation>&amp;Informazioni su Content Planner</translation>
    </message>
    <message>
        <source>F&amp;ind…</source>
        <translation>Ce&amp;rca…</translation>
    </message>
    <message>
        <source>Duplicate the &amp;week…</source>
        <translation>Dup&amp;lica la settimana…</translation>
    </message>
    <message>
        <source>Dates that &amp;matter…</source>
        <translation>&amp;Date importanti…</translation>
    </message>
    <message>
        <source>Export a pict&amp;ure…</source>
        <translation>Esporta un&apos;imma&amp;gine…</translation>
    </message>
    <message>
        <source>&amp;Ideas panel</source>
        <translation>Pannello &amp;idee</translation>
    </message>
    <message>
        <source>&amp;Mix panel</source>
        <translation>Pannello del mi&amp;x</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Same as this computer ({language})</source>
        <translation>Come questo computer ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The new language applies the next time you open Content Planner.</source>
        <translation>La nuova lingua sarà usata la prossima volta che apri Content Planner.</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Scu&amp;ro</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtro per canale</translation>
    </message>
</context>
<context>
    <name>WindowViews</name>
    <message>
        <source>&amp;Week</source>
        <translation>Settima&amp;na</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>&amp;Mese</translation>
    </message>
    <message>
        <source>Li&amp;st</source>
        <translation>&amp;Elenco</translation>
    </message>
    <message>
        <source>Every post</source>
        <translation>Tutti i post</translation>
    </message>
</context>
</TS>
