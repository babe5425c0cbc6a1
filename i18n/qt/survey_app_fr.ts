<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../survey_app/gui/contribution_agency.py" line="+66"/>
        <location line="+6"/>
        <source>Open a contribution received</source>
        <translation>Ouvrir une contribution reçue</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This database is open read-only, perhaps because the application is already open with it. Open the file in the window where the database is open for editing, with Contributions › Open a contribution received…</source>
        <translation>Cette base de données est ouverte en lecture seule, peut-être parce que l’application est déjà ouverte avec elle. Ouvrez le fichier dans la fenêtre où la base de données est ouverte en modification, avec «&#xa0;Contributions › Ouvrir une contribution reçue…&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contribution opened from “%1”: answer the questions asked, then choose Return to lead.</source>
        <translation>Contribution ouverte depuis «&#xa0;%1&#xa0;»&#xa0;: répondez aux questions posées, puis choisissez «&#xa0;Renvoyer au ministère chef de file&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was opened before: your answers are as you left them.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été ouvert&#xa0;: vos réponses sont telles que vous les avez laissées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>The contribution was not opened</source>
        <translation>La contribution n’a pas été ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../survey_app/gui/errors.py" line="+53"/>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../survey_app/gui/errors.py" line="+1"/>
        <location filename="../../survey_app/gui/recovery.py" line="+43"/>
        <source>Error code: %1</source>
        <translation>Code d’erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <location line="+14"/>
        <source>Return to lead</source>
        <translation>Renvoyer au ministère chef de file</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Your last edit is not saved yet: %1
Save it (Retry) before returning the answers.</source>
        <translation>Votre dernière modification n’est pas encore enregistrée&#xa0;: %1
Enregistrez-la («&#xa0;Réessayer&#xa0;») avant de renvoyer les réponses.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>The answers were not returned</source>
        <translation>Les réponses n’ont pas été renvoyées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead ministry</source>
        <translation>le ministère chef de file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply written to “%1”: send it to %2.</source>
        <translation>Retour enregistré dans «&#xa0;%1&#xa0;»&#xa0;: envoyez le fichier à son destinataire (%2).</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/errors.py" line="+12"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your answers saved so far are safe; the application keeps running.</source>
        <translation>Une erreur inattendue s’est produite. Les réponses déjà enregistrées sont en sécurité&#xa0;; l’application continue de fonctionner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details were written to %1. Please send that file with your report.</source>
        <translation>Les détails ont été enregistrés dans %1. Veuillez joindre ce fichier à votre signalement.</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="+103"/>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the JSON file</source>
        <translation>Enregistrer le fichier JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/about.py" line="+47"/>
        <source>standalone build</source>
        <translation>version autonome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Python installation</source>
        <translation>installation Python</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The National Survey of Implementation of the framework of responsible State behaviour in the use of information and communications technologies. It works offline: nothing you enter leaves this computer unless you export it.</source>
        <translation>Enquête nationale sur la mise en œuvre du cadre de comportement responsable des États dans l’utilisation des technologies de l’information et des communications. L’application fonctionne hors ligne&#xa0;: rien de ce que vous saisissez ne quitte cet ordinateur, sauf si vous l’exportez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your responses are saved in: %1</source>
        <translation>Vos réponses sont enregistrées dans&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/database_actions.py" line="+69"/>
        <source>The database is already open</source>
        <translation>La base de données est déjà ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another window or program. Open it read-only here (you can look but not change anything)?</source>
        <translation>%1 est ouverte dans une autre fenêtre ou un autre programme. L’ouvrir ici en lecture seule (vous pourrez consulter sans rien modifier)&#xa0;?</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+27"/>
        <location filename="../../survey_app/gui/recovery.py" line="+55"/>
        <source>Cannot open the database</source>
        <extracomment>objects another program added to the file (triggers, tables): treated as damaged, never written to the file or its folder cannot be written (raised by Store.open for a file the user may only read)</extracomment>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Please note</source>
        <translation>À noter</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/recovery.py" line="-37"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 cannot be used, and no healthy backup of it was found.</source>
        <extracomment>open_store(parent, path) of database_actions (passed in: the two modules would import each other)</extracomment>
        <translation>%1 ne peut pas être utilisée, et aucune sauvegarde saine n’en a été trouvée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can set the damaged file aside (it is kept, renamed, never deleted) and start a new, empty database in its place, or open another database file.</source>
        <translation>Vous pouvez mettre le fichier endommagé de côté (il est conservé sous un autre nom et n’est jamais supprimé) et créer à sa place une nouvelle base de données vide, ou ouvrir un autre fichier de base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set it aside and start a new database</source>
        <translation>Mettre le fichier de côté et créer une nouvelle base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database was changed by another program</source>
        <translation>La base de données a été modifiée par un autre programme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be used.

Set this file aside (it is kept, renamed) and restore the newest healthy backup (%2)? Changes made after that backup are not in it.</source>
        <translation>%1 ne peut pas être utilisée.

Mettre ce fichier de côté (il est conservé, renommé) et restaurer la sauvegarde saine la plus récente (%2)&#xa0;? Les modifications faites après cette sauvegarde n’y figurent pas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file that could not be used was kept as %1. The database now holds the backup %2.</source>
        <translation>Le fichier inutilisable a été conservé sous le nom %1. La base de données contient maintenant la sauvegarde %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file that could not be used was kept as %1. A new, empty database was started in its place.</source>
        <translation>Le fichier inutilisable a été conservé sous le nom %1. Une nouvelle base de données vide a été créée à sa place.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The backup could not be restored</source>
        <translation>La sauvegarde n’a pas pu être restaurée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A new database was started</source>
        <translation>Une nouvelle base de données a été créée</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/database_actions.py" line="+10"/>
        <source>The database cannot be changed</source>
        <translation>La base de données ne peut pas être modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed: the file or its folder cannot be written. Open it read-only here (you can look but not change anything)?</source>
        <translation>%1 ne peut pas être modifiée&#xa0;: le fichier ou son dossier n’est pas accessible en écriture. L’ouvrir ici en lecture seule (vous pourrez consulter sans rien modifier)&#xa0;?</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../survey_app/gui/recovery.py" line="-51"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../survey_app/gui/recovery.py" line="+1"/>
        <source>Survey databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données d’enquête (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save a copy of the database</source>
        <translation>Enregistrer une copie de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey databases (*.db)</source>
        <translation>Bases de données d’enquête (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy was not saved</source>
        <translation>La copie n’a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Survey databases (*.db);;All files (*)</source>
        <translation>Bases de données d’enquête (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the current database with the backup %1?
A copy of the current database is kept in the backups folder first, so this can be undone.</source>
        <translation>Remplacer la base de données actuelle par la sauvegarde %1&#xa0;?
Une copie de la base actuelle est d’abord conservée dans le dossier des sauvegardes&#xa0;: l’opération peut donc être annulée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n’a pas été restaurée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database was kept as %1.</source>
        <translation>La base de données précédente a été conservée sous le nom %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a questionnaire file</source>
        <translation>Ajouter un fichier de questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire files (*.yaml *.yml)</source>
        <translation>Fichiers de questionnaire (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The questionnaire was not added</source>
        <translation>Le questionnaire n’a pas été ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 has problems; fix them and add it again.</source>
        <translation>Le fichier %1 présente des problèmes&#xa0;; corrigez-les et ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire added: %1</source>
        <translation>Questionnaire ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo could not be added</source>
        <translation>La démonstration n’a pas pu être ajoutée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo responses (Republic of Examplia) are in this database.</source>
        <translation>Les réponses de démonstration (République d’Examplia) se trouvent dans cette base de données.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No personal data</source>
        <translation>Aucune donnée personnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response holds no answers to questions marked as personal data.</source>
        <translation>Cette réponse ne contient aucune réponse à des questions marquées comme données personnelles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response holds none any more, but these copies of the database still do:</source>
        <translation>La réponse n’en contient plus, mais ces copies de la base de données en contiennent encore&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove personal data</source>
        <translation>Supprimer les données personnelles</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove these answers, their history and notes from this response and from every automatic backup? This cannot be undone.</source>
        <translation>Supprimer ces réponses, ainsi que leur historique et leurs notes, de la présente réponse et de toutes les sauvegardes automatiques&#xa0;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not remove the personal data</source>
        <translation>Impossible de supprimer les données personnelles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data removed</source>
        <translation>Données personnelles supprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers removed: %1. Earlier values removed: %2. Automatic backups cleaned: %3. Copies saved elsewhere (exported files, copies of the database you saved yourself) still hold the data: delete them too.</source>
        <translation>Réponses supprimées&#xa0;: %1. Valeurs antérieures supprimées&#xa0;: %2. Sauvegardes automatiques nettoyées&#xa0;: %3. Les copies conservées ailleurs (fichiers exportés, copies de la base de données que vous avez enregistrées vous-même) contiennent toujours ces données&#xa0;: supprimez-les également.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unfinished backup files (from a backup that was interrupted) deleted: %1.</source>
        <translation>Fichiers de sauvegarde inachevés (issus d’une sauvegarde interrompue) supprimés&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files could be neither cleaned nor deleted and still hold the data; delete them yourself: %1</source>
        <translation>Les fichiers suivants n’ont pu être ni nettoyés ni supprimés et contiennent toujours ces données&#xa0;; supprimez-les vous-même&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/contribution_files.py" line="+27"/>
        <source>Contribution files (*%1);;All files (*)</source>
        <translation>Fichiers de contribution (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+65"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>“%1” is encrypted. Enter the passphrase the sender gave you.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré. Saisissez la phrase secrète que l’expéditeur vous a communiquée.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file cannot be used</source>
        <translation>Impossible d’utiliser le fichier</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Chiffrer avec une phrase secrète</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain:</source>
        <translation>C&amp;onfirmation&#xa0;:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least %1 characters. Give it to the recipient another way than the file (e.g. by telephone).</source>
        <translation>Au moins %1 caractères. Communiquez-la au destinataire par un autre moyen que le fichier (par exemple par téléphone).</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="+382"/>
        <source>Request to %1 saved to %2</source>
        <translation>Demande adressée à %1 enregistrée dans %2</translation>
    </message>
    <message>
        <location line="+230"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Merge a contribution</source>
        <translation>Fusionner une contribution</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your last edit is not saved yet: %1
Save it (Retry) before merging a contribution.</source>
        <translation>Votre dernière modification n’est pas encore enregistrée&#xa0;: %1
Enregistrez-la («&#xa0;Réessayer&#xa0;») avant de fusionner une contribution.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This response is final. Reopen it (Reopen for editing…, above the form) before merging a contribution.</source>
        <translation>Cette réponse est finalisée. Rouvrez-la («&#xa0;Rouvrir pour modification…&#xa0;», au-dessus du formulaire) avant de fusionner une contribution.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reply cannot be merged</source>
        <translation>Impossible de fusionner le retour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This reply from %1 was merged already: there is nothing new in it.</source>
        <translation>Ce retour de %1 a déjà été fusionné&#xa0;: il ne contient rien de nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reply was not merged</source>
        <translation>Le retour n’a pas été fusionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers merged from %2: %1</source>
        <translation>Réponses de %2 fusionnées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="+151"/>
        <location line="+21"/>
        <source>Contribution from %1</source>
        <translation>Contribution de %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Contribution from another agency</source>
        <translation>Contribution d’un autre organisme</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+8"/>
        <source>Received with the lead&apos;s request</source>
        <translation>Reçue avec la demande du ministère chef de file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (answered by %2)</source>
        <translation>%1 (réponse de %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, request of %2</source>
        <translation>%1, demande du %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, returned %2</source>
        <translation>%1, renvoyée le %2</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="+98"/>
        <location line="+5"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>— No answer —</source>
        <translation>— Pas de réponse —</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../survey_app/gui/compare_view.py" line="+270"/>
        <location line="+103"/>
        <source>Year over year</source>
        <extracomment>colours of a status in the list; the words are always shown too the chart takes at most this share of the height (it scrolls beyond), the lists the rest (response id, item id): the user wants to see this question in the response the comparison PDF was written (its path) the window&apos;s title for the pair now compared labels of the questionnaire (norms, statuses, legend) in the language the form shows them: the interface language when the questionnaire has it, else the response&apos;s (as MainWindow.form_language); fixed wording in the interface&apos;s set once the user drags a splitter: their sizes are kept from then on</extracomment>
        <translation>D’une année sur l’autre</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only</source>
        <translation>Modifications uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation status of each norm by cycle</source>
        <translation>État de mise en œuvre de chaque norme, par cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part and section</source>
        <translation>Partie et section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in the response</source>
        <translation>Ouvrir dans la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final</source>
        <translation>définitive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of %2 questions differ between %3 and %4</source>
        <translation>Questions différentes entre %3 et %4&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose two different cycles to compare.</source>
        <translation>Choisissez deux cycles différents à comparer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.</source>
        <comment>a sentence ends</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers carried forward are not yet reviewed.</source>
        <translation>Réponses reprises pas encore vérifiées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All parts</source>
        <translation>Toutes les parties</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (formerly %1)</source>
        <translation> (anciennement %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · carried forward, not yet reviewed</source>
        <translation> · reprise, pas encore vérifiée</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save the comparison as PDF</source>
        <translation>Enregistrer la comparaison en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The PDF was not saved</source>
        <translation>Le PDF n’a pas été enregistré</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="-215"/>
        <source>Contributions of this response</source>
        <translation>Contributions de cette réponse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Renvoyée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Fusionnée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests sent</source>
        <translation>Demandes envoyées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send &amp;again…</source>
        <translation>Envoyer de &amp;nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel request</source>
        <translation>&amp;Annuler la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge a reply…</source>
        <translation>&amp;Fusionner un retour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>Fe&amp;rmer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply merged</source>
        <translation>retour fusionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out with the agency</source>
        <translation>en cours auprès de l’organisme</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Requests sent: %1. Out with an agency: %2.</source>
        <translation>Demandes envoyées&#xa0;: %1. En cours auprès d’un organisme&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request was sent from this response yet.</source>
        <translation>Aucune demande n’a encore été envoyée depuis cette réponse.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not saved</source>
        <translation>La demande n’a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request to %1 saved to %2</source>
        <translation>Demande adressée à %1 enregistrée dans %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel the request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request to %1? A reply to it can no longer be merged (unless you send it again).</source>
        <translation>Annuler la demande adressée à %1&#xa0;? Un retour à cette demande ne pourra plus être fusionné (sauf si vous l’envoyez de nouveau).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not cancelled</source>
        <translation>La demande n’a pas été annulée</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../survey_app/gui/item_widgets.py" line="+324"/>
        <location line="+1"/>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date: %1</source>
        <translation>Effacer la date&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="+21"/>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export failed</source>
        <translation>L’exportation a échoué</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../survey_app/gui/group_widget.py" line="+133"/>
        <source>No rows yet.</source>
        <translation>Aucune ligne pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <location line="-65"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 up</source>
        <translation>Monter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Descendre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Supprimer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="-139"/>
        <source>History: %1</source>
        <translation>Historique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <extracomment>the answer of each row as text (newest first, as the table shows them)</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier answers</source>
        <translation>Réponses antérieures</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>(no answer)</source>
        <extracomment>where each row&apos;s answer came from, when it came from a contribution (&quot;&quot; otherwise)</extracomment>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The selected answer in full</source>
        <translation>Texte intégral de la réponse sélectionnée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No earlier answers.</source>
        <translation>Aucune réponse antérieure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore this answer</source>
        <translation>Rétablir cette réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected answer</source>
        <translation>Rétablir la réponse sélectionnée</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not restore</source>
        <translation>Rétablissement impossible</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../survey_app/gui/form.py" line="+181"/>
        <source>Carried forward from the previous cycle: check it is still right.</source>
        <translation>Reprise du cycle précédent&#xa0;: vérifiez qu’elle est toujours exacte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the carried answer: %1</source>
        <translation>Confirmer la réponse reprise&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the answer: %1</source>
        <translation>Historique de la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (private)</source>
        <translation>Note (privée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note: %1</source>
        <translation>Note privée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context from the lead — not asked of your agency</source>
        <translation>Contexte fourni par le ministère chef de file — question non posée à votre organisme</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show the extract: %1</source>
        <translation>Afficher l’extrait&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+25"/>
        <source>Hide extract</source>
        <extracomment>in an agency&apos;s workspace, on a question the lead did not ask: shown read-only, as context</extracomment>
        <translation>Masquer l’extrait</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Show extract</source>
        <translation>Afficher l’extrait</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../survey_app/gui/i18n_qt.py" line="+202"/>
        <source>&amp;Language</source>
        <extracomment>QLocale used for Qt&apos;s own formatting (spin boxes, date edits) per language. Arabic uses a locale with Latin digits, like survey_app.i18n.formatting (see docs/translating.md).</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the menus and messages; answers keep their own language</source>
        <translation>Langue des menus et des messages&#xa0;; les réponses gardent leur propre langue</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../survey_app/gui/item_widgets.py" line="-129"/>
        <source>%1 of %2 words</source>
        <extracomment>single_choice lists longer than this use a drop-down list instead of radio buttons</extracomment>
        <translation>Mots&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="+165"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contributions</source>
        <translation>&amp;Contributions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New response…</source>
        <translation>&amp;Nouvelle réponse…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another &amp;database…</source>
        <translation>Ouvrir une autre &amp;base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy of the database…</source>
        <translation>Enregistrer une &amp;copie de la base de données…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a newer &amp;questionnaire file…</source>
        <translation>Ajouter un fichier de &amp;questionnaire plus récent…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the de&amp;mo</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;responses</source>
        <translation>Toutes les &amp;réponses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;personal data from this response…</source>
        <translation>Supprimer les &amp;données personnelles de cette réponse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next section</source>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous section</source>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>&amp;Review and finalise</source>
        <translation>&amp;Vérifier et finaliser</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Go to the list of &amp;sections</source>
        <translation>Aller à la &amp;liste des sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About NSI Survey…</source>
        <translation>À &amp;propos de NSI Survey…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request contributions…</source>
        <translation>&amp;Demander des contributions…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contributions of this response…</source>
        <translation>&amp;Contributions de cette réponse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge a contribution…</source>
        <translation>&amp;Fusionner une contribution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a contribution received…</source>
        <translation>&amp;Ouvrir une contribution reçue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn to lead…</source>
        <translation>&amp;Renvoyer au ministère chef de file…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry saving</source>
        <translation>Réessayer l’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>National Survey of Implementation</source>
        <translation>Enquête nationale sur la mise en œuvre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot list the responses</source>
        <translation>Impossible d’afficher la liste des réponses</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The response was not created</source>
        <translation>La réponse n’a pas été créée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the response</source>
        <translation>Supprimer la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the response of %1 for cycle %2? You can undo this right after.</source>
        <translation>Supprimer la réponse de %1 pour le cycle %2&#xa0;? Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response was not deleted</source>
        <translation>La réponse n’a pas été supprimée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response deleted.</source>
        <translation>Réponse supprimée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response was not restored</source>
        <translation>La réponse n’a pas été rétablie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response restored.</source>
        <translation>Réponse rétablie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the response</source>
        <translation>Impossible d’ouvrir la réponse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questionnaire not found</source>
        <translation>Questionnaire introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response uses the questionnaire “%1” version %2, which is not installed. Add the questionnaire file (File › Add a newer questionnaire file…) and try again.</source>
        <translation>Cette réponse utilise le questionnaire «&#xa0;%1&#xa0;», version %2, qui n’est pas installé. Ajoutez le fichier du questionnaire (Fichier › Ajouter un fichier de questionnaire plus récent…) et réessayez.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Review</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No response open.</source>
        <translation>Aucune réponse ouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>final (read-only)</source>
        <translation>définitive (lecture seule)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database opened read-only</source>
        <translation>base de données ouverte en lecture seule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · cycle %2 · %3 · %4% answered</source>
        <translation>%1 · cycle %2 · %3 · %4 % de réponses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparison is not available in this version.</source>
        <translation>La comparaison n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last edit could not be saved: %1
Try again before closing?</source>
        <translation>Votre dernière modification n’a pas pu être enregistrée&#xa0;: %1
Réessayer avant de fermer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../survey_app/gui/merge_dialog.py" line="+73"/>
        <source>Merge the reply of %1</source>
        <translation>Fusionner le retour de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reply of %1, answered by %2, returned on %3.</source>
        <translation>Retour de %1, réponses de %2, renvoyé le %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken: %1 · Kept: %2 · The same: %3 · Merged: %4 · Conflicts: %5</source>
        <translation>Acceptées&#xa0;: %1 · Conservées&#xa0;: %2 · Identiques&#xa0;: %3 · Fusionnées&#xa0;: %4 · Conflits&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note from the agency</source>
        <translation>Note de l’organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers of the reply</source>
        <translation>Réponses du retour</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your answer now</source>
        <translation>Votre réponse actuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer of %1</source>
        <translation>Réponse de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck through: only in your answer. Underlined and bold: only in theirs.</source>
        <translation>Barré&#xa0;: uniquement dans votre réponse. Souligné et en gras&#xa0;: uniquement dans celle de l’organisme.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder votre réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre celle de l’organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit a combined text</source>
        <translation>&amp;Rédiger un texte combiné</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Combined text</source>
        <translation>Texte combiné</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Next conflict</source>
        <translation>Conflit &amp;suivant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>conflict: yours kept</source>
        <translation>conflit&#xa0;: votre réponse conservée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: theirs taken</source>
        <translation>conflit&#xa0;: réponse de l’organisme acceptée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: edited</source>
        <translation>conflit&#xa0;: texte combiné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict: choose</source>
        <translation>conflit&#xa0;: à trancher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both you and the agency changed this answer since the request was sent: choose what to keep.</source>
        <translation>Vous et l’organisme avez tous deux modifié cette réponse depuis l’envoi de la demande&#xa0;: choisissez ce que vous conservez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the agency changed this answer: theirs is taken.</source>
        <translation>Seul l’organisme a modifié cette réponse&#xa0;: la sienne est acceptée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency did not change this answer: yours is kept.</source>
        <translation>L’organisme n’a pas modifié cette réponse&#xa0;: la vôtre est conservée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and the agency gave the same answer: nothing changes.</source>
        <translation>Vous et l’organisme avez donné la même réponse&#xa0;: rien ne change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both changed rows of this table: the rows are merged (yours first).</source>
        <translation>Les deux parties ont modifié des lignes de ce tableau&#xa0;: les lignes sont fusionnées (les vôtres d’abord).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Last changed in the agency by %1 on %2.</source>
        <translation>Dernière modification dans l’organisme par %1 le %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note from the agency: %1</source>
        <translation>Note de l’organisme&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write the combined text, or keep yours or take theirs.</source>
        <translation>Rédigez le texte combiné, ou bien gardez votre réponse ou prenez celle de l’organisme.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve before merging: %1</source>
        <translation>Conflits à résoudre avant la fusion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every conflict is resolved.</source>
        <translation>Tous les conflits sont résolus.</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="+21"/>
        <location line="+15"/>
        <source>Other, please specify</source>
        <translation>Autre (veuillez préciser)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other, please specify: %1</source>
        <translation>Autre (veuillez préciser)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please specify</source>
        <translation>Veuillez préciser</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../survey_app/gui/navigator.py" line="+82"/>
        <source>Parts and sections</source>
        <extracomment>counts end-aligned (mirrored in Arabic by Qt: AlignTrailing follows the layout direction) carried forward from the previous cycle and not yet confirmed questions of the section are out with another agency (docs/contributions.md) section id -&gt; the agencies some of its questions are out with</extracomment>
        <translation>Parties et sections</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Context from the lead: nothing to answer here</source>
        <translation>Contexte fourni par le ministère chef de file&#xa0;: rien à répondre ici</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to confirm</source>
        <translation>À confirmer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out with: %1</source>
        <translation>En cours auprès de&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>NewResponseDialog</name>
    <message>
        <location filename="../../survey_app/gui/new_response_dialog.py" line="+43"/>
        <source>New response</source>
        <extracomment>offered first: what a ministry is asked to fill in the interface language: State names, questionnaire titles and the response&apos;s default language</extracomment>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the State, the reporting cycle and the questionnaire. Type a name that is not in the list to use a custom name.</source>
        <translation>Choisissez l’État, le cycle de rapport et le questionnaire. Pour utiliser un nom absent de la liste, saisissez-le.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start typing a State&apos;s name</source>
        <translation>Commencez à saisir le nom d’un État</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;State</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle (year)</source>
        <translation>Cycle (année)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cycle (year)</source>
        <translation>&amp;Cycle (année)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the response</source>
        <translation>Langue de la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Member State: %1</source>
        <translation>État Membre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Member State&apos;s name: it will be recorded as the custom name “%1”.</source>
        <translation>Ce nom n’est pas celui d’un État Membre&#xa0;: il sera enregistré comme nom personnalisé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean: %1?</source>
        <translation>Vouliez-vous dire&#xa0;: %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Start from the previous cycle&apos;s answers</source>
        <translation>Partir des réponses du cycle précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from the answers of cycle %1 (you confirm or edit each one)</source>
        <translation>Partir des réponses du cycle %1 (vous confirmez ou modifiez chacune)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No questionnaire is available. Add a questionnaire file first.</source>
        <translation>Aucun questionnaire n’est disponible. Ajoutez d’abord un fichier de questionnaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the State (at most 200 characters).</source>
        <translation>Saisissez le nom de l’État (200 caractères au maximum).</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="+63"/>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes are for drafting: they stay in this database and are never exported.</source>
        <translation>Les notes servent à la rédaction&#xa0;: elles restent dans cette base de données et ne sont jamais exportées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the note</source>
        <translation>Impossible d’enregistrer la note</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="-137"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the PDF</source>
        <translation>Langue du PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include answers marked as sensitive (personal data)</source>
        <translation>Inclure les réponses marquées comme sensibles (données personnelles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out unanswered questions</source>
        <translation>Omettre les questions sans réponse</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Date of issue</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../survey_app/gui/read_only_banner.py" line="+83"/>
        <source>This database is open read-only: you can look at the answers but not change them.</source>
        <extracomment>how much of the lead&apos;s message the banner shows (up to 10,000 characters may come)</extracomment>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: vous pouvez consulter les réponses, mais pas les modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This response is final and read-only. Reopen it to make changes.</source>
        <translation>Cette réponse est finalisée et en lecture seule. Rouvrez-la pour la modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen for editing…</source>
        <translation>Rouvrir pour modification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the response for editing</source>
        <translation>Rouvrir la réponse pour la modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to lead…</source>
        <translation>Renvoyer au ministère chef de file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the answers to the lead ministry</source>
        <translation>Renvoyer les réponses au ministère chef de file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the whole message</source>
        <translation>Lire le message en entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the lead&apos;s whole message</source>
        <translation>Lire en entier le message du ministère chef de file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contribution requested by %1 (%2, %3)</source>
        <translation>Contribution demandée par %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution requested by %1 (%2, %3) — due %4</source>
        <translation>Contribution demandée par %1 (%2, %3) — date limite&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead ministry</source>
        <translation>le ministère chef de file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message from the lead: %1</source>
        <translation>Message du ministère chef de file&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message from the lead</source>
        <translation>Message du ministère chef de file</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="-479"/>
        <source>Request contributions</source>
        <translation>Demander des contributions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the agency and the sections or questions it should answer. The file you save is sent to the agency; its reply is merged back with Merge a contribution…</source>
        <translation>Choisissez l’organisme et les sections ou questions auxquelles il doit répondre. Le fichier que vous enregistrez est envoyé à l’organisme&#xa0;; son retour est ensuite fusionné avec «&#xa0;Fusionner une contribution…&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type or choose the agency</source>
        <translation>Saisissez ou choisissez l’organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions asked</source>
        <translation>Questions posées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Date limite&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the agency should know: what to answer, whom to ask…</source>
        <translation>Ce que l’organisme doit savoir&#xa0;: à quoi répondre, qui consulter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message to the agency</source>
        <translation>Message à l’organisme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M&amp;essage:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the other answers as read-only &amp;context</source>
        <translation>Joindre les autres réponses en lecture seule comme &amp;contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;personal data</source>
        <translation>Inclure les données &amp;personnelles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal data is asked: the file is encrypted with a passphrase.</source>
        <translation>Des données personnelles sont demandées&#xa0;: le fichier est chiffré avec une phrase secrète.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save the request…</source>
        <translation>&amp;Enregistrer la demande…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>personal data</source>
        <translation>données personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out with %1</source>
        <translation>en cours auprès de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This question holds personal data: tick “Include personal data” to ask it.</source>
        <translation>Cette question porte sur des données personnelles&#xa0;: cochez «&#xa0;Inclure les données personnelles&#xa0;» pour la poser.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Questions chosen: %1</source>
        <translation>Questions choisies&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter the name of the agency asked to contribute.</source>
        <translation>Saisissez le nom de l’organisme invité à contribuer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Le message est trop long&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was not saved</source>
        <translation>La demande n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../survey_app/gui/response_view.py" line="+148"/>
        <source>All responses</source>
        <extracomment>the form column&apos;s width in average characters (long lines are hard to read) the navigator&apos;s part of the window&apos;s width, and the limits of the user&apos;s choice the navigator widens for large text up to this share, to show this many characters of a title How long the shown section stays untouched before a neighbour is built in the background. pages built but not shown when answers changed: section id -&gt; values must be reloaded the navigator&apos;s share of the width: kept when the window is resized (a fixed 340 px cut every section title on a wide screen); the user&apos;s own choice when they drag the handle</extracomment>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all responses</source>
        <translation>Retour à toutes les réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — cycle %2 — %3</source>
        <translation>%1 — cycle %2 — %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and finalise</source>
        <translation>Vérifier et finaliser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall progress</source>
        <translation>Avancement global</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Finalise this response? It becomes read-only until you reopen it.</source>
        <translation>Finaliser cette réponse&#xa0;? Elle sera en lecture seule jusqu’à ce que vous la rouvriez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These carried-forward answers were not confirmed:</source>
        <translation>Ces réponses reprises n’ont pas été confirmées&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the response</source>
        <translation>Finaliser la réponse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not finalise</source>
        <translation>Finalisation impossible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the response</source>
        <translation>Rouvrir la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen this response for editing? It becomes a draft again.</source>
        <translation>Rouvrir cette réponse pour la modifier&#xa0;? Elle redeviendra un projet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reopen</source>
        <translation>Réouverture impossible</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_agency.py" line="-148"/>
        <source>the lead ministry</source>
        <translation>le ministère chef de file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to lead</source>
        <translation>Renvoyer au ministère chef de file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Returned before on %1; the new file replaces it.</source>
        <translation>Déjà renvoyé le %1&#xa0;; le nouveau fichier remplace le précédent.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Questions %2 asked your agency: %1. Answered: %3; changed by your agency: %4. Your answers are written to a file for you to send back, each with a note for the lead if you write one.</source>
        <translation>Questions posées à votre organisme par %2&#xa0;: %1. Questions ayant une réponse&#xa0;: %3&#xa0;; modifiées par votre organisme&#xa0;: %4. Vos réponses sont écrites dans un fichier à renvoyer, chacune accompagnée d’une note pour le ministère chef de file si vous en rédigez une.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by your agency</source>
        <translation>Modifiée par votre organisme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the lead sent it (not changed)</source>
        <translation>Telle que le ministère chef de file l’a envoyée (non modifiée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for the lead (optional)</source>
        <translation>Note pour le ministère chef de file (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the lead: %1</source>
        <translation>Note pour le ministère chef de file&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Write the reply file…</source>
        <translation>É&amp;crire le fichier de retour…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The note was not saved</source>
        <translation>La note n’a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase cannot be used</source>
        <translation>Impossible d’utiliser la phrase secrète</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../survey_app/gui/review_view.py" line="+60"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the response</source>
        <translation>Finaliser la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen for editing…</source>
        <translation>Rouvrir pour modification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the response for editing</source>
        <translation>Rouvrir la réponse pour la modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to check</source>
        <translation>Questions à vérifier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carried forward, not yet confirmed</source>
        <translation>Reprise, pas encore confirmée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This response is final and read-only. Reopen it to make changes.</source>
        <translation>Cette réponse est finalisée et en lecture seule. Rouvrez-la pour la modifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 questions answered. %3 points to check; choose one to go to it.</source>
        <translation>Questions avec réponse&#xa0;: %1 sur %2. Points à vérifier&#xa0;: %3&#xa0;; choisissez-en un pour y accéder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything is answered and valid. You can finalise the response.</source>
        <translation>Tout est rempli et valide. Vous pouvez finaliser la réponse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 carried-forward answers are still to be confirmed.</source>
        <translation>%1 réponses reprises du cycle précédent restent à confirmer.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../survey_app/gui/search_dialog.py" line="+59"/>
        <source>Find</source>
        <extracomment>characters of an answer shown around its first match of which before the match, so the matched words are never cut off the end</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words in a question or an answer</source>
        <translation>Mots d’une question ou d’une réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 found</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../survey_app/gui/form.py" line="+81"/>
        <source>Confirm all carried answers in this section</source>
        <translation>Confirmer toutes les réponses reprises de cette section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SendAgainDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="+26"/>
        <source>Send again</source>
        <translation>Envoyer de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request to %1 is written again, with the answers as they were sent.</source>
        <translation>La demande adressée à %1 est réécrite, avec les réponses telles qu’elles ont été envoyées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../survey_app/gui/start_screen.py" line="+115"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses in this database</source>
        <translation>Réponses de cette base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New response…</source>
        <translation>&amp;Nouvelle réponse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no responses in this database yet. Choose “New response” to start one, or “Open the demo” to look at a fictional example.</source>
        <translation>Cette base de données ne contient encore aucune réponse. Choisissez «&#xa0;Nouvelle réponse&#xa0;» pour en commencer une, ou «&#xa0;Ouvrir la démonstration&#xa0;» pour voir un exemple fictif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire files that could not be loaded</source>
        <translation>Fichiers de questionnaire qui n’ont pas pu être chargés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — contribution for %2</source>
        <translation>%1 — contribution pour %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — contribution for the lead ministry</source>
        <translation>%1 — contribution pour le ministère chef de file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1% (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>StatusChartWidget</name>
    <message>
        <location filename="../../survey_app/gui/chart_widget.py" line="+42"/>
        <source>Implementation status of each norm by cycle</source>
        <translation>État de mise en œuvre de chaque norme, par cycle</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No implementation status recorded yet.</source>
        <translation>Aucun état de mise en œuvre n’a encore été enregistré.</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="-91"/>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
</context>
</TS>
