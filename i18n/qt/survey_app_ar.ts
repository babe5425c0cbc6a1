<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../survey_app/gui/contribution_agency.py" line="+66"/>
        <location line="+6"/>
        <source>Open a contribution received</source>
        <translation>فتح مساهمة واردة</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This database is open read-only, perhaps because the application is already open with it. Open the file in the window where the database is open for editing, with Contributions › Open a contribution received…</source>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط، ربما لأنها مفتوحة بالفعل في التطبيق. افتح الملف في النافذة التي تكون فيها قاعدة البيانات مفتوحة للتحرير، بالأمر ”المساهمات › فتح مساهمة واردة…“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contribution opened from “%1”: answer the questions asked, then choose Return to lead.</source>
        <translation>فُتحت المساهمة من ”%1“: أجب عن الأسئلة المطلوبة، ثم اختر ”إعادة الإجابات إلى الوزارة الرئيسية“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was opened before: your answers are as you left them.</source>
        <translation>سبق فتح ”%1“: إجاباتك كما تركتها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>The contribution was not opened</source>
        <translation>لم تُفتح المساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../survey_app/gui/errors.py" line="+53"/>
        <source>What to do: %1</source>
        <translation>ما العمل: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../survey_app/gui/errors.py" line="+1"/>
        <location filename="../../survey_app/gui/recovery.py" line="+43"/>
        <source>Error code: %1</source>
        <translation>رمز الخطأ: %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <location line="+14"/>
        <source>Return to lead</source>
        <translation>إعادة الإجابات إلى الوزارة الرئيسية</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Your last edit is not saved yet: %1
Save it (Retry) before returning the answers.</source>
        <translation>لم يُحفظ تعديلك الأخير بعد: %1
احفظه (”إعادة المحاولة“) قبل إعادة الإجابات.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>The answers were not returned</source>
        <translation>لم تُعَد الإجابات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead ministry</source>
        <translation>الوزارة الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply written to “%1”: send it to %2.</source>
        <translation>كُتبت الإفادة في ”%1“: أرسلها إلى %2.</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/errors.py" line="+12"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your answers saved so far are safe; the application keeps running.</source>
        <translation>حدث خطأ غير متوقع. الإجابات المحفوظة حتى الآن في أمان، ويواصل التطبيق عمله.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details were written to %1. Please send that file with your report.</source>
        <translation>سُجّلت التفاصيل في %1. يرجى إرسال هذا الملف مع بلاغك.</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="+103"/>
        <source>Cannot export</source>
        <translation>يتعذّر التصدير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the JSON file</source>
        <translation>حفظ ملف JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/about.py" line="+47"/>
        <source>standalone build</source>
        <translation>إصدار مستقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Python installation</source>
        <translation>تثبيت عبر Python</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The National Survey of Implementation of the framework of responsible State behaviour in the use of information and communications technologies. It works offline: nothing you enter leaves this computer unless you export it.</source>
        <translation>الدراسة الاستقصائية الوطنية لتنفيذ إطار السلوك المسؤول للدول في استخدام تكنولوجيات المعلومات والاتصالات. يعمل التطبيق دون اتصال بالإنترنت: لا يغادر أي شيء تدخله هذا الحاسوب ما لم تقم بتصديره.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your responses are saved in: %1</source>
        <translation>تُحفظ ردودك في: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/database_actions.py" line="+69"/>
        <source>The database is already open</source>
        <translation>قاعدة البيانات مفتوحة بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another window or program. Open it read-only here (you can look but not change anything)?</source>
        <translation>%1 مفتوحة في نافذة أو برنامج آخر. هل تريد فتحها هنا للقراءة فقط (يمكنك الاطلاع دون تغيير أي شيء)؟</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+27"/>
        <location filename="../../survey_app/gui/recovery.py" line="+55"/>
        <source>Cannot open the database</source>
        <extracomment>objects another program added to the file (triggers, tables): treated as damaged, never written to the file or its folder cannot be written (raised by Store.open for a file the user may only read)</extracomment>
        <translation>يتعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Please note</source>
        <translation>يرجى الملاحظة</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/recovery.py" line="-37"/>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 cannot be used, and no healthy backup of it was found.</source>
        <extracomment>open_store(parent, path) of database_actions (passed in: the two modules would import each other)</extracomment>
        <translation>لا يمكن استخدام %1، ولم يُعثر على نسخة احتياطية سليمة منها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can set the damaged file aside (it is kept, renamed, never deleted) and start a new, empty database in its place, or open another database file.</source>
        <translation>يمكنك وضع الملف التالف جانباً (سيُحتفظ به بعد تغيير اسمه، ولن يُحذف أبداً) وإنشاء قاعدة بيانات جديدة فارغة مكانه، أو فتح ملف قاعدة بيانات آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set it aside and start a new database</source>
        <translation>وضعه جانباً وإنشاء قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another file…</source>
        <translation>فتح ملف آخر…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database was changed by another program</source>
        <translation>عدّل برنامج آخر قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be used.

Set this file aside (it is kept, renamed) and restore the newest healthy backup (%2)? Changes made after that backup are not in it.</source>
        <translation>لا يمكن استخدام %1.

هل تريد وضع هذا الملف جانباً (يُحتفظ به بعد إعادة تسميته) واستعادة أحدث نسخة احتياطية سليمة (%2)؟ التغييرات التي أُجريت بعد تلك النسخة ليست فيها.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file that could not be used was kept as %1. The database now holds the backup %2.</source>
        <translation>احتُفظ بالملف الذي تعذر استخدامه باسم %1. تحتوي قاعدة البيانات الآن على النسخة الاحتياطية %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file that could not be used was kept as %1. A new, empty database was started in its place.</source>
        <translation>احتُفظ بالملف الذي تعذر استخدامه باسم %1. وأُنشئت مكانه قاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The backup could not be restored</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored</source>
        <translation>تمت استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A new database was started</source>
        <translation>أُنشئت قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/database_actions.py" line="+10"/>
        <source>The database cannot be changed</source>
        <translation>يتعذّر تغيير قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed: the file or its folder cannot be written. Open it read-only here (you can look but not change anything)?</source>
        <translation>يتعذّر تغيير %1: لا يمكن الكتابة في الملف أو في مجلده. هل تريد فتحها هنا للقراءة فقط (يمكنك الاطلاع دون تغيير أي شيء)؟</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../survey_app/gui/recovery.py" line="-51"/>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../survey_app/gui/recovery.py" line="+1"/>
        <source>Survey databases (*.db *.sqlite);;All files (*)</source>
        <translation>قواعد بيانات الاستبيان (*.db *.sqlite);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save a copy of the database</source>
        <translation>حفظ نسخة من قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey databases (*.db)</source>
        <translation>قواعد بيانات الاستبيان (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy was not saved</source>
        <translation>لم تُحفظ النسخة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved to %1</source>
        <translation>حُفظت النسخة في %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Survey databases (*.db);;All files (*)</source>
        <translation>قواعد بيانات الاستبيان (*.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the current database with the backup %1?
A copy of the current database is kept in the backups folder first, so this can be undone.</source>
        <translation>هل تريد استبدال قاعدة البيانات الحالية بالنسخة الاحتياطية %1؟
سيُحتفظ أولاً بنسخة من قاعدة البيانات الحالية في مجلد النسخ الاحتياطية، لذا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup was not restored</source>
        <translation>لم تتم استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup restored.</source>
        <translation>تمت استعادة النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database was kept as %1.</source>
        <translation>احتُفظ بقاعدة البيانات السابقة باسم %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a questionnaire file</source>
        <translation>إضافة ملف استبيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire files (*.yaml *.yml)</source>
        <translation>ملفات الاستبيان (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The questionnaire was not added</source>
        <translation>لم تتم إضافة الاستبيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 has problems; fix them and add it again.</source>
        <translation>في الملف %1 مشكلات؛ أصلحها ثم أضفه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire added: %1</source>
        <translation>أُضيف الاستبيان: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo could not be added</source>
        <translation>تعذّرت إضافة العرض التوضيحي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo responses (Republic of Examplia) are in this database.</source>
        <translation>ردود العرض التوضيحي (جمهورية إكزامبليا) موجودة في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No personal data</source>
        <translation>لا توجد بيانات شخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response holds no answers to questions marked as personal data.</source>
        <translation>لا يتضمن هذا الرد أي إجابات عن أسئلة مصنَّفة بيانات شخصية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response holds none any more, but these copies of the database still do:</source>
        <translation>لم يعد الرد يتضمنها، لكن نسخ قاعدة البيانات التالية لا تزال تتضمنها:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove personal data</source>
        <translation>إزالة البيانات الشخصية</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove these answers, their history and notes from this response and from every automatic backup? This cannot be undone.</source>
        <translation>هل تريد إزالة هذه الإجابات وسجلها وملاحظاتها من هذا الرد ومن كل نسخة احتياطية تلقائية؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not remove the personal data</source>
        <translation>تعذّرت إزالة البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data removed</source>
        <translation>أُزيلت البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers removed: %1. Earlier values removed: %2. Automatic backups cleaned: %3. Copies saved elsewhere (exported files, copies of the database you saved yourself) still hold the data: delete them too.</source>
        <translation>عدد الإجابات التي أُزيلت: %1. عدد القيم السابقة التي أُزيلت: %2. عدد النسخ الاحتياطية التلقائية التي نُظِّفت: %3. لا تزال النسخ المحفوظة في أماكن أخرى (الملفات المصدَّرة، ونسخ قاعدة البيانات التي حفظتها بنفسك) تتضمن هذه البيانات: احذفها أيضاً.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unfinished backup files (from a backup that was interrupted) deleted: %1.</source>
        <translation>عدد ملفات النسخ الاحتياطية غير المكتملة (المتبقية من عملية نسخ احتياطي توقفت قبل اكتمالها) التي حُذفت: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files could be neither cleaned nor deleted and still hold the data; delete them yourself: %1</source>
        <translation>تعذّر تنظيف الملفات التالية أو حذفها، ولا تزال تتضمن هذه البيانات؛ احذفها بنفسك: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/contribution_files.py" line="+27"/>
        <source>Contribution files (*%1);;All files (*)</source>
        <translation>ملفات المساهمات (*%1);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+65"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>“%1” is encrypted. Enter the passphrase the sender gave you.</source>
        <translation>الملف ”%1“ مشفّر. أدخل عبارة المرور التي أعطاك إياها المرسِل.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file cannot be used</source>
        <translation>لا يمكن استخدام الملف</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;التشفير بعبارة مرور</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain:</source>
        <translation>مرة أ&amp;خرى:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least %1 characters. Give it to the recipient another way than the file (e.g. by telephone).</source>
        <translation>الحد الأدنى لعدد الأحرف: %1. أبلغ المستلم بعبارة المرور بطريقة أخرى غير الملف (بالهاتف مثلاً).</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="+382"/>
        <source>Request to %1 saved to %2</source>
        <translation>حُفظ الطلب الموجَّه إلى %1 في %2</translation>
    </message>
    <message>
        <location line="+230"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Merge a contribution</source>
        <translation>دمج مساهمة</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your last edit is not saved yet: %1
Save it (Retry) before merging a contribution.</source>
        <translation>لم يُحفظ تعديلك الأخير بعد: %1
احفظه (”إعادة المحاولة“) قبل دمج مساهمة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This response is final. Reopen it (Reopen for editing…, above the form) before merging a contribution.</source>
        <translation>هذا الرد نهائي. أعد فتحه (”إعادة الفتح للتحرير…“، أعلى النموذج) قبل دمج مساهمة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reply cannot be merged</source>
        <translation>لا يمكن دمج الإفادة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This reply from %1 was merged already: there is nothing new in it.</source>
        <translation>سبق دمج هذه الإفادة الواردة من %1: لا جديد فيها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reply was not merged</source>
        <translation>لم تُدمج الإفادة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers merged from %2: %1</source>
        <translation>عدد الإجابات المدمجة من %2: %1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="+151"/>
        <location line="+21"/>
        <source>Contribution from %1</source>
        <translation>مساهمة من %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Contribution from another agency</source>
        <translation>مساهمة من جهة أخرى</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+8"/>
        <source>Received with the lead&apos;s request</source>
        <translation>وردت مع طلب الوزارة الرئيسية</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (answered by %2)</source>
        <translation>%1 (أجاب عنها %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, request of %2</source>
        <translation>%1، طلب بتاريخ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, returned %2</source>
        <translation>%1، أُعيدت في %2</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="+98"/>
        <location line="+5"/>
        <source>No answer</source>
        <translation>لا إجابة</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>— No answer —</source>
        <translation>— لا إجابة —</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../survey_app/gui/compare_view.py" line="+270"/>
        <location line="+103"/>
        <source>Year over year</source>
        <extracomment>colours of a status in the list; the words are always shown too the chart takes at most this share of the height (it scrolls beyond), the lists the rest (response id, item id): the user wants to see this question in the response the comparison PDF was written (its path) the window&apos;s title for the pair now compared labels of the questionnaire (norms, statuses, legend) in the language the form shows them: the interface language when the questionnaire has it, else the response&apos;s (as MainWindow.form_language); fixed wording in the interface&apos;s set once the user drags a splitter: their sizes are kept from then on</extracomment>
        <translation>مقارنة سنوية</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with</source>
        <translation>مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only</source>
        <translation>التغييرات فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation status of each norm by cycle</source>
        <translation>حالة تنفيذ كل قاعدة حسب الدورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part and section</source>
        <translation>الجزء والقسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>تغيّرت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in the response</source>
        <translation>فتح في الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of %2 questions differ between %3 and %4</source>
        <translation>عدد الأسئلة المختلفة بين %3 و%4: %1 من أصل %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose two different cycles to compare.</source>
        <translation>اختر دورتين مختلفتين للمقارنة.</translation>
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
        <translation>إجابات منقولة لم تُراجَع بعد: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All parts</source>
        <translation>جميع الأجزاء</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>(no answer)</source>
        <translation>(لا إجابة)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (formerly %1)</source>
        <translation> (سابقاً %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · carried forward, not yet reviewed</source>
        <translation> · منقولة، لم تُراجَع بعد</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save the comparison as PDF</source>
        <translation>حفظ المقارنة بصيغة PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The PDF was not saved</source>
        <translation>لم يُحفظ ملف PDF</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot compare</source>
        <translation>تتعذّر المقارنة</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="-215"/>
        <source>Contributions of this response</source>
        <translation>مساهمات هذا الرد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>تاريخ الإعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>تاريخ الدمج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests sent</source>
        <translation>الطلبات المرسَلة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send &amp;again…</source>
        <translation>إعادة الإ&amp;رسال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel request</source>
        <translation>إ&amp;لغاء الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge a reply…</source>
        <translation>&amp;دمج إفادة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply merged</source>
        <translation>دُمجت الإفادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out with the agency</source>
        <translation>بانتظار إفادة الجهة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Requests sent: %1. Out with an agency: %2.</source>
        <translation>الطلبات المرسَلة: %1. بانتظار إفادة جهة: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request was sent from this response yet.</source>
        <translation>لم يُرسَل أي طلب من هذا الرد بعد.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the request</source>
        <translation>حفظ الطلب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not saved</source>
        <translation>لم يُحفظ الطلب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request to %1 saved to %2</source>
        <translation>حُفظ الطلب الموجَّه إلى %1 في %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel the request</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request to %1? A reply to it can no longer be merged (unless you send it again).</source>
        <translation>هل تريد إلغاء الطلب الموجَّه إلى %1؟ لن يعود بالإمكان دمج أي إفادة عليه (ما لم تُعِد إرساله).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not cancelled</source>
        <translation>لم يُلغَ الطلب</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../survey_app/gui/item_widgets.py" line="+324"/>
        <location line="+1"/>
        <source>No date</source>
        <translation>لا تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date: %1</source>
        <translation>مسح التاريخ: %1</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="+21"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported to %1</source>
        <translation>تم التصدير إلى %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export failed</source>
        <translation>فشل التصدير</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../survey_app/gui/group_widget.py" line="+133"/>
        <source>No rows yet.</source>
        <translation>لا توجد صفوف بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to %1</source>
        <translation>إضافة صف إلى %1</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <location line="-65"/>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>حذف الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 up</source>
        <translation>نقل %1 إلى الأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>نقل %1 إلى الأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="-139"/>
        <source>History: %1</source>
        <translation>السجل: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <extracomment>the answer of each row as text (newest first, as the table shows them)</extracomment>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>من قام بالتعديل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier answers</source>
        <translation>الإجابات السابقة</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>(no answer)</source>
        <extracomment>where each row&apos;s answer came from, when it came from a contribution (&quot;&quot; otherwise)</extracomment>
        <translation>(لا إجابة)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The selected answer in full</source>
        <translation>الإجابة المحددة كاملةً</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No earlier answers.</source>
        <translation>لا توجد إجابات سابقة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore this answer</source>
        <translation>استعادة هذه الإجابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected answer</source>
        <translation>استعادة الإجابة المحددة</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../survey_app/gui/form.py" line="+181"/>
        <source>Carried forward from the previous cycle: check it is still right.</source>
        <translation>منقولة من الدورة السابقة: تحقّق من أنها لا تزال صحيحة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the carried answer: %1</source>
        <translation>تأكيد الإجابة المنقولة: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the answer: %1</source>
        <translation>سجل الإجابة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (private)</source>
        <translation>ملاحظة (خاصة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note: %1</source>
        <translation>ملاحظة خاصة: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context from the lead — not asked of your agency</source>
        <translation>سياق من الوزارة الرئيسية — لم يُطلب من جهتك</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show the extract: %1</source>
        <translation>عرض المقتطف: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: %1</source>
        <translation>المرجع: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+25"/>
        <source>Hide extract</source>
        <extracomment>in an agency&apos;s workspace, on a question the lead did not ask: shown read-only, as context</extracomment>
        <translation>إخفاء المقتطف</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Show extract</source>
        <translation>عرض المقتطف</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../survey_app/gui/i18n_qt.py" line="+202"/>
        <source>&amp;Language</source>
        <extracomment>QLocale used for Qt&apos;s own formatting (spin boxes, date edits) per language. Arabic uses a locale with Latin digits, like survey_app.i18n.formatting (see docs/translating.md).</extracomment>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the menus and messages; answers keep their own language</source>
        <translation>لغة القوائم والرسائل؛ تبقى الإجابات بلغتها الأصلية</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../survey_app/gui/item_widgets.py" line="-129"/>
        <source>%1 of %2 words</source>
        <extracomment>single_choice lists longer than this use a drop-down list instead of radio buttons</extracomment>
        <translation>عدد الكلمات: %1 من أصل %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="+165"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contributions</source>
        <translation>&amp;المساهمات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New response…</source>
        <translation>رد &amp;جديد…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another &amp;database…</source>
        <translation>فتح &amp;قاعدة بيانات أخرى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy of the database…</source>
        <translation>حفظ &amp;نسخة من قاعدة البيانات…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a newer &amp;questionnaire file…</source>
        <translation>إضافة ملف &amp;استبيان أحدث…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the de&amp;mo</source>
        <translation>فتح ال&amp;عرض التوضيحي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>تصدير بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;JSON…</source>
        <translation>تصدير بصيغة &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;responses</source>
        <translation>جميع ال&amp;ردود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;personal data from this response…</source>
        <translation>إزالة البيانات ال&amp;شخصية من هذا الرد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next section</source>
        <translation>القسم ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous section</source>
        <translation>القسم ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>&amp;Review and finalise</source>
        <translation>ال&amp;مراجعة ووضع الصيغة النهائية</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Go to the list of &amp;sections</source>
        <translation>الانتقال إلى قائمة الأ&amp;قسام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About NSI Survey…</source>
        <translation>&amp;حول NSI Survey…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request contributions…</source>
        <translation>&amp;طلب مساهمات…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contributions of this response…</source>
        <translation>م&amp;ساهمات هذا الرد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge a contribution…</source>
        <translation>&amp;دمج مساهمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a contribution received…</source>
        <translation>&amp;فتح مساهمة واردة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn to lead…</source>
        <translation>إ&amp;عادة الإجابات إلى الوزارة الرئيسية…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry saving</source>
        <translation>إعادة محاولة الحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Undo delete</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>National Survey of Implementation</source>
        <translation>الدراسة الاستقصائية الوطنية للتنفيذ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot list the responses</source>
        <translation>يتعذّر عرض قائمة الردود</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The response was not created</source>
        <translation>لم يتم إنشاء الرد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the response</source>
        <translation>حذف الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the response of %1 for cycle %2? You can undo this right after.</source>
        <translation>هل تريد حذف رد %1 للدورة %2؟ يمكنك التراجع عن ذلك مباشرةً بعد الحذف.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response was not deleted</source>
        <translation>لم يتم حذف الرد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response deleted.</source>
        <translation>تم حذف الرد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response was not restored</source>
        <translation>لم تتم استعادة الرد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response restored.</source>
        <translation>تمت استعادة الرد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the response</source>
        <translation>يتعذّر فتح الرد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questionnaire not found</source>
        <translation>لم يُعثر على الاستبيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response uses the questionnaire “%1” version %2, which is not installed. Add the questionnaire file (File › Add a newer questionnaire file…) and try again.</source>
        <translation>يستخدم هذا الرد الاستبيان ”%1“ بصيغته %2، وهي غير مثبّتة. أضف ملف الاستبيان (ملف › إضافة ملف استبيان أحدث…) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Review</source>
        <translation>ال&amp;مراجعة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No response open.</source>
        <translation>لا يوجد رد مفتوح.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>final (read-only)</source>
        <translation>نهائي (للقراءة فقط)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database opened read-only</source>
        <translation>قاعدة البيانات مفتوحة للقراءة فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · cycle %2 · %3 · %4% answered</source>
        <translation>%1 · الدورة %2 · %3 · تمت الإجابة عن %4%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparison is not available in this version.</source>
        <translation>المقارنة غير متاحة في هذه الصيغة.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last edit could not be saved: %1
Try again before closing?</source>
        <translation>تعذّر حفظ آخر تعديل أجريته: %1
هل تريد إعادة المحاولة قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../survey_app/gui/merge_dialog.py" line="+73"/>
        <source>Merge the reply of %1</source>
        <translation>دمج إفادة %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reply of %1, answered by %2, returned on %3.</source>
        <translation>إفادة %1، أجاب عنها %2، وأُعيدت في %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken: %1 · Kept: %2 · The same: %3 · Merged: %4 · Conflicts: %5</source>
        <translation>مأخوذة: %1 · مُبقاة: %2 · متطابقة: %3 · مدمجة: %4 · تعارضات: %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note from the agency</source>
        <translation>ملاحظة من الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers of the reply</source>
        <translation>إجابات الإفادة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your answer now</source>
        <translation>إجابتك الحالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer of %1</source>
        <translation>إجابة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck through: only in your answer. Underlined and bold: only in theirs.</source>
        <translation>النص المشطوب: موجود في إجابتك فقط. النص المسطَّر والغامق: موجود في إجابة الجهة فقط.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep mine</source>
        <translation>الإ&amp;بقاء على إجابتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs</source>
        <translation>أ&amp;خذ إجابة الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit a combined text</source>
        <translation>&amp;تحرير نص مدمج</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Combined text</source>
        <translation>النص المدمج</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Next conflict</source>
        <translation>التعارض التا&amp;لي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>conflict: yours kept</source>
        <translation>تعارض: أُبقي على إجابتك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: theirs taken</source>
        <translation>تعارض: أُخذت إجابة الجهة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: edited</source>
        <translation>تعارض: نص محرَّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict: choose</source>
        <translation>تعارض: يلزم الاختيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken</source>
        <translation>مأخوذة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>مُبقاة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same</source>
        <translation>متطابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>مدمجة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both you and the agency changed this answer since the request was sent: choose what to keep.</source>
        <translation>غيّرتَ أنت والجهة هذه الإجابة منذ إرسال الطلب: اختر ما تريد الإبقاء عليه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the agency changed this answer: theirs is taken.</source>
        <translation>الجهة وحدها غيّرت هذه الإجابة: تؤخذ إجابة الجهة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency did not change this answer: yours is kept.</source>
        <translation>لم تغيّر الجهة هذه الإجابة: يُبقى على إجابتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and the agency gave the same answer: nothing changes.</source>
        <translation>قدّمتَ أنت والجهة الإجابة نفسها: لا يتغيّر شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both changed rows of this table: the rows are merged (yours first).</source>
        <translation>غيّر كلا الطرفين صفوفاً في هذا الجدول: تُدمج الصفوف (صفوفك أولاً).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Last changed in the agency by %1 on %2.</source>
        <translation>آخر تغيير لدى الجهة أجراه %1 في %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note from the agency: %1</source>
        <translation>ملاحظة من الجهة: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write the combined text, or keep yours or take theirs.</source>
        <translation>اكتب النص المدمج، أو أبقِ على إجابتك، أو خذ إجابة الجهة.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No conflicts.</source>
        <translation>لا توجد تعارضات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve before merging: %1</source>
        <translation>التعارضات التي يلزم حلّها قبل الدمج: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every conflict is resolved.</source>
        <translation>حُلّت جميع التعارضات.</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="+21"/>
        <location line="+15"/>
        <source>Other, please specify</source>
        <translation>غير ذلك، يرجى التحديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other, please specify: %1</source>
        <translation>غير ذلك، يرجى التحديد: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please specify</source>
        <translation>يرجى التحديد</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../survey_app/gui/navigator.py" line="+82"/>
        <source>Parts and sections</source>
        <extracomment>counts end-aligned (mirrored in Arabic by Qt: AlignTrailing follows the layout direction) carried forward from the previous cycle and not yet confirmed questions of the section are out with another agency (docs/contributions.md) section id -&gt; the agencies some of its questions are out with</extracomment>
        <translation>الأجزاء والأقسام</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Context from the lead: nothing to answer here</source>
        <translation>سياق من الوزارة الرئيسية: لا شيء للإجابة عنه هنا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to confirm</source>
        <translation>بانتظار التأكيد: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out with: %1</source>
        <translation>بانتظار إفادة: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 of %2 answered</source>
        <translation>تمت الإجابة عن %1 من أصل %2</translation>
    </message>
</context>
<context>
    <name>NewResponseDialog</name>
    <message>
        <location filename="../../survey_app/gui/new_response_dialog.py" line="+43"/>
        <source>New response</source>
        <extracomment>offered first: what a ministry is asked to fill in the interface language: State names, questionnaire titles and the response&apos;s default language</extracomment>
        <translation>رد جديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the State, the reporting cycle and the questionnaire. Type a name that is not in the list to use a custom name.</source>
        <translation>اختر الدولة ودورة الإبلاغ والاستبيان. لاستخدام اسم غير وارد في القائمة، اكتبه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start typing a State&apos;s name</source>
        <translation>ابدأ بكتابة اسم الدولة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;State</source>
        <translation>ال&amp;دولة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle (year)</source>
        <translation>الدورة (السنة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cycle (year)</source>
        <translation>ال&amp;دورة (السنة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Questionnaire</source>
        <translation>الا&amp;ستبيان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the response</source>
        <translation>لغة الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Member State: %1</source>
        <translation>الدولة العضو: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Member State&apos;s name: it will be recorded as the custom name “%1”.</source>
        <translation>هذا ليس اسم دولة عضو: سيُسجَّل الاسم ”%1“ بوصفه اسماً مخصصاً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean: %1?</source>
        <translation>هل تقصد: %1؟</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Start from the previous cycle&apos;s answers</source>
        <translation>البدء من إجابات الدورة السابقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from the answers of cycle %1 (you confirm or edit each one)</source>
        <translation>البدء من إجابات دورة %1 (تؤكد كل إجابة أو تعدّلها)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No questionnaire is available. Add a questionnaire file first.</source>
        <translation>لا يتوفر أي استبيان. أضف ملف استبيان أولاً.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the State (at most 200 characters).</source>
        <translation>أدخل اسم الدولة (200 حرف على الأكثر).</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="+63"/>
        <source>Private note</source>
        <translation>ملاحظة خاصة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes are for drafting: they stay in this database and are never exported.</source>
        <translation>الملاحظات لأغراض الصياغة: تبقى في قاعدة البيانات هذه ولا تُصدَّر أبداً.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the note</source>
        <translation>تعذّر حفظ الملاحظة</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="-137"/>
        <source>Export PDF</source>
        <translation>تصدير بصيغة PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the PDF</source>
        <translation>لغة ملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include answers marked as sensitive (personal data)</source>
        <translation>تضمين الإجابات المصنفة حساسة (بيانات شخصية)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out unanswered questions</source>
        <translation>استبعاد الأسئلة التي لم تتم الإجابة عنها</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../survey_app/gui/read_only_banner.py" line="+83"/>
        <source>This database is open read-only: you can look at the answers but not change them.</source>
        <extracomment>how much of the lead&apos;s message the banner shows (up to 10,000 characters may come)</extracomment>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط: يمكنك الاطلاع على الإجابات دون تغييرها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This response is final and read-only. Reopen it to make changes.</source>
        <translation>هذا الرد نهائي وللقراءة فقط. أعد فتحه لإجراء تغييرات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen for editing…</source>
        <translation>إعادة الفتح للتحرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the response for editing</source>
        <translation>إعادة فتح الرد للتحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to lead…</source>
        <translation>إعادة الإجابات إلى الوزارة الرئيسية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the answers to the lead ministry</source>
        <translation>إعادة الإجابات إلى الوزارة الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the whole message</source>
        <translation>قراءة الرسالة كاملةً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the lead&apos;s whole message</source>
        <translation>قراءة رسالة الوزارة الرئيسية كاملةً</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contribution requested by %1 (%2, %3)</source>
        <translation>مساهمة بطلب من %1 (%2، %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution requested by %1 (%2, %3) — due %4</source>
        <translation>مساهمة بطلب من %1 (%2، %3) — الموعد النهائي %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead ministry</source>
        <translation>الوزارة الرئيسية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message from the lead: %1</source>
        <translation>رسالة من الوزارة الرئيسية: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message from the lead</source>
        <translation>رسالة من الوزارة الرئيسية</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="-479"/>
        <source>Request contributions</source>
        <translation>طلب مساهمات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the agency and the sections or questions it should answer. The file you save is sent to the agency; its reply is merged back with Merge a contribution…</source>
        <translation>اختر الجهة والأقسام أو الأسئلة التي ينبغي أن تجيب عنها. يُرسَل الملف الذي تحفظه إلى الجهة، ثم تُدمج إفادتها بالأمر ”دمج مساهمة…“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type or choose the agency</source>
        <translation>اكتب اسم الجهة أو اخترها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions asked</source>
        <translation>الأسئلة المطلوبة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Questions:</source>
        <translation>الأ&amp;سئلة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Due date:</source>
        <translation>الم&amp;وعد النهائي:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the agency should know: what to answer, whom to ask…</source>
        <translation>ما ينبغي أن تعرفه الجهة: ما الذي تجيب عنه، ومَن تسأل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message to the agency</source>
        <translation>رسالة إلى الجهة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M&amp;essage:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the other answers as read-only &amp;context</source>
        <translation>إرسال الإجابات الأخرى بوصفها سيا&amp;قاً للقراءة فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;personal data</source>
        <translation>تضمين البيانات ال&amp;شخصية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal data is asked: the file is encrypted with a passphrase.</source>
        <translation>طُلبت بيانات شخصية: سيُشفَّر الملف بعبارة مرور.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save the request…</source>
        <translation>&amp;حفظ الطلب…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>personal data</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out with %1</source>
        <translation>بانتظار إفادة %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This question holds personal data: tick “Include personal data” to ask it.</source>
        <translation>يتضمن هذا السؤال بيانات شخصية: حدّد ”تضمين البيانات الشخصية“ لكي تطلبه.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Questions chosen: %1</source>
        <translation>الأسئلة المختارة: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter the name of the agency asked to contribute.</source>
        <translation>أدخل اسم الجهة المطلوب منها المساهمة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>الرسالة طويلة جداً: الحد الأقصى لعدد الأحرف %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the request</source>
        <translation>حفظ الطلب</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was not saved</source>
        <translation>لم يُحفظ الطلب</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../survey_app/gui/response_view.py" line="+148"/>
        <source>All responses</source>
        <extracomment>the form column&apos;s width in average characters (long lines are hard to read) the navigator&apos;s part of the window&apos;s width, and the limits of the user&apos;s choice the navigator widens for large text up to this share, to show this many characters of a title How long the shown section stays untouched before a neighbour is built in the background. pages built but not shown when answers changed: section id -&gt; values must be reloaded the navigator&apos;s share of the width: kept when the window is resized (a fixed 340 px cut every section title on a wide screen); the user&apos;s own choice when they drag the handle</extracomment>
        <translation>جميع الردود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all responses</source>
        <translation>العودة إلى جميع الردود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — cycle %2 — %3</source>
        <translation>%1 — الدورة %2 — %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and finalise</source>
        <translation>المراجعة ووضع الصيغة النهائية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>تصدير بصيغة PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation>تصدير بصيغة JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>مقارنة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall progress</source>
        <translation>التقدّم الإجمالي</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 of %2 answered</source>
        <translation>تمت الإجابة عن %1 من أصل %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Finalise this response? It becomes read-only until you reopen it.</source>
        <translation>هل تريد وضع الصيغة النهائية لهذا الرد؟ سيصبح للقراءة فقط إلى أن تعيد فتحه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These carried-forward answers were not confirmed:</source>
        <translation>لم يتم تأكيد هذه الإجابات المنقولة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more</source>
        <translation>… وغيرها (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the response</source>
        <translation>وضع الصيغة النهائية للرد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not finalise</source>
        <translation>تعذّر وضع الصيغة النهائية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the response</source>
        <translation>إعادة فتح الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen this response for editing? It becomes a draft again.</source>
        <translation>هل تريد إعادة فتح هذا الرد للتحرير؟ سيعود مسودةً.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reopen</source>
        <translation>تعذّرت إعادة الفتح</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_agency.py" line="-148"/>
        <source>the lead ministry</source>
        <translation>الوزارة الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to lead</source>
        <translation>إعادة الإجابات إلى الوزارة الرئيسية</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Returned before on %1; the new file replaces it.</source>
        <translation>سبقت الإعادة في %1؛ ويحلّ الملف الجديد محلّ الملف السابق.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Questions %2 asked your agency: %1. Answered: %3; changed by your agency: %4. Your answers are written to a file for you to send back, each with a note for the lead if you write one.</source>
        <translation>الأسئلة التي طلبت %2 من جهتك الإجابة عنها: %1. الأسئلة التي أُجيب عنها: %3؛ وما غيّرته جهتك منها: %4. تُكتب إجاباتك في ملف لكي ترسله، ومع كل إجابة ملاحظة للوزارة الرئيسية إن كتبتَ ملاحظة.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not answered</source>
        <translation>لم تتم الإجابة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by your agency</source>
        <translation>غيّرتها جهتك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the lead sent it (not changed)</source>
        <translation>كما أرسلتها الوزارة الرئيسية (دون تغيير)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for the lead (optional)</source>
        <translation>ملاحظة للوزارة الرئيسية (اختيارية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the lead: %1</source>
        <translation>ملاحظة للوزارة الرئيسية: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Write the reply file…</source>
        <translation>&amp;كتابة ملف الإفادة…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The note was not saved</source>
        <translation>لم تُحفظ الملاحظة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase cannot be used</source>
        <translation>لا يمكن استخدام عبارة المرور</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../survey_app/gui/review_view.py" line="+60"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>وضع الصيغة النهائية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the response</source>
        <translation>وضع الصيغة النهائية للرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen for editing…</source>
        <translation>إعادة الفتح للتحرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the response for editing</source>
        <translation>إعادة فتح الرد للتحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to check</source>
        <translation>أسئلة ينبغي التحقق منها</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not answered</source>
        <translation>لم تتم الإجابة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carried forward, not yet confirmed</source>
        <translation>منقولة، لم تؤكَّد بعد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This response is final and read-only. Reopen it to make changes.</source>
        <translation>هذا الرد نهائي وللقراءة فقط. أعد فتحه لإجراء تغييرات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 questions answered. %3 points to check; choose one to go to it.</source>
        <translation>الأسئلة التي تمت الإجابة عنها: %1 من أصل %2. نقاط ينبغي التحقق منها: %3؛ اختر إحداها للانتقال إليها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything is answered and valid. You can finalise the response.</source>
        <translation>تمت الإجابة عن كل الأسئلة وجميعها صحيحة. يمكنك وضع الصيغة النهائية للرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 carried-forward answers are still to be confirmed.</source>
        <translation>لا تزال %1 من الإجابات المنقولة من الدورة السابقة بحاجة إلى تأكيد.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../survey_app/gui/search_dialog.py" line="+59"/>
        <source>Find</source>
        <extracomment>characters of an answer shown around its first match of which before the match, so the matched words are never cut off the end</extracomment>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words in a question or an answer</source>
        <translation>كلمات في سؤال أو إجابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for</source>
        <translation>البحث عن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Answer: %1</source>
        <translation>الإجابة: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 found</source>
        <translation>عدد النتائج: %1</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../survey_app/gui/form.py" line="+81"/>
        <source>Confirm all carried answers in this section</source>
        <translation>تأكيد جميع الإجابات المنقولة في هذا القسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference: %1</source>
        <translation>المرجع: %1</translation>
    </message>
</context>
<context>
    <name>SendAgainDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="+26"/>
        <source>Send again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request to %1 is written again, with the answers as they were sent.</source>
        <translation>يُكتب الطلب الموجَّه إلى %1 مجدداً، مع الإجابات كما أُرسلت.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save…</source>
        <translation>&amp;حفظ…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../survey_app/gui/start_screen.py" line="+115"/>
        <source>Responses</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cycle</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses in this database</source>
        <translation>الردود في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New response…</source>
        <translation>رد &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare…</source>
        <translation>&amp;مقارنة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo</source>
        <translation>فتح ال&amp;عرض التوضيحي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no responses in this database yet. Choose “New response” to start one, or “Open the demo” to look at a fictional example.</source>
        <translation>لا توجد ردود في قاعدة البيانات هذه بعد. اختر ”رد جديد“ للبدء، أو ”فتح العرض التوضيحي“ للاطلاع على مثال خيالي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire files that could not be loaded</source>
        <translation>ملفات الاستبيان التي تعذّر تحميلها</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(read-only)</source>
        <translation>(للقراءة فقط)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — contribution for %2</source>
        <translation>%1 — مساهمة مقدَّمة إلى %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — contribution for the lead ministry</source>
        <translation>%1 — مساهمة مقدَّمة إلى الوزارة الرئيسية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 من %3)</translation>
    </message>
</context>
<context>
    <name>StatusChartWidget</name>
    <message>
        <location filename="../../survey_app/gui/chart_widget.py" line="+42"/>
        <source>Implementation status of each norm by cycle</source>
        <translation>حالة تنفيذ كل قاعدة حسب الدورة</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No implementation status recorded yet.</source>
        <translation>لم تُسجَّل أي حالة تنفيذ بعد.</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="-91"/>
        <location line="+4"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>No answer</source>
        <translation>لا إجابة</translation>
    </message>
</context>
</TS>
