<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../survey_app/gui/contribution_agency.py" line="+66"/>
        <location line="+6"/>
        <source>Open a contribution received</source>
        <translation>Открыть полученный запрос материалов</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This database is open read-only, perhaps because the application is already open with it. Open the file in the window where the database is open for editing, with Contributions › Open a contribution received…</source>
        <translation>Эта база данных открыта только для чтения — возможно, потому, что она уже открыта в приложении. Откройте файл в том окне, где база данных открыта для редактирования, командой «Материалы › Открыть полученный запрос материалов…».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contribution opened from “%1”: answer the questions asked, then choose Return to lead.</source>
        <translation>Запрос материалов открыт из файла «%1»: ответьте на заданные вопросы, затем выберите «Вернуть ведущему министерству».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was opened before: your answers are as you left them.</source>
        <translation>Файл «%1» уже открывался: ваши ответы сохранены в том виде, в каком вы их оставили.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>The contribution was not opened</source>
        <translation>Запрос материалов не открыт</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../survey_app/gui/errors.py" line="+53"/>
        <source>What to do: %1</source>
        <translation>Что делать: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../survey_app/gui/errors.py" line="+1"/>
        <location filename="../../survey_app/gui/recovery.py" line="+43"/>
        <source>Error code: %1</source>
        <translation>Код ошибки: %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <location line="+14"/>
        <source>Return to lead</source>
        <translation>Вернуть ведущему министерству</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Your last edit is not saved yet: %1
Save it (Retry) before returning the answers.</source>
        <translation>Ваше последнее изменение ещё не сохранено: %1
Сохраните его («Повторить»), прежде чем возвращать ответы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>The answers were not returned</source>
        <translation>Ответы не возвращены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead ministry</source>
        <translation>ведущее министерство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply written to “%1”: send it to %2.</source>
        <translation>Ответные материалы записаны в файл «%1»: отправьте его получателю (%2).</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/errors.py" line="+12"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your answers saved so far are safe; the application keeps running.</source>
        <translation>Произошла непредвиденная ошибка. Уже сохранённые ответы в безопасности; приложение продолжает работу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details were written to %1. Please send that file with your report.</source>
        <translation>Подробности записаны в файл %1. Пожалуйста, приложите этот файл к своему сообщению.</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="+103"/>
        <source>Cannot export</source>
        <translation>Экспорт невозможен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the JSON file</source>
        <translation>Сохранить файл JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/about.py" line="+47"/>
        <source>standalone build</source>
        <translation>автономная сборка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Python installation</source>
        <translation>установка Python</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The National Survey of Implementation of the framework of responsible State behaviour in the use of information and communications technologies. It works offline: nothing you enter leaves this computer unless you export it.</source>
        <translation>Национальное обследование хода осуществления рамочной программы ответственного поведения государств в сфере использования информационно-коммуникационных технологий. Приложение работает без подключения к сети: ничто из введённого вами не покидает этот компьютер, если вы сами это не экспортируете.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your responses are saved in: %1</source>
        <translation>Ваши ответы сохраняются в: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/database_actions.py" line="+69"/>
        <source>The database is already open</source>
        <translation>База данных уже открыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another window or program. Open it read-only here (you can look but not change anything)?</source>
        <translation>%1 открыта в другом окне или программе. Открыть её здесь только для чтения (можно смотреть, но ничего не менять)?</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+27"/>
        <location filename="../../survey_app/gui/recovery.py" line="+55"/>
        <source>Cannot open the database</source>
        <extracomment>objects another program added to the file (triggers, tables): treated as damaged, never written to the file or its folder cannot be written (raised by Store.open for a file the user may only read)</extracomment>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Please note</source>
        <translation>Обратите внимание</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/recovery.py" line="-37"/>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 cannot be used, and no healthy backup of it was found.</source>
        <extracomment>open_store(parent, path) of database_actions (passed in: the two modules would import each other)</extracomment>
        <translation>%1 нельзя использовать, и исправная резервная копия не найдена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can set the damaged file aside (it is kept, renamed, never deleted) and start a new, empty database in its place, or open another database file.</source>
        <translation>Вы можете отложить повреждённый файл (он будет сохранён под другим именем и никогда не будет удалён) и создать на его месте новую, пустую базу данных или открыть другой файл базы данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set it aside and start a new database</source>
        <translation>Отложить его и создать новую базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another file…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database was changed by another program</source>
        <translation>База данных изменена другой программой</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be used.

Set this file aside (it is kept, renamed) and restore the newest healthy backup (%2)? Changes made after that backup are not in it.</source>
        <translation>%1 нельзя использовать.

Отложить этот файл (он сохраняется под другим именем) и восстановить последнюю исправную резервную копию (%2)? Изменений, сделанных после этой копии, в ней нет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file that could not be used was kept as %1. The database now holds the backup %2.</source>
        <translation>Файл, который нельзя было использовать, сохранён как %1. Теперь база данных содержит резервную копию %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file that could not be used was kept as %1. A new, empty database was started in its place.</source>
        <translation>Файл, который нельзя было использовать, сохранён как %1. Вместо него создана новая пустая база данных.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The backup could not be restored</source>
        <translation>Не удалось восстановить резервную копию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A new database was started</source>
        <translation>Создана новая база данных</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/database_actions.py" line="+10"/>
        <source>The database cannot be changed</source>
        <translation>Базу данных нельзя изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed: the file or its folder cannot be written. Open it read-only here (you can look but not change anything)?</source>
        <translation>Базу данных %1 нельзя изменить: запись в файл или его папку невозможна. Открыть её здесь только для чтения (можно смотреть, но ничего не менять)?</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../survey_app/gui/recovery.py" line="-51"/>
        <source>Open a database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../survey_app/gui/recovery.py" line="+1"/>
        <source>Survey databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы данных обследования (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save a copy of the database</source>
        <translation>Сохранить копию базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey databases (*.db)</source>
        <translation>Базы данных обследования (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy was not saved</source>
        <translation>Копия не сохранена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved to %1</source>
        <translation>Копия сохранена в %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Survey databases (*.db);;All files (*)</source>
        <translation>Базы данных обследования (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the current database with the backup %1?
A copy of the current database is kept in the backups folder first, so this can be undone.</source>
        <translation>Заменить текущую базу данных резервной копией %1?
Сначала копия текущей базы сохраняется в папке резервных копий, поэтому это действие можно отменить.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup was not restored</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database was kept as %1.</source>
        <translation>Прежняя база данных сохранена как %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a questionnaire file</source>
        <translation>Добавить файл вопросника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire files (*.yaml *.yml)</source>
        <translation>Файлы вопросников (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The questionnaire was not added</source>
        <translation>Вопросник не добавлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 has problems; fix them and add it again.</source>
        <translation>В файле %1 есть ошибки; исправьте их и добавьте файл снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire added: %1</source>
        <translation>Вопросник добавлен: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo could not be added</source>
        <translation>Не удалось добавить демонстрацию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo responses (Republic of Examplia) are in this database.</source>
        <translation>Демонстрационные ответы (Республика Экзамплия) находятся в этой базе данных.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No personal data</source>
        <translation>Персональных данных нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response holds no answers to questions marked as personal data.</source>
        <translation>В этом ответе нет ответов на вопросы, помеченные как содержащие персональные данные.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response holds none any more, but these copies of the database still do:</source>
        <translation>В ответе их больше нет, но они ещё есть в этих копиях базы данных:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove personal data</source>
        <translation>Удалить персональные данные</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove these answers, their history and notes from this response and from every automatic backup? This cannot be undone.</source>
        <translation>Удалить эти ответы, их историю и заметки из данного ответа и из всех автоматических резервных копий? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not remove the personal data</source>
        <translation>Не удалось удалить персональные данные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data removed</source>
        <translation>Персональные данные удалены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers removed: %1. Earlier values removed: %2. Automatic backups cleaned: %3. Copies saved elsewhere (exported files, copies of the database you saved yourself) still hold the data: delete them too.</source>
        <translation>Удалено ответов: %1. Удалено прежних значений: %2. Очищено автоматических резервных копий: %3. Копии, сохранённые в других местах (экспортированные файлы, копии базы данных, сохранённые вами), по-прежнему содержат эти данные: удалите и их.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unfinished backup files (from a backup that was interrupted) deleted: %1.</source>
        <translation>Удалено незавершённых файлов резервных копий (оставшихся от прерванного резервного копирования): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files could be neither cleaned nor deleted and still hold the data; delete them yourself: %1</source>
        <translation>Следующие файлы не удалось ни очистить, ни удалить, и они по-прежнему содержат эти данные; удалите их самостоятельно: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/contribution_files.py" line="+27"/>
        <source>Contribution files (*%1);;All files (*)</source>
        <translation>Файлы материалов (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+65"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>“%1” is encrypted. Enter the passphrase the sender gave you.</source>
        <translation>Файл «%1» зашифрован. Введите парольную фразу, которую вам сообщил отправитель.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file cannot be used</source>
        <translation>Невозможно использовать файл</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Зашифровать парольной фразой</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain:</source>
        <translation>Ещё &amp;раз:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Passphrase again</source>
        <translation>Повтор парольной фразы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least %1 characters. Give it to the recipient another way than the file (e.g. by telephone).</source>
        <translation>Минимум символов: %1. Сообщите её получателю иным способом, чем файл (например, по телефону).</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="+382"/>
        <source>Request to %1 saved to %2</source>
        <translation>Запрос (ведомство: %1) сохранён в файле %2</translation>
    </message>
    <message>
        <location line="+230"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Merge a contribution</source>
        <translation>Объединить полученные материалы</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your last edit is not saved yet: %1
Save it (Retry) before merging a contribution.</source>
        <translation>Ваше последнее изменение ещё не сохранено: %1
Сохраните его («Повторить»), прежде чем объединять полученные материалы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This response is final. Reopen it (Reopen for editing…, above the form) before merging a contribution.</source>
        <translation>Этот ответ завершён. Прежде чем объединять полученные материалы, откройте его снова («Открыть для редактирования…» над формой).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reply cannot be merged</source>
        <translation>Невозможно объединить ответные материалы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This reply from %1 was merged already: there is nothing new in it.</source>
        <translation>Эти ответные материалы от %1 уже объединены: в них нет ничего нового.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reply was not merged</source>
        <translation>Ответные материалы не объединены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers merged from %2: %1</source>
        <translation>Объединено ответов (ведомство: %2): %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="+151"/>
        <location line="+21"/>
        <source>Contribution from %1</source>
        <translation>Материалы ведомства: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Contribution from another agency</source>
        <translation>Материалы другого ведомства</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+8"/>
        <source>Received with the lead&apos;s request</source>
        <translation>Получено вместе с запросом ведущего министерства</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (answered by %2)</source>
        <translation>%1 (автор ответа: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, request of %2</source>
        <translation>%1, запрос от %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, returned %2</source>
        <translation>%1, возвращено %2</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="+98"/>
        <location line="+5"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>— No answer —</source>
        <translation>— Нет ответа —</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../survey_app/gui/compare_view.py" line="+270"/>
        <location line="+103"/>
        <source>Year over year</source>
        <extracomment>colours of a status in the list; the words are always shown too the chart takes at most this share of the height (it scrolls beyond), the lists the rest (response id, item id): the user wants to see this question in the response the comparison PDF was written (its path) the window&apos;s title for the pair now compared labels of the questionnaire (norms, statuses, legend) in the language the form shows them: the interface language when the questionnaire has it, else the response&apos;s (as MainWindow.form_language); fixed wording in the interface&apos;s set once the user drags a splitter: their sizes are kept from then on</extracomment>
        <translation>Сравнение по годам</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only</source>
        <translation>Только изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation status of each norm by cycle</source>
        <translation>Ход осуществления каждой нормы в разбивке по циклам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part and section</source>
        <translation>Часть и раздел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in the response</source>
        <translation>Открыть в ответе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final</source>
        <translation>окончательный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of %2 questions differ between %3 and %4</source>
        <translation>Между %3 и %4 различается вопросов: %1 из %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose two different cycles to compare.</source>
        <translation>Выберите для сравнения два разных цикла.</translation>
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
        <translation>Перенесённые ответы, ещё не проверенные: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All parts</source>
        <translation>Все части</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (formerly %1)</source>
        <translation> (ранее %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · carried forward, not yet reviewed</source>
        <translation> · перенесено, ещё не проверено</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save the comparison as PDF</source>
        <translation>Сохранить сравнение в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The PDF was not saved</source>
        <translation>PDF-файл не сохранён</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot compare</source>
        <translation>Сравнение невозможно</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="-215"/>
        <source>Contributions of this response</source>
        <translation>Запросы материалов по этому ответу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent on</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Объединён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests sent</source>
        <translation>Отправленные запросы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send &amp;again…</source>
        <translation>Отправить &amp;повторно…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel request</source>
        <translation>&amp;Отменить запрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge a reply…</source>
        <translation>О&amp;бъединить ответные материалы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply merged</source>
        <translation>ответные материалы объединены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out with the agency</source>
        <translation>передан ведомству</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Requests sent: %1. Out with an agency: %2.</source>
        <translation>Отправлено запросов: %1. Ожидают ответа ведомств: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request was sent from this response yet.</source>
        <translation>Из этого ответа ещё не отправлено ни одного запроса.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the request</source>
        <translation>Сохранить запрос</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not saved</source>
        <translation>Запрос не сохранён</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request to %1 saved to %2</source>
        <translation>Запрос (ведомство: %1) сохранён в файле %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel the request</source>
        <translation>Отменить запрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request to %1? A reply to it can no longer be merged (unless you send it again).</source>
        <translation>Отменить запрос (ведомство: %1)? Ответные материалы по нему больше нельзя будет объединить (если только вы не отправите его повторно).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not cancelled</source>
        <translation>Запрос не отменён</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../survey_app/gui/item_widgets.py" line="+324"/>
        <location line="+1"/>
        <source>No date</source>
        <translation>Дата не указана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date: %1</source>
        <translation>Очистить дату: %1</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="+21"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../survey_app/gui/group_widget.py" line="+133"/>
        <source>No rows yet.</source>
        <translation>Строк пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to %1</source>
        <translation>Добавить строку в «%1»</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <location line="-65"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 up</source>
        <translation>Переместить вверх: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Переместить вниз: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Удалить: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="-139"/>
        <source>History: %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <extracomment>the answer of each row as text (newest first, as the table shows them)</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier answers</source>
        <translation>Прежние ответы</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>(no answer)</source>
        <extracomment>where each row&apos;s answer came from, when it came from a contribution (&quot;&quot; otherwise)</extracomment>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The selected answer in full</source>
        <translation>Полный текст выбранного ответа</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No earlier answers.</source>
        <translation>Прежних ответов нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore this answer</source>
        <translation>Восстановить этот ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected answer</source>
        <translation>Восстановить выбранный ответ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not restore</source>
        <translation>Не удалось восстановить</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../survey_app/gui/form.py" line="+181"/>
        <source>Carried forward from the previous cycle: check it is still right.</source>
        <translation>Перенесено из предыдущего цикла: проверьте, что ответ по-прежнему верен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the carried answer: %1</source>
        <translation>Подтвердить перенесённый ответ: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the answer: %1</source>
        <translation>История ответа: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (private)</source>
        <translation>Заметка (личная)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note: %1</source>
        <translation>Личная заметка: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context from the lead — not asked of your agency</source>
        <translation>Для справки от ведущего министерства — вопрос не адресован вашему ведомству</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show the extract: %1</source>
        <translation>Показать выдержку: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+25"/>
        <source>Hide extract</source>
        <extracomment>in an agency&apos;s workspace, on a question the lead did not ask: shown read-only, as context</extracomment>
        <translation>Скрыть выдержку</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Show extract</source>
        <translation>Показать выдержку</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../survey_app/gui/i18n_qt.py" line="+202"/>
        <source>&amp;Language</source>
        <extracomment>QLocale used for Qt&apos;s own formatting (spin boxes, date edits) per language. Arabic uses a locale with Latin digits, like survey_app.i18n.formatting (see docs/translating.md).</extracomment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the menus and messages; answers keep their own language</source>
        <translation>Язык меню и сообщений; ответы остаются на своём языке</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../survey_app/gui/item_widgets.py" line="-129"/>
        <source>%1 of %2 words</source>
        <extracomment>single_choice lists longer than this use a drop-down list instead of radio buttons</extracomment>
        <translation>Слов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="+165"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contributions</source>
        <translation>&amp;Материалы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New response…</source>
        <translation>&amp;Новый ответ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another &amp;database…</source>
        <translation>Открыть другую &amp;базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy of the database…</source>
        <translation>Сохранить &amp;копию базы данных…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a newer &amp;questionnaire file…</source>
        <translation>Добавить более новый файл &amp;вопросника…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the de&amp;mo</source>
        <translation>Открыть &amp;демонстрацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;responses</source>
        <translation>Все &amp;ответы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;personal data from this response…</source>
        <translation>Удалить персональные &amp;данные из этого ответа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next section</source>
        <translation>&amp;Следующий раздел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous section</source>
        <translation>&amp;Предыдущий раздел</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>&amp;Review and finalise</source>
        <translation>П&amp;роверить и завершить</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Go to the list of &amp;sections</source>
        <translation>Перейти к списку р&amp;азделов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About NSI Survey…</source>
        <translation>&amp;О программе NSI Survey…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request contributions…</source>
        <translation>&amp;Запросить материалы…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contributions of this response…</source>
        <translation>&amp;Список запросов по этому ответу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge a contribution…</source>
        <translation>&amp;Объединить полученные материалы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a contribution received…</source>
        <translation>О&amp;ткрыть полученный запрос материалов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn to lead…</source>
        <translation>&amp;Вернуть ведущему министерству…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry saving</source>
        <translation>Повторить сохранение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>National Survey of Implementation</source>
        <translation>Национальное обследование хода осуществления</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot list the responses</source>
        <translation>Не удаётся показать список ответов</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The response was not created</source>
        <translation>Ответ не создан</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the response</source>
        <translation>Удалить ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the response of %1 for cycle %2? You can undo this right after.</source>
        <translation>Удалить ответ государства %1 за цикл %2? Сразу после этого удаление можно отменить.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response was not deleted</source>
        <translation>Ответ не удалён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response deleted.</source>
        <translation>Ответ удалён.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response was not restored</source>
        <translation>Ответ не восстановлен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response restored.</source>
        <translation>Ответ восстановлен.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the response</source>
        <translation>Не удаётся открыть ответ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questionnaire not found</source>
        <translation>Вопросник не найден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response uses the questionnaire “%1” version %2, which is not installed. Add the questionnaire file (File › Add a newer questionnaire file…) and try again.</source>
        <translation>В этом ответе используется вопросник «%1» версии %2, который не установлен. Добавьте файл вопросника (Файл › Добавить более новый файл вопросника…) и повторите попытку.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Review</source>
        <translation>Пр&amp;оверить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No response open.</source>
        <translation>Нет открытого ответа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>final (read-only)</source>
        <translation>окончательный (только чтение)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database opened read-only</source>
        <translation>база данных открыта только для чтения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · cycle %2 · %3 · %4% answered</source>
        <translation>%1 · цикл %2 · %3 · отвечено %4 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparison is not available in this version.</source>
        <translation>Сравнение недоступно в этой версии.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last edit could not be saved: %1
Try again before closing?</source>
        <translation>Не удалось сохранить последнее изменение: %1
Повторить попытку перед закрытием?</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../survey_app/gui/merge_dialog.py" line="+73"/>
        <source>Merge the reply of %1</source>
        <translation>Объединение ответных материалов (ведомство: %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reply of %1, answered by %2, returned on %3.</source>
        <translation>Ответные материалы: %1; автор ответов: %2; возвращены %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken: %1 · Kept: %2 · The same: %3 · Merged: %4 · Conflicts: %5</source>
        <translation>Принято: %1 · Сохранено: %2 · Совпадает: %3 · Объединено: %4 · Конфликтов: %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note from the agency</source>
        <translation>Примечание ведомства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers of the reply</source>
        <translation>Ответы ведомства</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your answer now</source>
        <translation>Ваш текущий ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer of %1</source>
        <translation>Ответ ведомства: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck through: only in your answer. Underlined and bold: only in theirs.</source>
        <translation>Зачёркнуто: только в вашем ответе. Подчёркнуто и выделено жирным: только в ответе ведомства.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить свой ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Принять ответ ведомства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit a combined text</source>
        <translation>&amp;Составить объединённый текст</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Combined text</source>
        <translation>Объединённый текст</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Next conflict</source>
        <translation>Сле&amp;дующий конфликт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge</source>
        <translation>О&amp;бъединить</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>conflict: yours kept</source>
        <translation>конфликт: сохранён ваш ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: theirs taken</source>
        <translation>конфликт: принят ответ ведомства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: edited</source>
        <translation>конфликт: объединённый текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict: choose</source>
        <translation>конфликт: требуется выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken</source>
        <translation>принят</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>объединён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both you and the agency changed this answer since the request was sent: choose what to keep.</source>
        <translation>И вы, и ведомство изменили этот ответ после отправки запроса: выберите, что оставить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the agency changed this answer: theirs is taken.</source>
        <translation>Этот ответ изменило только ведомство: принимается ответ ведомства.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency did not change this answer: yours is kept.</source>
        <translation>Ведомство не изменило этот ответ: сохраняется ваш ответ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and the agency gave the same answer: nothing changes.</source>
        <translation>Вы и ведомство дали одинаковый ответ: ничего не меняется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both changed rows of this table: the rows are merged (yours first).</source>
        <translation>Обе стороны изменили строки этой таблицы: строки объединяются (сначала ваши).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Last changed in the agency by %1 on %2.</source>
        <translation>Последнее изменение в ведомстве: %1, %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note from the agency: %1</source>
        <translation>Примечание ведомства: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write the combined text, or keep yours or take theirs.</source>
        <translation>Составьте объединённый текст либо оставьте свой ответ или примите ответ ведомства.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve before merging: %1</source>
        <translation>Конфликтов, которые нужно разрешить перед объединением: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every conflict is resolved.</source>
        <translation>Все конфликты разрешены.</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="+21"/>
        <location line="+15"/>
        <source>Other, please specify</source>
        <translation>Другое (просьба уточнить)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other, please specify: %1</source>
        <translation>Другое (просьба уточнить): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please specify</source>
        <translation>Просьба уточнить</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../survey_app/gui/navigator.py" line="+82"/>
        <source>Parts and sections</source>
        <extracomment>counts end-aligned (mirrored in Arabic by Qt: AlignTrailing follows the layout direction) carried forward from the previous cycle and not yet confirmed questions of the section are out with another agency (docs/contributions.md) section id -&gt; the agencies some of its questions are out with</extracomment>
        <translation>Части и разделы</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Context from the lead: nothing to answer here</source>
        <translation>Для справки от ведущего министерства: здесь отвечать не нужно</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to confirm</source>
        <translation>Подтвердить: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out with: %1</source>
        <translation>Передано: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 of %2 answered</source>
        <translation>Отвечено: %1 из %2</translation>
    </message>
</context>
<context>
    <name>NewResponseDialog</name>
    <message>
        <location filename="../../survey_app/gui/new_response_dialog.py" line="+43"/>
        <source>New response</source>
        <extracomment>offered first: what a ministry is asked to fill in the interface language: State names, questionnaire titles and the response&apos;s default language</extracomment>
        <translation>Новый ответ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the State, the reporting cycle and the questionnaire. Type a name that is not in the list to use a custom name.</source>
        <translation>Выберите государство, отчётный цикл и вопросник. Чтобы указать название, которого нет в списке, введите его.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start typing a State&apos;s name</source>
        <translation>Начните вводить название государства</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;State</source>
        <translation>&amp;Государство</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle (year)</source>
        <translation>Цикл (год)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cycle (year)</source>
        <translation>&amp;Цикл (год)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire</source>
        <translation>Вопросник</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Вопросник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the response</source>
        <translation>Язык ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Member State: %1</source>
        <translation>Государство-член: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Member State&apos;s name: it will be recorded as the custom name “%1”.</source>
        <translation>Это не название государства-члена: оно будет записано как введённое вами название «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean: %1?</source>
        <translation>Возможно, вы имели в виду: %1?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Start from the previous cycle&apos;s answers</source>
        <translation>Начать с ответов предыдущего цикла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from the answers of cycle %1 (you confirm or edit each one)</source>
        <translation>Начать с ответов цикла %1 (каждый ответ нужно подтвердить или изменить)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No questionnaire is available. Add a questionnaire file first.</source>
        <translation>Нет ни одного вопросника. Сначала добавьте файл вопросника.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the State (at most 200 characters).</source>
        <translation>Введите название государства (не более 200 символов).</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="+63"/>
        <source>Private note</source>
        <translation>Личная заметка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes are for drafting: they stay in this database and are never exported.</source>
        <translation>Заметки предназначены для подготовки ответа: они хранятся в этой базе данных и никогда не экспортируются.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the note</source>
        <translation>Не удалось сохранить заметку</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="-137"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the PDF</source>
        <translation>Язык PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include answers marked as sensitive (personal data)</source>
        <translation>Включить ответы, помеченные как конфиденциальные (персональные данные)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out unanswered questions</source>
        <translation>Не включать вопросы без ответа</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Date of issue</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Page size</source>
        <translation>Размер страницы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../survey_app/gui/read_only_banner.py" line="+83"/>
        <source>This database is open read-only: you can look at the answers but not change them.</source>
        <extracomment>how much of the lead&apos;s message the banner shows (up to 10,000 characters may come)</extracomment>
        <translation>Эта база данных открыта только для чтения: ответы можно просматривать, но нельзя изменять.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This response is final and read-only. Reopen it to make changes.</source>
        <translation>Этот ответ является окончательным и доступен только для чтения. Чтобы внести изменения, откройте его снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen for editing…</source>
        <translation>Открыть для редактирования…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the response for editing</source>
        <translation>Открыть ответ для редактирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to lead…</source>
        <translation>Вернуть ведущему министерству…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the answers to the lead ministry</source>
        <translation>Вернуть ответы ведущему министерству</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the whole message</source>
        <translation>Прочитать сообщение полностью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the lead&apos;s whole message</source>
        <translation>Прочитать полностью сообщение ведущего министерства</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contribution requested by %1 (%2, %3)</source>
        <translation>Материалы запрошены: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution requested by %1 (%2, %3) — due %4</source>
        <translation>Материалы запрошены: %1 (%2, %3) — срок: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead ministry</source>
        <translation>ведущее министерство</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message from the lead: %1</source>
        <translation>Сообщение ведущего министерства: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message from the lead</source>
        <translation>Сообщение ведущего министерства</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="-479"/>
        <source>Request contributions</source>
        <translation>Запросить материалы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the agency and the sections or questions it should answer. The file you save is sent to the agency; its reply is merged back with Merge a contribution…</source>
        <translation>Выберите ведомство и разделы или вопросы, на которые оно должно ответить. Сохранённый файл отправляется ведомству; его ответные материалы затем объединяются командой «Объединить полученные материалы…».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type or choose the agency</source>
        <translation>Введите или выберите ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Ведомство:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions asked</source>
        <translation>Заданные вопросы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Questions:</source>
        <translation>Воп&amp;росы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the agency should know: what to answer, whom to ask…</source>
        <translation>Что нужно знать ведомству: на что ответить, к кому обратиться…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message to the agency</source>
        <translation>Сообщение ведомству</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M&amp;essage:</source>
        <translation>Соо&amp;бщение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the other answers as read-only &amp;context</source>
        <translation>Приложить остальные ответы для &amp;ознакомления (только чтение)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;personal data</source>
        <translation>Включить &amp;персональные данные</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal data is asked: the file is encrypted with a passphrase.</source>
        <translation>Запрашиваются персональные данные: файл шифруется парольной фразой.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save the request…</source>
        <translation>Сохранить &amp;запрос…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>personal data</source>
        <translation>персональные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out with %1</source>
        <translation>передано: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This question holds personal data: tick “Include personal data” to ask it.</source>
        <translation>Этот вопрос содержит персональные данные: отметьте «Включить персональные данные», чтобы задать его.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Questions chosen: %1</source>
        <translation>Выбрано вопросов: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter the name of the agency asked to contribute.</source>
        <translation>Введите название ведомства, которому направляется запрос.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Сообщение слишком длинное (максимум символов: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the request</source>
        <translation>Сохранить запрос</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was not saved</source>
        <translation>Запрос не сохранён</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../survey_app/gui/response_view.py" line="+148"/>
        <source>All responses</source>
        <extracomment>the form column&apos;s width in average characters (long lines are hard to read) the navigator&apos;s part of the window&apos;s width, and the limits of the user&apos;s choice the navigator widens for large text up to this share, to show this many characters of a title How long the shown section stays untouched before a neighbour is built in the background. pages built but not shown when answers changed: section id -&gt; values must be reloaded the navigator&apos;s share of the width: kept when the window is resized (a fixed 340 px cut every section title on a wide screen); the user&apos;s own choice when they drag the handle</extracomment>
        <translation>Все ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all responses</source>
        <translation>Вернуться ко всем ответам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — cycle %2 — %3</source>
        <translation>%1 — цикл %2 — %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and finalise</source>
        <translation>Проверить и завершить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation>Экспорт в JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>Сравнить…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall progress</source>
        <translation>Общий ход заполнения</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 of %2 answered</source>
        <translation>Отвечено: %1 из %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Finalise this response? It becomes read-only until you reopen it.</source>
        <translation>Завершить этот ответ? Он станет доступен только для чтения, пока вы не откроете его снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These carried-forward answers were not confirmed:</source>
        <translation>Эти перенесённые ответы не подтверждены:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the response</source>
        <translation>Завершить ответ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not finalise</source>
        <translation>Не удалось завершить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the response</source>
        <translation>Открыть ответ снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen this response for editing? It becomes a draft again.</source>
        <translation>Открыть этот ответ для редактирования? Он снова станет черновиком.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reopen</source>
        <translation>Не удалось открыть снова</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_agency.py" line="-148"/>
        <source>the lead ministry</source>
        <translation>ведущее министерство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to lead</source>
        <translation>Вернуть ведущему министерству</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Returned before on %1; the new file replaces it.</source>
        <translation>Уже возвращено %1; новый файл заменяет прежний.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Questions %2 asked your agency: %1. Answered: %3; changed by your agency: %4. Your answers are written to a file for you to send back, each with a note for the lead if you write one.</source>
        <translation>Запрос от: %2. Вопросов задано вашему ведомству: %1. С ответом: %3; изменено вашим ведомством: %4. Ваши ответы записываются в файл, который нужно отправить обратно, — каждый с примечанием для ведущего министерства, если вы его напишете.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not answered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by your agency</source>
        <translation>Изменено вашим ведомством</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the lead sent it (not changed)</source>
        <translation>Как прислало ведущее министерство (без изменений)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for the lead (optional)</source>
        <translation>Примечание для ведущего министерства (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the lead: %1</source>
        <translation>Примечание для ведущего министерства: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Write the reply file…</source>
        <translation>&amp;Записать файл ответных материалов…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The note was not saved</source>
        <translation>Примечание не сохранено</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase cannot be used</source>
        <translation>Невозможно использовать парольную фразу</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../survey_app/gui/review_view.py" line="+60"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the response</source>
        <translation>Завершить ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen for editing…</source>
        <translation>Открыть для редактирования…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the response for editing</source>
        <translation>Открыть ответ для редактирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to check</source>
        <translation>Вопросы для проверки</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not answered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carried forward, not yet confirmed</source>
        <translation>Перенесено, ещё не подтверждено</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This response is final and read-only. Reopen it to make changes.</source>
        <translation>Этот ответ завершён и доступен только для чтения. Чтобы внести изменения, откройте его снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 questions answered. %3 points to check; choose one to go to it.</source>
        <translation>Отвечено вопросов: %1 из %2. Пунктов для проверки: %3; выберите пункт, чтобы перейти к нему.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything is answered and valid. You can finalise the response.</source>
        <translation>Все вопросы заполнены корректно. Можно завершить ответ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 carried-forward answers are still to be confirmed.</source>
        <translation>Ещё %1 перенесённых ответов нужно подтвердить.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../survey_app/gui/search_dialog.py" line="+59"/>
        <source>Find</source>
        <extracomment>characters of an answer shown around its first match of which before the match, so the matched words are never cut off the end</extracomment>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words in a question or an answer</source>
        <translation>Слова в вопросе или ответе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for</source>
        <translation>Искать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Answer: %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 found</source>
        <translation>Найдено: %1</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../survey_app/gui/form.py" line="+81"/>
        <source>Confirm all carried answers in this section</source>
        <translation>Подтвердить все перенесённые ответы в этом разделе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference: %1</source>
        <translation>Источник: %1</translation>
    </message>
</context>
<context>
    <name>SendAgainDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="+26"/>
        <source>Send again</source>
        <translation>Отправить повторно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request to %1 is written again, with the answers as they were sent.</source>
        <translation>Запрос (ведомство: %1) записывается повторно — с ответами в том виде, в каком они были отправлены.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../survey_app/gui/start_screen.py" line="+115"/>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questionnaire</source>
        <translation>Вопросник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Ход заполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses in this database</source>
        <translation>Ответы в этой базе данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New response…</source>
        <translation>&amp;Новый ответ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Сравнить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo</source>
        <translation>Открыть &amp;демонстрацию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no responses in this database yet. Choose “New response” to start one, or “Open the demo” to look at a fictional example.</source>
        <translation>В этой базе данных ещё нет ответов. Выберите «Новый ответ», чтобы начать, или «Открыть демонстрацию», чтобы посмотреть вымышленный пример.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire files that could not be loaded</source>
        <translation>Файлы вопросников, которые не удалось загрузить</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Final</source>
        <translation>Окончательный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — contribution for %2</source>
        <translation>%1 — материалы по запросу: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — contribution for the lead ministry</source>
        <translation>%1 — материалы по запросу ведущего министерства</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 из %3)</translation>
    </message>
</context>
<context>
    <name>StatusChartWidget</name>
    <message>
        <location filename="../../survey_app/gui/chart_widget.py" line="+42"/>
        <source>Implementation status of each norm by cycle</source>
        <translation>Ход осуществления каждой нормы в разбивке по циклам</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No implementation status recorded yet.</source>
        <translation>Сведения о ходе осуществления пока не внесены.</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="-91"/>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
</context>
</TS>
