<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../survey_app/gui/contribution_agency.py" line="+66"/>
        <location line="+6"/>
        <source>Open a contribution received</source>
        <translation>Abrir una contribución recibida</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This database is open read-only, perhaps because the application is already open with it. Open the file in the window where the database is open for editing, with Contributions › Open a contribution received…</source>
        <translation>Esta base de datos está abierta en modo de solo lectura, quizá porque la aplicación ya está abierta con ella. Abra el archivo en la ventana donde la base de datos está abierta para editar, con «Contribuciones › Abrir una contribución recibida…».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contribution opened from “%1”: answer the questions asked, then choose Return to lead.</source>
        <translation>Contribución abierta desde «%1»: responda a las preguntas formuladas y elija «Devolver al ministerio principal».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was opened before: your answers are as you left them.</source>
        <translation>«%1» ya se abrió antes: sus respuestas están tal como las dejó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>The contribution was not opened</source>
        <translation>No se ha abierto la contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../survey_app/gui/errors.py" line="+53"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../survey_app/gui/errors.py" line="+1"/>
        <location filename="../../survey_app/gui/recovery.py" line="+43"/>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <location line="+14"/>
        <source>Return to lead</source>
        <translation>Devolver al ministerio principal</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Your last edit is not saved yet: %1
Save it (Retry) before returning the answers.</source>
        <translation>Su última modificación aún no se ha guardado: %1
Guárdela («Reintentar») antes de devolver las respuestas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>The answers were not returned</source>
        <translation>No se han devuelto las respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead ministry</source>
        <translation>el ministerio principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply written to “%1”: send it to %2.</source>
        <translation>Contestación guardada en «%1»: envíe el archivo a su destinatario (%2).</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/errors.py" line="+12"/>
        <source>Something went wrong</source>
        <translation>Se ha producido un problema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your answers saved so far are safe; the application keeps running.</source>
        <translation>Se ha producido un error inesperado. Las respuestas guardadas hasta ahora están a salvo; la aplicación sigue funcionando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details were written to %1. Please send that file with your report.</source>
        <translation>Los detalles se han guardado en %1. Sírvase adjuntar ese archivo a su informe.</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="+103"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the JSON file</source>
        <translation>Guardar el archivo JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/about.py" line="+47"/>
        <source>standalone build</source>
        <translation>versión autónoma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Python installation</source>
        <translation>instalación de Python</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The National Survey of Implementation of the framework of responsible State behaviour in the use of information and communications technologies. It works offline: nothing you enter leaves this computer unless you export it.</source>
        <translation>Encuesta Nacional sobre la Aplicación del marco de comportamiento responsable de los Estados en el uso de las tecnologías de la información y las comunicaciones. Funciona sin conexión: nada de lo que introduzca sale de esta computadora a menos que lo exporte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your responses are saved in: %1</source>
        <translation>Sus respuestas se guardan en: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/database_actions.py" line="+69"/>
        <source>The database is already open</source>
        <translation>La base de datos ya está abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another window or program. Open it read-only here (you can look but not change anything)?</source>
        <translation>%1 está abierta en otra ventana u otro programa. ¿Abrirla aquí en modo de solo lectura (podrá consultarla, pero no modificar nada)?</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+27"/>
        <location filename="../../survey_app/gui/recovery.py" line="+55"/>
        <source>Cannot open the database</source>
        <extracomment>objects another program added to the file (triggers, tables): treated as damaged, never written to the file or its folder cannot be written (raised by Store.open for a file the user may only read)</extracomment>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Please note</source>
        <translation>Tenga en cuenta</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/recovery.py" line="-37"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 cannot be used, and no healthy backup of it was found.</source>
        <extracomment>open_store(parent, path) of database_actions (passed in: the two modules would import each other)</extracomment>
        <translation>%1 no puede utilizarse y no se ha encontrado ninguna copia de seguridad en buen estado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can set the damaged file aside (it is kept, renamed, never deleted) and start a new, empty database in its place, or open another database file.</source>
        <translation>Puede apartar el archivo dañado (se conserva con otro nombre y nunca se elimina) y crear en su lugar una base de datos nueva y vacía, o bien abrir otro archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set it aside and start a new database</source>
        <translation>Apartar el archivo y crear una base de datos nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database was changed by another program</source>
        <translation>Otro programa ha modificado la base de datos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be used.

Set this file aside (it is kept, renamed) and restore the newest healthy backup (%2)? Changes made after that backup are not in it.</source>
        <translation>%1 no puede utilizarse.

¿Apartar este archivo (se conserva con otro nombre) y restaurar la copia de seguridad en buen estado más reciente (%2)? Los cambios hechos después de esa copia no figuran en ella.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file that could not be used was kept as %1. The database now holds the backup %2.</source>
        <translation>El archivo que no podía utilizarse se conservó como %1. La base de datos contiene ahora la copia de seguridad %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file that could not be used was kept as %1. A new, empty database was started in its place.</source>
        <translation>El archivo que no podía utilizarse se conservó como %1. Se ha creado en su lugar una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The backup could not be restored</source>
        <translation>No se ha podido restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A new database was started</source>
        <translation>Se ha creado una base de datos nueva</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/database_actions.py" line="+10"/>
        <source>The database cannot be changed</source>
        <translation>No se puede modificar la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed: the file or its folder cannot be written. Open it read-only here (you can look but not change anything)?</source>
        <translation>%1 no se puede modificar: no se puede escribir en el archivo o en su carpeta. ¿Abrirla aquí en modo de solo lectura (podrá consultarla, pero no modificar nada)?</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../survey_app/gui/recovery.py" line="-51"/>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../survey_app/gui/recovery.py" line="+1"/>
        <source>Survey databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de la encuesta (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save a copy of the database</source>
        <translation>Guardar una copia de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey databases (*.db)</source>
        <translation>Bases de datos de la encuesta (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy was not saved</source>
        <translation>No se ha guardado la copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Survey databases (*.db);;All files (*)</source>
        <translation>Bases de datos de la encuesta (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the current database with the backup %1?
A copy of the current database is kept in the backups folder first, so this can be undone.</source>
        <translation>¿Sustituir la base de datos actual por la copia de seguridad %1?
Antes se conserva una copia de la base actual en la carpeta de copias de seguridad, por lo que la operación puede deshacerse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup was not restored</source>
        <translation>No se ha restaurado la copia de seguridad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup restored.</source>
        <translation>Copia de seguridad restaurada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database was kept as %1.</source>
        <translation>La base de datos anterior se ha conservado como %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a questionnaire file</source>
        <translation>Añadir un archivo de cuestionario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire files (*.yaml *.yml)</source>
        <translation>Archivos de cuestionario (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The questionnaire was not added</source>
        <translation>No se ha añadido el cuestionario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 has problems; fix them and add it again.</source>
        <translation>El archivo %1 tiene problemas; corríjalos y vuelva a añadirlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire added: %1</source>
        <translation>Cuestionario añadido: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo could not be added</source>
        <translation>No se ha podido añadir la demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo responses (Republic of Examplia) are in this database.</source>
        <translation>Las respuestas de demostración (República de Examplia) están en esta base de datos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No personal data</source>
        <translation>Sin datos personales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response holds no answers to questions marked as personal data.</source>
        <translation>Esta respuesta no contiene respuestas a preguntas marcadas como datos personales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response holds none any more, but these copies of the database still do:</source>
        <translation>La respuesta ya no los contiene, pero estas copias de la base de datos todavía sí:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove personal data</source>
        <translation>Eliminar los datos personales</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove these answers, their history and notes from this response and from every automatic backup? This cannot be undone.</source>
        <translation>¿Desea eliminar estas respuestas, junto con su historial y sus notas, de esta respuesta y de todas las copias de seguridad automáticas? Esta operación no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not remove the personal data</source>
        <translation>No se han podido eliminar los datos personales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data removed</source>
        <translation>Datos personales eliminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers removed: %1. Earlier values removed: %2. Automatic backups cleaned: %3. Copies saved elsewhere (exported files, copies of the database you saved yourself) still hold the data: delete them too.</source>
        <translation>Respuestas eliminadas: %1. Valores anteriores eliminados: %2. Copias de seguridad automáticas depuradas: %3. Las copias guardadas en otros lugares (archivos exportados, copias de la base de datos que haya guardado usted mismo) siguen conteniendo los datos: elimínelas también.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unfinished backup files (from a backup that was interrupted) deleted: %1.</source>
        <translation>Archivos de copia de seguridad incompletos (procedentes de una copia de seguridad interrumpida) eliminados: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files could be neither cleaned nor deleted and still hold the data; delete them yourself: %1</source>
        <translation>Los archivos siguientes no se han podido depurar ni eliminar y siguen conteniendo los datos; elimínelos usted mismo: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/contribution_files.py" line="+27"/>
        <source>Contribution files (*%1);;All files (*)</source>
        <translation>Archivos de contribución (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+65"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>“%1” is encrypted. Enter the passphrase the sender gave you.</source>
        <translation>«%1» está cifrado. Introduzca la frase de contraseña que le comunicó el remitente.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file cannot be used</source>
        <translation>No se puede utilizar el archivo</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Cifrar con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain:</source>
        <translation>C&amp;onfirmación:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Passphrase again</source>
        <translation>Confirmación de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least %1 characters. Give it to the recipient another way than the file (e.g. by telephone).</source>
        <translation>Al menos %1 caracteres. Comuníquela al destinatario por un medio distinto del archivo (por ejemplo, por teléfono).</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="+382"/>
        <source>Request to %1 saved to %2</source>
        <translation>Solicitud dirigida a %1 guardada en %2</translation>
    </message>
    <message>
        <location line="+230"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Merge a contribution</source>
        <translation>Fusionar una contribución</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your last edit is not saved yet: %1
Save it (Retry) before merging a contribution.</source>
        <translation>Su última modificación aún no se ha guardado: %1
Guárdela («Reintentar») antes de fusionar una contribución.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This response is final. Reopen it (Reopen for editing…, above the form) before merging a contribution.</source>
        <translation>Esta respuesta es definitiva. Reábrala («Reabrir para editar…», encima del formulario) antes de fusionar una contribución.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reply cannot be merged</source>
        <translation>No se puede fusionar la contestación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This reply from %1 was merged already: there is nothing new in it.</source>
        <translation>Esta contestación de %1 ya se fusionó: no contiene nada nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reply was not merged</source>
        <translation>No se ha fusionado la contestación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers merged from %2: %1</source>
        <translation>Respuestas de %2 fusionadas: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="+151"/>
        <location line="+21"/>
        <source>Contribution from %1</source>
        <translation>Contribución de %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Contribution from another agency</source>
        <translation>Contribución de otro organismo</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+8"/>
        <source>Received with the lead&apos;s request</source>
        <translation>Recibida con la solicitud del ministerio principal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (answered by %2)</source>
        <translation>%1 (respondida por %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, request of %2</source>
        <translation>%1, solicitud del %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, returned %2</source>
        <translation>%1, devuelta el %2</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="+98"/>
        <location line="+5"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>— No answer —</source>
        <translation>— Sin respuesta —</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../survey_app/gui/compare_view.py" line="+270"/>
        <location line="+103"/>
        <source>Year over year</source>
        <extracomment>colours of a status in the list; the words are always shown too the chart takes at most this share of the height (it scrolls beyond), the lists the rest (response id, item id): the user wants to see this question in the response the comparison PDF was written (its path) the window&apos;s title for the pair now compared labels of the questionnaire (norms, statuses, legend) in the language the form shows them: the interface language when the questionnaire has it, else the response&apos;s (as MainWindow.form_language); fixed wording in the interface&apos;s set once the user drags a splitter: their sizes are kept from then on</extracomment>
        <translation>Comparación interanual</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only</source>
        <translation>Solo los cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation status of each norm by cycle</source>
        <translation>Estado de aplicación de cada norma, por ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part and section</source>
        <translation>Parte y sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in the response</source>
        <translation>Abrir en la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of %2 questions differ between %3 and %4</source>
        <translation>Preguntas que difieren entre %3 y %4: %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose two different cycles to compare.</source>
        <translation>Elija dos ciclos distintos para compararlos.</translation>
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
        <translation>Respuestas trasladadas aún sin revisar: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All parts</source>
        <translation>Todas las partes</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (formerly %1)</source>
        <translation> (antes %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · carried forward, not yet reviewed</source>
        <translation> · trasladada, aún sin revisar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save the comparison as PDF</source>
        <translation>Guardar la comparación como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The PDF was not saved</source>
        <translation>No se ha guardado el PDF</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="-215"/>
        <source>Contributions of this response</source>
        <translation>Contribuciones de esta respuesta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Devuelta el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Fusionada el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests sent</source>
        <translation>Solicitudes enviadas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send &amp;again…</source>
        <translation>&amp;Volver a enviar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancelar la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge a reply…</source>
        <translation>&amp;Fusionar una contestación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply merged</source>
        <translation>contestación fusionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out with the agency</source>
        <translation>en manos del organismo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Requests sent: %1. Out with an agency: %2.</source>
        <translation>Solicitudes enviadas: %1. En manos de un organismo: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request was sent from this response yet.</source>
        <translation>Todavía no se ha enviado ninguna solicitud desde esta respuesta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the request</source>
        <translation>Guardar la solicitud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not saved</source>
        <translation>No se ha guardado la solicitud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request to %1 saved to %2</source>
        <translation>Solicitud dirigida a %1 guardada en %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel the request</source>
        <translation>Cancelar la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request to %1? A reply to it can no longer be merged (unless you send it again).</source>
        <translation>¿Cancelar la solicitud dirigida a %1? Ya no se podrá fusionar ninguna contestación a ella (salvo que vuelva a enviarla).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not cancelled</source>
        <translation>No se ha cancelado la solicitud</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../survey_app/gui/item_widgets.py" line="+324"/>
        <location line="+1"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date: %1</source>
        <translation>Borrar la fecha: %1</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="+21"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../survey_app/gui/group_widget.py" line="+133"/>
        <source>No rows yet.</source>
        <translation>Todavía no hay filas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to %1</source>
        <translation>Añadir una fila a %1</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <location line="-65"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Eliminar la fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 up</source>
        <translation>Subir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Bajar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Eliminar: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="-139"/>
        <source>History: %1</source>
        <translation>Historial: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <extracomment>the answer of each row as text (newest first, as the table shows them)</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier answers</source>
        <translation>Respuestas anteriores</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>(no answer)</source>
        <extracomment>where each row&apos;s answer came from, when it came from a contribution (&quot;&quot; otherwise)</extracomment>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The selected answer in full</source>
        <translation>Texto completo de la respuesta seleccionada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No earlier answers.</source>
        <translation>No hay respuestas anteriores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore this answer</source>
        <translation>Restablecer esta respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected answer</source>
        <translation>Restablecer la respuesta seleccionada</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not restore</source>
        <translation>No se pudo restablecer</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../survey_app/gui/form.py" line="+181"/>
        <source>Carried forward from the previous cycle: check it is still right.</source>
        <translation>Trasladada del ciclo anterior: compruebe que sigue siendo correcta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the carried answer: %1</source>
        <translation>Confirmar la respuesta trasladada: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the answer: %1</source>
        <translation>Historial de la respuesta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (private)</source>
        <translation>Nota (privada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note: %1</source>
        <translation>Nota privada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context from the lead — not asked of your agency</source>
        <translation>Contexto del ministerio principal — pregunta no formulada a su organismo</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show the extract: %1</source>
        <translation>Mostrar el extracto: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+25"/>
        <source>Hide extract</source>
        <extracomment>in an agency&apos;s workspace, on a question the lead did not ask: shown read-only, as context</extracomment>
        <translation>Ocultar el extracto</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Show extract</source>
        <translation>Mostrar el extracto</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../survey_app/gui/i18n_qt.py" line="+202"/>
        <source>&amp;Language</source>
        <extracomment>QLocale used for Qt&apos;s own formatting (spin boxes, date edits) per language. Arabic uses a locale with Latin digits, like survey_app.i18n.formatting (see docs/translating.md).</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the menus and messages; answers keep their own language</source>
        <translation>Idioma de los menús y mensajes; las respuestas conservan su propio idioma</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../survey_app/gui/item_widgets.py" line="-129"/>
        <source>%1 of %2 words</source>
        <extracomment>single_choice lists longer than this use a drop-down list instead of radio buttons</extracomment>
        <translation>Palabras: %1 de %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="+165"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contributions</source>
        <translation>&amp;Contribuciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New response…</source>
        <translation>&amp;Nueva respuesta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another &amp;database…</source>
        <translation>Abrir otra &amp;base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy of the database…</source>
        <translation>Guardar una &amp;copia de la base de datos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a newer &amp;questionnaire file…</source>
        <translation>Añadir un archivo de &amp;cuestionario más reciente…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the de&amp;mo</source>
        <translation>Abrir la de&amp;mostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar a &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;JSON…</source>
        <translation>Exportar a &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;responses</source>
        <translation>Todas las &amp;respuestas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;personal data from this response…</source>
        <translation>Eliminar los datos &amp;personales de esta respuesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next section</source>
        <translation>Sección &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous section</source>
        <translation>Sección &amp;anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>&amp;Review and finalise</source>
        <translation>&amp;Revisar y finalizar</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Go to the list of &amp;sections</source>
        <translation>Ir a la &amp;lista de secciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About NSI Survey…</source>
        <translation>&amp;Acerca de NSI Survey…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request contributions…</source>
        <translation>&amp;Solicitar contribuciones…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contributions of this response…</source>
        <translation>&amp;Contribuciones de esta respuesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge a contribution…</source>
        <translation>&amp;Fusionar una contribución…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a contribution received…</source>
        <translation>&amp;Abrir una contribución recibida…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn to lead…</source>
        <translation>&amp;Devolver al ministerio principal…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry saving</source>
        <translation>Reintentar el guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>National Survey of Implementation</source>
        <translation>Encuesta Nacional sobre la Aplicación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot list the responses</source>
        <translation>No se puede mostrar la lista de respuestas</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The response was not created</source>
        <translation>No se ha creado la respuesta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the response</source>
        <translation>Eliminar la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the response of %1 for cycle %2? You can undo this right after.</source>
        <translation>¿Eliminar la respuesta de %1 para el ciclo %2? Podrá deshacerlo justo después.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response was not deleted</source>
        <translation>No se ha eliminado la respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response deleted.</source>
        <translation>Respuesta eliminada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response was not restored</source>
        <translation>No se ha restablecido la respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response restored.</source>
        <translation>Respuesta restablecida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the response</source>
        <translation>No se puede abrir la respuesta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questionnaire not found</source>
        <translation>No se ha encontrado el cuestionario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response uses the questionnaire “%1” version %2, which is not installed. Add the questionnaire file (File › Add a newer questionnaire file…) and try again.</source>
        <translation>Esta respuesta utiliza el cuestionario «%1», versión %2, que no está instalado. Añada el archivo del cuestionario (Archivo › Añadir un archivo de cuestionario más reciente…) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No response open.</source>
        <translation>No hay ninguna respuesta abierta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>final (read-only)</source>
        <translation>definitiva (solo lectura)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database opened read-only</source>
        <translation>base de datos abierta en modo de solo lectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · cycle %2 · %3 · %4% answered</source>
        <translation>%1 · ciclo %2 · %3 · %4 % respondido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparison is not available in this version.</source>
        <translation>La comparación no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last edit could not be saved: %1
Try again before closing?</source>
        <translation>No se ha podido guardar su última modificación: %1
¿Volver a intentarlo antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../survey_app/gui/merge_dialog.py" line="+73"/>
        <source>Merge the reply of %1</source>
        <translation>Fusionar la contestación de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reply of %1, answered by %2, returned on %3.</source>
        <translation>Contestación de %1, respondida por %2, devuelta el %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken: %1 · Kept: %2 · The same: %3 · Merged: %4 · Conflicts: %5</source>
        <translation>Aceptadas: %1 · Conservadas: %2 · Idénticas: %3 · Fusionadas: %4 · Conflictos: %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note from the agency</source>
        <translation>Nota del organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers of the reply</source>
        <translation>Respuestas de la contestación</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your answer now</source>
        <translation>Su respuesta actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer of %1</source>
        <translation>Respuesta de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck through: only in your answer. Underlined and bold: only in theirs.</source>
        <translation>Tachado: solo en su respuesta. Subrayado y en negrita: solo en la del organismo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mantener su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Aceptar la del organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit a combined text</source>
        <translation>&amp;Editar un texto combinado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Combined text</source>
        <translation>Texto combinado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Next conflict</source>
        <translation>Conflicto &amp;siguiente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>conflict: yours kept</source>
        <translation>conflicto: se conserva su respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: theirs taken</source>
        <translation>conflicto: se acepta la del organismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: edited</source>
        <translation>conflicto: texto combinado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict: choose</source>
        <translation>conflicto: por resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>conservada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same</source>
        <translation>idéntica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>fusionada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both you and the agency changed this answer since the request was sent: choose what to keep.</source>
        <translation>Tanto usted como el organismo han modificado esta respuesta desde que se envió la solicitud: elija qué conservar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the agency changed this answer: theirs is taken.</source>
        <translation>Solo el organismo ha modificado esta respuesta: se acepta la del organismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency did not change this answer: yours is kept.</source>
        <translation>El organismo no ha modificado esta respuesta: se conserva su respuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and the agency gave the same answer: nothing changes.</source>
        <translation>Usted y el organismo han dado la misma respuesta: no cambia nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both changed rows of this table: the rows are merged (yours first).</source>
        <translation>Ambas partes han modificado filas de esta tabla: las filas se fusionan (primero las suyas).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Last changed in the agency by %1 on %2.</source>
        <translation>Última modificación en el organismo: %1, el %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note from the agency: %1</source>
        <translation>Nota del organismo: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write the combined text, or keep yours or take theirs.</source>
        <translation>Escriba el texto combinado, o bien mantenga su respuesta o acepte la del organismo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve before merging: %1</source>
        <translation>Conflictos por resolver antes de fusionar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every conflict is resolved.</source>
        <translation>Todos los conflictos están resueltos.</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="+21"/>
        <location line="+15"/>
        <source>Other, please specify</source>
        <translation>Otro (sírvase especificar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other, please specify: %1</source>
        <translation>Otro (sírvase especificar): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please specify</source>
        <translation>Sírvase especificar</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../survey_app/gui/navigator.py" line="+82"/>
        <source>Parts and sections</source>
        <extracomment>counts end-aligned (mirrored in Arabic by Qt: AlignTrailing follows the layout direction) carried forward from the previous cycle and not yet confirmed questions of the section are out with another agency (docs/contributions.md) section id -&gt; the agencies some of its questions are out with</extracomment>
        <translation>Partes y secciones</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Context from the lead: nothing to answer here</source>
        <translation>Contexto del ministerio principal: nada que responder aquí</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to confirm</source>
        <translation>Por confirmar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out with: %1</source>
        <translation>En manos de: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 of %2 answered</source>
        <translation>Respondidas: %1 de %2</translation>
    </message>
</context>
<context>
    <name>NewResponseDialog</name>
    <message>
        <location filename="../../survey_app/gui/new_response_dialog.py" line="+43"/>
        <source>New response</source>
        <extracomment>offered first: what a ministry is asked to fill in the interface language: State names, questionnaire titles and the response&apos;s default language</extracomment>
        <translation>Nueva respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the State, the reporting cycle and the questionnaire. Type a name that is not in the list to use a custom name.</source>
        <translation>Elija el Estado, el ciclo de presentación de informes y el cuestionario. Para usar un nombre que no figura en la lista, escríbalo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start typing a State&apos;s name</source>
        <translation>Empiece a escribir el nombre de un Estado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle (year)</source>
        <translation>Ciclo (año)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cycle (year)</source>
        <translation>&amp;Ciclo (año)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Questionnaire</source>
        <translation>C&amp;uestionario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the response</source>
        <translation>Idioma de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Member State: %1</source>
        <translation>Estado Miembro: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Member State&apos;s name: it will be recorded as the custom name “%1”.</source>
        <translation>No es el nombre de un Estado Miembro: se registrará como nombre personalizado «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean: %1?</source>
        <translation>¿Quería decir: %1?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Start from the previous cycle&apos;s answers</source>
        <translation>Partir de las respuestas del ciclo anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from the answers of cycle %1 (you confirm or edit each one)</source>
        <translation>Partir de las respuestas del ciclo %1 (confirmará o modificará cada una)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No questionnaire is available. Add a questionnaire file first.</source>
        <translation>No hay ningún cuestionario disponible. Añada primero un archivo de cuestionario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the State (at most 200 characters).</source>
        <translation>Introduzca el nombre del Estado (200 caracteres como máximo).</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="+63"/>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes are for drafting: they stay in this database and are never exported.</source>
        <translation>Las notas sirven para la redacción: permanecen en esta base de datos y nunca se exportan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the note</source>
        <translation>No se pudo guardar la nota</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="-137"/>
        <source>Export PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the PDF</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include answers marked as sensitive (personal data)</source>
        <translation>Incluir las respuestas marcadas como sensibles (datos personales)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out unanswered questions</source>
        <translation>Omitir las preguntas sin respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Date of issue</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../survey_app/gui/read_only_banner.py" line="+83"/>
        <source>This database is open read-only: you can look at the answers but not change them.</source>
        <extracomment>how much of the lead&apos;s message the banner shows (up to 10,000 characters may come)</extracomment>
        <translation>Esta base de datos está abierta en modo de solo lectura: puede consultar las respuestas, pero no modificarlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This response is final and read-only. Reopen it to make changes.</source>
        <translation>Esta respuesta es definitiva y de solo lectura. Reábrala para introducir cambios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen for editing…</source>
        <translation>Reabrir para editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the response for editing</source>
        <translation>Reabrir la respuesta para editarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to lead…</source>
        <translation>Devolver al ministerio principal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the answers to the lead ministry</source>
        <translation>Devolver las respuestas al ministerio principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the whole message</source>
        <translation>Leer el mensaje completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the lead&apos;s whole message</source>
        <translation>Leer el mensaje completo del ministerio principal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contribution requested by %1 (%2, %3)</source>
        <translation>Contribución solicitada por %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution requested by %1 (%2, %3) — due %4</source>
        <translation>Contribución solicitada por %1 (%2, %3) — fecha límite: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead ministry</source>
        <translation>el ministerio principal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message from the lead: %1</source>
        <translation>Mensaje del ministerio principal: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message from the lead</source>
        <translation>Mensaje del ministerio principal</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="-479"/>
        <source>Request contributions</source>
        <translation>Solicitar contribuciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the agency and the sections or questions it should answer. The file you save is sent to the agency; its reply is merged back with Merge a contribution…</source>
        <translation>Elija el organismo y las secciones o preguntas que debe responder. El archivo que guarde se envía al organismo; su contestación se fusiona después con «Fusionar una contribución…».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type or choose the agency</source>
        <translation>Escriba o elija el organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Organismo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions asked</source>
        <translation>Preguntas formuladas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the agency should know: what to answer, whom to ask…</source>
        <translation>Lo que el organismo debe saber: qué responder, a quién consultar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message to the agency</source>
        <translation>Mensaje al organismo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M&amp;essage:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the other answers as read-only &amp;context</source>
        <translation>Enviar las demás respuestas como &amp;contexto de solo lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;personal data</source>
        <translation>Incluir datos pe&amp;rsonales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal data is asked: the file is encrypted with a passphrase.</source>
        <translation>Se solicitan datos personales: el archivo se cifra con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save the request…</source>
        <translation>&amp;Guardar la solicitud…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>personal data</source>
        <translation>datos personales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out with %1</source>
        <translation>en manos de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This question holds personal data: tick “Include personal data” to ask it.</source>
        <translation>Esta pregunta contiene datos personales: marque «Incluir datos personales» para formularla.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Questions chosen: %1</source>
        <translation>Preguntas elegidas: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter the name of the agency asked to contribute.</source>
        <translation>Introduzca el nombre del organismo al que se solicita la contribución.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>El mensaje es demasiado largo: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the request</source>
        <translation>Guardar la solicitud</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was not saved</source>
        <translation>No se ha guardado la solicitud</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../survey_app/gui/response_view.py" line="+148"/>
        <source>All responses</source>
        <extracomment>the form column&apos;s width in average characters (long lines are hard to read) the navigator&apos;s part of the window&apos;s width, and the limits of the user&apos;s choice the navigator widens for large text up to this share, to show this many characters of a title How long the shown section stays untouched before a neighbour is built in the background. pages built but not shown when answers changed: section id -&gt; values must be reloaded the navigator&apos;s share of the width: kept when the window is resized (a fixed 340 px cut every section title on a wide screen); the user&apos;s own choice when they drag the handle</extracomment>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all responses</source>
        <translation>Volver a todas las respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — cycle %2 — %3</source>
        <translation>%1 — ciclo %2 — %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and finalise</source>
        <translation>Revisar y finalizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exportar a PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation>Exportar a JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall progress</source>
        <translation>Progreso general</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 of %2 answered</source>
        <translation>Respondidas: %1 de %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Finalise this response? It becomes read-only until you reopen it.</source>
        <translation>¿Finalizar esta respuesta? Quedará en modo de solo lectura hasta que vuelva a abrirla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These carried-forward answers were not confirmed:</source>
        <translation>Estas respuestas trasladadas no se han confirmado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the response</source>
        <translation>Finalizar la respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not finalise</source>
        <translation>No se pudo finalizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the response</source>
        <translation>Reabrir la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen this response for editing? It becomes a draft again.</source>
        <translation>¿Reabrir esta respuesta para editarla? Volverá a ser un borrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reopen</source>
        <translation>No se pudo reabrir</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_agency.py" line="-148"/>
        <source>the lead ministry</source>
        <translation>el ministerio principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to lead</source>
        <translation>Devolver al ministerio principal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Returned before on %1; the new file replaces it.</source>
        <translation>Ya se devolvió el %1; el nuevo archivo sustituye al anterior.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Questions %2 asked your agency: %1. Answered: %3; changed by your agency: %4. Your answers are written to a file for you to send back, each with a note for the lead if you write one.</source>
        <translation>Preguntas formuladas a su organismo por %2: %1. Preguntas respondidas: %3; modificadas por su organismo: %4. Sus respuestas se escriben en un archivo que usted deberá devolver, cada una con una nota para el ministerio principal si la redacta.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by your agency</source>
        <translation>Modificada por su organismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the lead sent it (not changed)</source>
        <translation>Tal como la envió el ministerio principal (sin modificar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for the lead (optional)</source>
        <translation>Nota para el ministerio principal (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the lead: %1</source>
        <translation>Nota para el ministerio principal: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Write the reply file…</source>
        <translation>&amp;Escribir el archivo de contestación…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The note was not saved</source>
        <translation>No se ha guardado la nota</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase cannot be used</source>
        <translation>No se puede utilizar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../survey_app/gui/review_view.py" line="+60"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>Finalizar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the response</source>
        <translation>Finalizar la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen for editing…</source>
        <translation>Reabrir para editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the response for editing</source>
        <translation>Reabrir la respuesta para editarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to check</source>
        <translation>Preguntas que deben comprobarse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carried forward, not yet confirmed</source>
        <translation>Trasladada, aún sin confirmar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This response is final and read-only. Reopen it to make changes.</source>
        <translation>Esta respuesta es definitiva y de solo lectura. Reábrala para introducir cambios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 questions answered. %3 points to check; choose one to go to it.</source>
        <translation>Preguntas respondidas: %1 de %2. Puntos que deben comprobarse: %3; elija uno para ir a él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything is answered and valid. You can finalise the response.</source>
        <translation>Todo está respondido y es válido. Puede finalizar la respuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 carried-forward answers are still to be confirmed.</source>
        <translation>Quedan %1 respuestas trasladadas del ciclo anterior por confirmar.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../survey_app/gui/search_dialog.py" line="+59"/>
        <source>Find</source>
        <extracomment>characters of an answer shown around its first match of which before the match, so the matched words are never cut off the end</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words in a question or an answer</source>
        <translation>Palabras de una pregunta o una respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 found</source>
        <translation>Resultados: %1</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../survey_app/gui/form.py" line="+81"/>
        <source>Confirm all carried answers in this section</source>
        <translation>Confirmar todas las respuestas trasladadas de esta sección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
</context>
<context>
    <name>SendAgainDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="+26"/>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request to %1 is written again, with the answers as they were sent.</source>
        <translation>La solicitud dirigida a %1 se vuelve a escribir, con las respuestas tal como se enviaron.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../survey_app/gui/start_screen.py" line="+115"/>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses in this database</source>
        <translation>Respuestas de esta base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New response…</source>
        <translation>&amp;Nueva respuesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no responses in this database yet. Choose “New response” to start one, or “Open the demo” to look at a fictional example.</source>
        <translation>Esta base de datos todavía no contiene respuestas. Elija «Nueva respuesta» para empezar una, o «Abrir la demostración» para ver un ejemplo ficticio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire files that could not be loaded</source>
        <translation>Archivos de cuestionario que no se han podido cargar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(read-only)</source>
        <translation>(solo lectura)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — contribution for %2</source>
        <translation>%1 — contribución para %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — contribution for the lead ministry</source>
        <translation>%1 — contribución para el ministerio principal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>StatusChartWidget</name>
    <message>
        <location filename="../../survey_app/gui/chart_widget.py" line="+42"/>
        <source>Implementation status of each norm by cycle</source>
        <translation>Estado de aplicación de cada norma, por ciclo</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No implementation status recorded yet.</source>
        <translation>Todavía no se ha registrado ningún estado de aplicación.</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="-91"/>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
</TS>
