<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../survey_app/gui/contribution_agency.py" line="+66"/>
        <location line="+6"/>
        <source>Open a contribution received</source>
        <translation>打开收到的供稿文件</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This database is open read-only, perhaps because the application is already open with it. Open the file in the window where the database is open for editing, with Contributions › Open a contribution received…</source>
        <translation>此数据库以只读方式打开，可能是因为应用程序已打开该数据库。请在以可编辑方式打开该数据库的窗口中，通过“供稿 › 打开收到的供稿文件…”打开此文件。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contribution opened from “%1”: answer the questions asked, then choose Return to lead.</source>
        <translation>已从“%1”打开供稿文件：请回答所提出的问题，然后选择“交回牵头部委”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was opened before: your answers are as you left them.</source>
        <translation>“%1”之前已打开过：您的答复保持您上次离开时的状态。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>The contribution was not opened</source>
        <translation>未能打开供稿文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../survey_app/gui/errors.py" line="+53"/>
        <source>What to do: %1</source>
        <translation>处理办法：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../survey_app/gui/errors.py" line="+1"/>
        <location filename="../../survey_app/gui/recovery.py" line="+43"/>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <location line="+137"/>
        <location line="+14"/>
        <source>Return to lead</source>
        <translation>交回牵头部委</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Your last edit is not saved yet: %1
Save it (Retry) before returning the answers.</source>
        <translation>您最近的编辑尚未保存：%1
请先保存（“重试”），再交回答复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>The answers were not returned</source>
        <translation>未能交回答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead ministry</source>
        <translation>牵头部委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply written to “%1”: send it to %2.</source>
        <translation>回复已写入“%1”：请将其发送给 %2。</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/errors.py" line="+12"/>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your answers saved so far are safe; the application keeps running.</source>
        <translation>发生了意外问题。目前已保存的答复是安全的；应用程序将继续运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details were written to %1. Please send that file with your report.</source>
        <translation>详细信息已写入 %1。请在报告问题时附上该文件。</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="+103"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the JSON file</source>
        <translation>保存 JSON 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/about.py" line="+47"/>
        <source>standalone build</source>
        <translation>独立版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Python installation</source>
        <translation>Python 安装</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The National Survey of Implementation of the framework of responsible State behaviour in the use of information and communications technologies. It works offline: nothing you enter leaves this computer unless you export it.</source>
        <translation>关于国家在使用信息和通信技术方面负责任行为框架的国家执行情况调查。本程序离线运行：除非您导出，否则您输入的任何内容都不会离开这台计算机。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your responses are saved in: %1</source>
        <translation>您的答复保存在：%1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/database_actions.py" line="+69"/>
        <source>The database is already open</source>
        <translation>数据库已打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another window or program. Open it read-only here (you can look but not change anything)?</source>
        <translation>%1 已在另一个窗口或程序中打开。要在此以只读方式打开吗（可以查看，但不能做任何更改）？</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+27"/>
        <location filename="../../survey_app/gui/recovery.py" line="+55"/>
        <source>Cannot open the database</source>
        <extracomment>objects another program added to the file (triggers, tables): treated as damaged, never written to the file or its folder cannot be written (raised by Store.open for a file the user may only read)</extracomment>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/recovery.py" line="-37"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 cannot be used, and no healthy backup of it was found.</source>
        <extracomment>open_store(parent, path) of database_actions (passed in: the two modules would import each other)</extracomment>
        <translation>%1 无法使用，且未找到其完好的备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can set the damaged file aside (it is kept, renamed, never deleted) and start a new, empty database in its place, or open another database file.</source>
        <translation>您可以将损坏的文件另行保留（该文件将重命名后保留，绝不会被删除），并在原处新建一个空数据库；也可以打开其他数据库文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set it aside and start a new database</source>
        <translation>另行保留并新建数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database was changed by another program</source>
        <translation>数据库已被其他程序更改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be used.

Set this file aside (it is kept, renamed) and restore the newest healthy backup (%2)? Changes made after that backup are not in it.</source>
        <translation>%1 无法使用。

是否将此文件移到一旁（保留并重命名），并恢复最新的完好备份（%2）？该备份之后所做的更改不在其中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file that could not be used was kept as %1. The database now holds the backup %2.</source>
        <translation>无法使用的文件已保留为 %1。数据库现在包含备份 %2。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file that could not be used was kept as %1. A new, empty database was started in its place.</source>
        <translation>无法使用的文件已保留为 %1。已在其位置新建一个空数据库。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The backup could not be restored</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A new database was started</source>
        <translation>已新建数据库</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/database_actions.py" line="+10"/>
        <source>The database cannot be changed</source>
        <translation>无法更改数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed: the file or its folder cannot be written. Open it read-only here (you can look but not change anything)?</source>
        <translation>%1 无法更改：无法写入该文件或其所在文件夹。要在此以只读方式打开吗（可以查看，但不能做任何更改）？</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../survey_app/gui/recovery.py" line="-51"/>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../survey_app/gui/recovery.py" line="+1"/>
        <source>Survey databases (*.db *.sqlite);;All files (*)</source>
        <translation>调查数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save a copy of the database</source>
        <translation>保存数据库副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey databases (*.db)</source>
        <translation>调查数据库 (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy was not saved</source>
        <translation>未能保存副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved to %1</source>
        <translation>副本已保存至 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Survey databases (*.db);;All files (*)</source>
        <translation>调查数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the current database with the backup %1?
A copy of the current database is kept in the backups folder first, so this can be undone.</source>
        <translation>要用备份 %1 替换当前数据库吗？
当前数据库会先在备份文件夹中保留一份副本，因此此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup was not restored</source>
        <translation>未恢复备份</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database was kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a questionnaire file</source>
        <translation>添加问卷文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire files (*.yaml *.yml)</source>
        <translation>问卷文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The questionnaire was not added</source>
        <translation>未添加问卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 has problems; fix them and add it again.</source>
        <translation>文件 %1 有问题；请修正后重新添加。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire added: %1</source>
        <translation>已添加问卷：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo could not be added</source>
        <translation>无法添加演示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo responses (Republic of Examplia) are in this database.</source>
        <translation>演示答复（示例共和国）已在本数据库中。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No personal data</source>
        <translation>没有个人数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response holds no answers to questions marked as personal data.</source>
        <translation>此答复中没有对标记为个人数据的问题所作的答复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response holds none any more, but these copies of the database still do:</source>
        <translation>答复中已没有此类数据，但以下数据库副本中仍有：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove personal data</source>
        <translation>删除个人数据</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove these answers, their history and notes from this response and from every automatic backup? This cannot be undone.</source>
        <translation>要从此答复及所有自动备份中删除这些答复及其历史记录和备注吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not remove the personal data</source>
        <translation>未能删除个人数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data removed</source>
        <translation>个人数据已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers removed: %1. Earlier values removed: %2. Automatic backups cleaned: %3. Copies saved elsewhere (exported files, copies of the database you saved yourself) still hold the data: delete them too.</source>
        <translation>已删除的答复：%1。已删除的以前值：%2。已清理的自动备份：%3。保存在其他位置的副本（导出的文件、您自行保存的数据库副本）仍含有这些数据：请一并删除。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unfinished backup files (from a backup that was interrupted) deleted: %1.</source>
        <translation>已删除的未完成备份文件（来自中断的备份）：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files could be neither cleaned nor deleted and still hold the data; delete them yourself: %1</source>
        <translation>以下文件既无法清理也无法删除，仍含有这些数据；请自行删除：%1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/contribution_files.py" line="+27"/>
        <source>Contribution files (*%1);;All files (*)</source>
        <translation>供稿文件 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+65"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>“%1” is encrypted. Enter the passphrase the sender gave you.</source>
        <translation>“%1”已加密。请输入发送方提供给您的密码短语。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file cannot be used</source>
        <translation>无法使用该文件</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>使用密码短语加密(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain:</source>
        <translation>再次输入(&amp;G)：</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least %1 characters. Give it to the recipient another way than the file (e.g. by telephone).</source>
        <translation>至少 %1 个字符。请通过文件以外的其他方式（例如电话）告知接收方。</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="+382"/>
        <source>Request to %1 saved to %2</source>
        <translation>致 %1 的请求已保存到 %2</translation>
    </message>
    <message>
        <location line="+230"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Merge a contribution</source>
        <translation>合并供稿</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your last edit is not saved yet: %1
Save it (Retry) before merging a contribution.</source>
        <translation>您最近的编辑尚未保存：%1
请先保存（“重试”），再合并供稿。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This response is final. Reopen it (Reopen for editing…, above the form) before merging a contribution.</source>
        <translation>此答复已定稿。合并供稿前，请先重新打开该答复（表单上方的“重新打开以编辑…”）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reply cannot be merged</source>
        <translation>无法合并该回复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This reply from %1 was merged already: there is nothing new in it.</source>
        <translation>来自 %1 的这份回复已合并过：其中没有新内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reply was not merged</source>
        <translation>未能合并回复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers merged from %2: %1</source>
        <translation>从 %2 合并的答复：%1</translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="+151"/>
        <location line="+21"/>
        <source>Contribution from %1</source>
        <translation>来自 %1 的供稿</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Contribution from another agency</source>
        <translation>来自其他机构的供稿</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+8"/>
        <source>Received with the lead&apos;s request</source>
        <translation>随牵头部委的请求收到</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (answered by %2)</source>
        <translation>%1（答复人：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, request of %2</source>
        <translation>%1，请求日期：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, returned %2</source>
        <translation>%1，交回日期：%2</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="+98"/>
        <location line="+5"/>
        <source>No answer</source>
        <translation>未作答</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>— No answer —</source>
        <translation>— 未作答 —</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../survey_app/gui/compare_view.py" line="+270"/>
        <location line="+103"/>
        <source>Year over year</source>
        <extracomment>colours of a status in the list; the words are always shown too the chart takes at most this share of the height (it scrolls beyond), the lists the rest (response id, item id): the user wants to see this question in the response the comparison PDF was written (its path) the window&apos;s title for the pair now compared labels of the questionnaire (norms, statuses, legend) in the language the form shows them: the interface language when the questionnaire has it, else the response&apos;s (as MainWindow.form_language); fixed wording in the interface&apos;s set once the user drags a splitter: their sizes are kept from then on</extracomment>
        <translation>逐年比较</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only</source>
        <translation>仅显示变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation status of each norm by cycle</source>
        <translation>各项规范在各周期的执行情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part and section</source>
        <translation>部分和章节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in the response</source>
        <translation>在答复中打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of %2 questions differ between %3 and %4</source>
        <translation>%3 与 %4 之间，%2 个问题中有 %1 个不同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose two different cycles to compare.</source>
        <translation>请选择两个不同的周期进行比较。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.</source>
        <comment>a sentence ends</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers carried forward are not yet reviewed.</source>
        <translation>有 %1 个沿用的答复尚未审核。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All parts</source>
        <translation>所有部分</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (formerly %1)</source>
        <translation>（原为 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · carried forward, not yet reviewed</source>
        <translation> · 已沿用，尚未审核</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save the comparison as PDF</source>
        <translation>将比较结果另存为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The PDF was not saved</source>
        <translation>未能保存 PDF</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="-215"/>
        <source>Contributions of this response</source>
        <translation>本答复的供稿情况</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>交回日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>合并日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests sent</source>
        <translation>已发送的请求</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send &amp;again…</source>
        <translation>再次发送(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel request</source>
        <translation>取消请求(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge a reply…</source>
        <translation>合并回复(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply merged</source>
        <translation>回复已合并</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out with the agency</source>
        <translation>待机构回复</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Requests sent: %1. Out with an agency: %2.</source>
        <translation>已发送的请求：%1。待机构回复：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request was sent from this response yet.</source>
        <translation>尚未从此答复发出任何请求。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the request</source>
        <translation>保存请求</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not saved</source>
        <translation>未能保存请求</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request to %1 saved to %2</source>
        <translation>致 %1 的请求已保存到 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel the request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request to %1? A reply to it can no longer be merged (unless you send it again).</source>
        <translation>要取消发给 %1 的请求吗？此后将无法再合并对该请求的回复（除非重新发送）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not cancelled</source>
        <translation>未能取消请求</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../survey_app/gui/item_widgets.py" line="+324"/>
        <location line="+1"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date: %1</source>
        <translation>清除日期：%1</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="+21"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported to %1</source>
        <translation>已导出至 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../survey_app/gui/group_widget.py" line="+133"/>
        <source>No rows yet.</source>
        <translation>尚无任何行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to %1</source>
        <translation>向“%1”添加一行</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <location line="-65"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 up</source>
        <translation>上移%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>下移%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="-139"/>
        <source>History: %1</source>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <extracomment>the answer of each row as text (newest first, as the table shows them)</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier answers</source>
        <translation>以前的答复</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>(no answer)</source>
        <extracomment>where each row&apos;s answer came from, when it came from a contribution (&quot;&quot; otherwise)</extracomment>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The selected answer in full</source>
        <translation>所选答复的全文</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No earlier answers.</source>
        <translation>没有以前的答复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore this answer</source>
        <translation>恢复此答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected answer</source>
        <translation>恢复所选答复</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not restore</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../survey_app/gui/form.py" line="+181"/>
        <source>Carried forward from the previous cycle: check it is still right.</source>
        <translation>沿用自上一周期：请核实是否仍然正确。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the carried answer: %1</source>
        <translation>确认沿用的答复：%1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the answer: %1</source>
        <translation>答复的历史记录：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (private)</source>
        <translation>备注（私人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note: %1</source>
        <translation>私人备注：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context from the lead — not asked of your agency</source>
        <translation>牵头部委提供的背景信息——未请贵机构回答</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show the extract: %1</source>
        <translation>显示摘录：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+25"/>
        <source>Hide extract</source>
        <extracomment>in an agency&apos;s workspace, on a question the lead did not ask: shown read-only, as context</extracomment>
        <translation>隐藏摘录</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Show extract</source>
        <translation>显示摘录</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../survey_app/gui/i18n_qt.py" line="+202"/>
        <source>&amp;Language</source>
        <extracomment>QLocale used for Qt&apos;s own formatting (spin boxes, date edits) per language. Arabic uses a locale with Latin digits, like survey_app.i18n.formatting (see docs/translating.md).</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the menus and messages; answers keep their own language</source>
        <translation>菜单和消息的语言；答复保持其原有语言</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../survey_app/gui/item_widgets.py" line="-129"/>
        <source>%1 of %2 words</source>
        <extracomment>single_choice lists longer than this use a drop-down list instead of radio buttons</extracomment>
        <translation>%1/%2 字</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="+165"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contributions</source>
        <translation>供稿(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New response…</source>
        <translation>新建答复(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another &amp;database…</source>
        <translation>打开其他数据库(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy of the database…</source>
        <translation>保存数据库副本(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a newer &amp;questionnaire file…</source>
        <translation>添加较新的问卷文件(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the de&amp;mo</source>
        <translation>打开演示(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;responses</source>
        <translation>所有答复(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;personal data from this response…</source>
        <translation>从此答复中删除个人数据(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>正常文字大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next section</source>
        <translation>下一节(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous section</source>
        <translation>上一节(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>&amp;Review and finalise</source>
        <translation>审核并定稿(&amp;R)</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Go to the list of &amp;sections</source>
        <translation>转到章节列表(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About NSI Survey…</source>
        <translation>关于 NSI Survey(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request contributions…</source>
        <translation>征集供稿(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contributions of this response…</source>
        <translation>本答复的供稿情况(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge a contribution…</source>
        <translation>合并供稿(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a contribution received…</source>
        <translation>打开收到的供稿文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn to lead…</source>
        <translation>交回牵头部委(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry saving</source>
        <translation>重试保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>National Survey of Implementation</source>
        <translation>国家执行情况调查</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot list the responses</source>
        <translation>无法列出答复</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The response was not created</source>
        <translation>未能创建答复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the response</source>
        <translation>删除答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the response of %1 for cycle %2? You can undo this right after.</source>
        <translation>要删除 %1 在 %2 周期的答复吗？删除后可立即撤销。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response was not deleted</source>
        <translation>未能删除答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response deleted.</source>
        <translation>答复已删除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response was not restored</source>
        <translation>未能恢复答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response restored.</source>
        <translation>答复已恢复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the response</source>
        <translation>无法打开答复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questionnaire not found</source>
        <translation>未找到问卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response uses the questionnaire “%1” version %2, which is not installed. Add the questionnaire file (File › Add a newer questionnaire file…) and try again.</source>
        <translation>此答复使用问卷“%1”的 %2 版本，该版本尚未安装。请添加问卷文件（文件 › 添加较新的问卷文件…）后重试。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No response open.</source>
        <translation>未打开任何答复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>final (read-only)</source>
        <translation>定稿（只读）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database opened read-only</source>
        <translation>数据库以只读方式打开</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · cycle %2 · %3 · %4% answered</source>
        <translation>%1 · %2 周期 · %3 · 已答 %4%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparison is not available in this version.</source>
        <translation>此版本不提供比较功能。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last edit could not be saved: %1
Try again before closing?</source>
        <translation>您最近的修改未能保存：%1
关闭前要重试吗？</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../survey_app/gui/merge_dialog.py" line="+73"/>
        <source>Merge the reply of %1</source>
        <translation>合并 %1 的回复</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reply of %1, answered by %2, returned on %3.</source>
        <translation>%1 的回复，答复人：%2，交回日期：%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken: %1 · Kept: %2 · The same: %3 · Merged: %4 · Conflicts: %5</source>
        <translation>已采用：%1 · 已保留：%2 · 相同：%3 · 已合并：%4 · 冲突：%5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note from the agency</source>
        <translation>机构的备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers of the reply</source>
        <translation>回复所含的答复</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your answer now</source>
        <translation>您当前的答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer of %1</source>
        <translation>%1 的答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck through: only in your answer. Underlined and bold: only in theirs.</source>
        <translation>删除线：仅见于您的答复。下划线加粗：仅见于机构的答复。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep mine</source>
        <translation>保留我的答复(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs</source>
        <translation>采用机构的答复(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit a combined text</source>
        <translation>编辑合并文本(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Combined text</source>
        <translation>合并文本</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Next conflict</source>
        <translation>下一个冲突(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>conflict: yours kept</source>
        <translation>冲突：保留您的答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: theirs taken</source>
        <translation>冲突：采用机构的答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: edited</source>
        <translation>冲突：已编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict: choose</source>
        <translation>冲突：请选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken</source>
        <translation>已采用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both you and the agency changed this answer since the request was sent: choose what to keep.</source>
        <translation>自发送请求以来，您和该机构都修改了此答复：请选择要保留的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the agency changed this answer: theirs is taken.</source>
        <translation>只有该机构修改了此答复：采用机构的答复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency did not change this answer: yours is kept.</source>
        <translation>该机构未修改此答复：保留您的答复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and the agency gave the same answer: nothing changes.</source>
        <translation>您和该机构的答复相同：不作任何更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both changed rows of this table: the rows are merged (yours first).</source>
        <translation>双方都修改了此表格中的行：这些行将合并（您的行在前）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Last changed in the agency by %1 on %2.</source>
        <translation>在该机构最后由 %1 于 %2 修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note from the agency: %1</source>
        <translation>机构的备注：%1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write the combined text, or keep yours or take theirs.</source>
        <translation>请编写合并文本，或保留您的答复，或采用机构的答复。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve before merging: %1</source>
        <translation>合并前需解决的冲突：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every conflict is resolved.</source>
        <translation>所有冲突均已解决。</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="+21"/>
        <location line="+15"/>
        <source>Other, please specify</source>
        <translation>其他，请具体说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other, please specify: %1</source>
        <translation>其他，请具体说明：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please specify</source>
        <translation>请具体说明</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../survey_app/gui/navigator.py" line="+82"/>
        <source>Parts and sections</source>
        <extracomment>counts end-aligned (mirrored in Arabic by Qt: AlignTrailing follows the layout direction) carried forward from the previous cycle and not yet confirmed questions of the section are out with another agency (docs/contributions.md) section id -&gt; the agencies some of its questions are out with</extracomment>
        <translation>部分和章节</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Context from the lead: nothing to answer here</source>
        <translation>牵头部委提供的背景信息：此处无需回答</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to confirm</source>
        <translation>%1 项待确认</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out with: %1</source>
        <translation>待以下机构回复：%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 of %2 answered</source>
        <translation>已答 %1/%2</translation>
    </message>
</context>
<context>
    <name>NewResponseDialog</name>
    <message>
        <location filename="../../survey_app/gui/new_response_dialog.py" line="+43"/>
        <source>New response</source>
        <extracomment>offered first: what a ministry is asked to fill in the interface language: State names, questionnaire titles and the response&apos;s default language</extracomment>
        <translation>新建答复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the State, the reporting cycle and the questionnaire. Type a name that is not in the list to use a custom name.</source>
        <translation>请选择国家、报告周期和问卷。如需使用列表中没有的名称，请直接键入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start typing a State&apos;s name</source>
        <translation>开始键入国家名称</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;State</source>
        <translation>国家(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle (year)</source>
        <translation>周期（年份）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cycle (year)</source>
        <translation>周期（年份）(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Questionnaire</source>
        <translation>问卷(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the response</source>
        <translation>答复语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Member State: %1</source>
        <translation>会员国：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Member State&apos;s name: it will be recorded as the custom name “%1”.</source>
        <translation>这不是会员国名称：将按自定义名称“%1”记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean: %1?</source>
        <translation>您是否指：%1？</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Start from the previous cycle&apos;s answers</source>
        <translation>以上一周期的答复为起点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from the answers of cycle %1 (you confirm or edit each one)</source>
        <translation>以 %1 周期的答复为起点（逐项确认或修改）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No questionnaire is available. Add a questionnaire file first.</source>
        <translation>没有可用的问卷。请先添加问卷文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the State (at most 200 characters).</source>
        <translation>请输入国家名称（不超过 200 个字符）。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../survey_app/gui/history_dialog.py" line="+63"/>
        <source>Private note</source>
        <translation>私人备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes are for drafting: they stay in this database and are never exported.</source>
        <translation>备注仅供起草之用：保存在本数据库中，绝不会导出。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note text</source>
        <translation>备注内容</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the note</source>
        <translation>无法保存备注</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../../survey_app/gui/export_dialog.py" line="-137"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the PDF</source>
        <translation>PDF 的语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include answers marked as sensitive (personal data)</source>
        <translation>包括标记为敏感的答复（个人数据）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out unanswered questions</source>
        <translation>省略未作答的问题</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Date of issue</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>US Letter</source>
        <translation>美国信纸 (Letter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Page size</source>
        <translation>页面大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../survey_app/gui/read_only_banner.py" line="+83"/>
        <source>This database is open read-only: you can look at the answers but not change them.</source>
        <extracomment>how much of the lead&apos;s message the banner shows (up to 10,000 characters may come)</extracomment>
        <translation>此数据库以只读方式打开：您可以查看答复，但不能更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This response is final and read-only. Reopen it to make changes.</source>
        <translation>此答复已定稿，为只读。如需修改，请重新打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen for editing…</source>
        <translation>重新打开以编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the response for editing</source>
        <translation>重新打开答复以编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to lead…</source>
        <translation>交回牵头部委…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the answers to the lead ministry</source>
        <translation>将答复交回牵头部委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the whole message</source>
        <translation>阅读完整消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the lead&apos;s whole message</source>
        <translation>阅读牵头部委的完整消息</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contribution requested by %1 (%2, %3)</source>
        <translation>%1 请求的供稿（%2，%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution requested by %1 (%2, %3) — due %4</source>
        <translation>%1 请求的供稿（%2，%3）——截止日期：%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead ministry</source>
        <translation>牵头部委</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message from the lead: %1</source>
        <translation>牵头部委的消息：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message from the lead</source>
        <translation>牵头部委的消息</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="-479"/>
        <source>Request contributions</source>
        <translation>征集供稿</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the agency and the sections or questions it should answer. The file you save is sent to the agency; its reply is merged back with Merge a contribution…</source>
        <translation>请选择机构及其应回答的章节或问题。您保存的文件将发送给该机构；其回复可通过“合并供稿…”合并回来。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type or choose the agency</source>
        <translation>输入或选择机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>机构(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions asked</source>
        <translation>所提问题</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Questions:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Due date:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the agency should know: what to answer, whom to ask…</source>
        <translation>机构应了解的情况：回答什么、向谁询问…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message to the agency</source>
        <translation>致机构的消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M&amp;essage:</source>
        <translation>消息(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the other answers as read-only &amp;context</source>
        <translation>将其他答复作为只读背景信息发送(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;personal data</source>
        <translation>包括个人数据(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal data is asked: the file is encrypted with a passphrase.</source>
        <translation>请求涉及个人数据：文件将使用密码短语加密。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save the request…</source>
        <translation>保存请求(&amp;S)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>personal data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out with %1</source>
        <translation>待 %1 回复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This question holds personal data: tick “Include personal data” to ask it.</source>
        <translation>此问题涉及个人数据：如需征询，请勾选“包括个人数据”。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Questions chosen: %1</source>
        <translation>已选问题：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter the name of the agency asked to contribute.</source>
        <translation>请输入受请供稿的机构名称。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>消息过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the request</source>
        <translation>保存请求</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was not saved</source>
        <translation>未能保存请求</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../survey_app/gui/response_view.py" line="+148"/>
        <source>All responses</source>
        <extracomment>the form column&apos;s width in average characters (long lines are hard to read) the navigator&apos;s part of the window&apos;s width, and the limits of the user&apos;s choice the navigator widens for large text up to this share, to show this many characters of a title How long the shown section stays untouched before a neighbour is built in the background. pages built but not shown when answers changed: section id -&gt; values must be reloaded the navigator&apos;s share of the width: kept when the window is resized (a fixed 340 px cut every section title on a wide screen); the user&apos;s own choice when they drag the handle</extracomment>
        <translation>所有答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all responses</source>
        <translation>返回所有答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — cycle %2 — %3</source>
        <translation>%1 — %2 周期 — %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and finalise</source>
        <translation>审核并定稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 of %2 answered</source>
        <translation>已答 %1/%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Finalise this response? It becomes read-only until you reopen it.</source>
        <translation>要将此答复定稿吗？定稿后将变为只读，直至您重新打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These carried-forward answers were not confirmed:</source>
        <translation>以下沿用的答复尚未确认：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more</source>
        <translation>……以及另外 %1 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the response</source>
        <translation>将答复定稿</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not finalise</source>
        <translation>无法定稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the response</source>
        <translation>重新打开答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen this response for editing? It becomes a draft again.</source>
        <translation>要重新打开此答复进行编辑吗？它将重新成为草稿。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reopen</source>
        <translation>无法重新打开</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_agency.py" line="-148"/>
        <source>the lead ministry</source>
        <translation>牵头部委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to lead</source>
        <translation>交回牵头部委</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Returned before on %1; the new file replaces it.</source>
        <translation>之前已于 %1 交回；新文件将取代之前的文件。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Questions %2 asked your agency: %1. Answered: %3; changed by your agency: %4. Your answers are written to a file for you to send back, each with a note for the lead if you write one.</source>
        <translation>%2 请贵机构回答的问题：%1 个。已回答：%3 个；其中由贵机构修改：%4 个。您的答复将写入一个文件，供您发回；如您为某项答复撰写了给牵头部委的备注，备注将一并写入。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by your agency</source>
        <translation>已由贵机构修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the lead sent it (not changed)</source>
        <translation>与牵头部委发送时相同（未修改）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for the lead (optional)</source>
        <translation>给牵头部委的备注（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the lead: %1</source>
        <translation>给牵头部委的备注：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Write the reply file…</source>
        <translation>写入回复文件(&amp;W)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The note was not saved</source>
        <translation>未能保存备注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase cannot be used</source>
        <translation>无法使用该密码短语</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../survey_app/gui/review_view.py" line="+60"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the response</source>
        <translation>将答复定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen for editing…</source>
        <translation>重新打开以编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the response for editing</source>
        <translation>重新打开答复以编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to check</source>
        <translation>需核查的问题</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carried forward, not yet confirmed</source>
        <translation>已沿用，尚未确认</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This response is final and read-only. Reopen it to make changes.</source>
        <translation>此答复已定稿，为只读。如需修改，请重新打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 questions answered. %3 points to check; choose one to go to it.</source>
        <translation>已回答 %1/%2 个问题。有 %3 处需要核查；选择其中一处即可跳转。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything is answered and valid. You can finalise the response.</source>
        <translation>所有问题均已回答且有效。您可以将答复定稿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 carried-forward answers are still to be confirmed.</source>
        <translation>仍有 %1 项沿用的答复有待确认。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../survey_app/gui/search_dialog.py" line="+59"/>
        <source>Find</source>
        <extracomment>characters of an answer shown around its first match of which before the match, so the matched words are never cut off the end</extracomment>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words in a question or an answer</source>
        <translation>问题或答复中的词语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Answer: %1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 found</source>
        <translation>找到 %1 项</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../survey_app/gui/form.py" line="+81"/>
        <source>Confirm all carried answers in this section</source>
        <translation>确认本节所有沿用的答复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference: %1</source>
        <translation>出处：%1</translation>
    </message>
</context>
<context>
    <name>SendAgainDialog</name>
    <message>
        <location filename="../../survey_app/gui/contribution_lead.py" line="+26"/>
        <source>Send again</source>
        <translation>再次发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request to %1 is written again, with the answers as they were sent.</source>
        <translation>发给 %1 的请求将重新写入，所附答复与发送时相同。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../survey_app/gui/start_screen.py" line="+115"/>
        <source>Responses</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses in this database</source>
        <translation>本数据库中的答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New response…</source>
        <translation>新建答复(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no responses in this database yet. Choose “New response” to start one, or “Open the demo” to look at a fictional example.</source>
        <translation>本数据库中尚无答复。选择“新建答复”开始填写，或选择“打开演示”查看一个虚构示例。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire files that could not be loaded</source>
        <translation>无法加载的问卷文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — contribution for %2</source>
        <translation>%1 — 为 %2 提供的供稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — contribution for the lead ministry</source>
        <translation>%1 — 为牵头部委提供的供稿</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%2/%3）</translation>
    </message>
</context>
<context>
    <name>StatusChartWidget</name>
    <message>
        <location filename="../../survey_app/gui/chart_widget.py" line="+42"/>
        <source>Implementation status of each norm by cycle</source>
        <translation>各项规范在各周期的执行情况</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No implementation status recorded yet.</source>
        <translation>尚未记录任何执行情况。</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../survey_app/gui/choice_widgets.py" line="-91"/>
        <location line="+4"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>No answer</source>
        <translation>未作答</translation>
    </message>
</context>
</TS>
