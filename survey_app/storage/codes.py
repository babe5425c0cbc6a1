"""Error codes of the storage layer (S1xx: the database file, S2xx: editing) and of imports (I1xx).

Registered once, here, so every storage module can raise them; tests assert the code, not the text.
"""

from __future__ import annotations

from survey_app.errors import register

# -- the database file ---------------------------------------------------------------------------
NOT_SQLITE = "S101"
DAMAGED = "S102"
NEWER_VERSION = "S103"
ALREADY_OPEN = "S104"
CANNOT_OPEN = "S105"
UPGRADE_FAILED = "S106"
BACKUP_DAMAGED = "S107"
NO_BACKUP = "S108"
BACKUP_FAILED = "S109"
MISSING = "S110"
NOT_WRITABLE = "S111"
NOTHING_TO_RECOVER = "S112"
FOREIGN_OBJECTS = "S113"
DAMAGED_NOT_BACKED_UP = "S114"
# -- editing --------------------------------------------------------------------------------------
DISK_FULL = "S201"
READ_ONLY_FILE = "S202"
BUSY = "S203"
WRITE_FAILED = "S204"
UNKNOWN_RESPONSE = "S205"
RESPONSE_FINAL = "S206"
DUPLICATE_RESPONSE = "S207"
UNKNOWN_HISTORY = "S208"
OPENED_READ_ONLY = "S209"
BAD_INPUT = "S210"
NOT_ASKED = "S211"
CHANGED_SINCE = "S212"
EDITS_WAITING = "S213"
# -- importing answers ----------------------------------------------------------------------------
IMPORT_TOO_LARGE = "I101"
IMPORT_UNREADABLE = "I102"
IMPORT_WRONG_FORMAT = "I103"
IMPORT_UNKNOWN_ITEM = "I104"
IMPORT_INVALID_VALUE = "I105"
IMPORT_BAD_ROW = "I106"
IMPORT_TEXT_TOO_LONG = "I107"
IMPORT_TOO_DEEP = "I108"
IMPORT_OTHER_QUESTIONNAIRE = "I109"
IMPORT_REJECTED = "I110"
EXPORT_FAILED = "I111"
IMPORT_NOT_A_FILE = "I112"

register(NOT_SQLITE, "not a survey database", "Choose the survey database file (usually survey.db); this file is something else and was left untouched.")
register(DAMAGED, "the database file is damaged", "Restore the newest backup (the application offers it); the damaged file is kept aside, unchanged.")
register(NEWER_VERSION, "database from a newer version of the application", "Install the newer version of the application that wrote this file; the file was not changed.")
register(ALREADY_OPEN, "database already open elsewhere", "Close the other window or program using this file, or open it read-only.")
register(CANNOT_OPEN, "cannot open the database for writing", "Check that the folder exists, is not read-only and that you may write in it, or open the file read-only.")
register(UPGRADE_FAILED, "the database could not be upgraded", "Nothing was lost: a backup was made before the upgrade. Report the problem, with this message.")
register(BACKUP_DAMAGED, "the backup is damaged", "Choose another backup from the backups folder.")
register(NO_BACKUP, "no usable backup", "No backup of this database was found; keep the damaged file and ask for help.")
register(BACKUP_FAILED, "the backup could not be written", "Free some disk space or choose another folder for the backup.")
register(MISSING, "the database file does not exist", "Check the path, or create the database by opening it for writing.")
register(NOT_WRITABLE, "the database file or its folder cannot be written", "Open it read-only to look at it, or copy it to a folder where you may write (e.g. your Documents) and open the copy.")
register(NOTHING_TO_RECOVER, "the database is healthy", "Nothing needs recovering. To go back to an earlier state, restore a backup: `survey-app restore BACKUP` (File › Restore a backup… in the application).")
register(FOREIGN_OBJECTS, "the database holds objects this application did not create", "Another program changed the file (e.g. added triggers or tables), so it was neither opened nor changed. Restore a backup (the application offers it; the file is kept aside, unchanged), or ask who changed it.")
register(DAMAGED_NOT_BACKED_UP, "the database is damaged: no backup was made", "The earlier, good backups were kept. Close the database and open it again: the application offers to set the damaged file aside and restore the newest backup.")
register(DISK_FULL, "the disk is full", "Free some disk space, then choose Retry: your last edits are kept until they are saved.")
register(READ_ONLY_FILE, "the database file or its folder is read-only", "Make the file writable (or move it to a writable folder), then choose Retry: your last edits are kept.")
register(BUSY, "the database file is locked by another program", "Close the other program (backup or sync tools can do this), then choose Retry: your last edits are kept.")
register(WRITE_FAILED, "the edit could not be saved", "Check the disk and the file, then choose Retry: your last edits are kept.")
register(UNKNOWN_RESPONSE, "no such response", "Run `survey-app list` to see the responses and their numbers.")
register(RESPONSE_FINAL, "the response is final (read-only)", "Reopen the response first if it really must change.")
register(DUPLICATE_RESPONSE, "a response for this State, cycle and questionnaire already exists", "Open the existing response, or delete it first.")
register(UNKNOWN_HISTORY, "no such history entry", "Choose an entry from the item's history.")
register(OPENED_READ_ONLY, "the database was opened read-only", "Close it and open it again for editing.")
register(BAD_INPUT, "invalid value", "Correct the value as described in the message.")
register(CHANGED_SINCE, "the answers changed since the merge was planned; nothing was merged", "Merge the reply again: the plan is made anew from the answers as they are now.")
register(EDITS_WAITING, "an edit is waiting to be saved", "Save it first (Retry in the status bar), then try again.")
register(NOT_ASKED, "this question was not asked of your agency", "Only the questions the lead asked can be answered in a contribution; the others are shown for context.")
register(EXPORT_FAILED, "the file cannot be written", "Choose a folder where you may write and that has free space, and a file name.")
register(IMPORT_TOO_LARGE, "the file is too large", "Answers files are at most a few megabytes; check that this is the right file.")
register(IMPORT_UNREADABLE, "the file cannot be read", "Save the file as UTF-8 JSON or YAML, then import it again.")
register(IMPORT_WRONG_FORMAT, "not a survey answers file", "Use a file made by `survey-app export --format json` (format survey-app/answers).")
register(IMPORT_UNKNOWN_ITEM, "unknown question", "Remove this question from the file, or check it is for the same questionnaire.")
register(IMPORT_INVALID_VALUE, "invalid answer", "Correct the answer in the file as the message says.")
register(IMPORT_BAD_ROW, "invalid table row", "Each row of a table must be a mapping of its column ids to answers.")
register(IMPORT_TEXT_TOO_LONG, "text too long", "Shorten the text (at most 1 MB per answer).")
register(IMPORT_TOO_DEEP, "the file is nested too deeply or has too many entries", "Check that this is the right file; answers files are small and flat.")
register(IMPORT_OTHER_QUESTIONNAIRE, "answers for another questionnaire", "Import the file into a response to the same questionnaire.")
register(IMPORT_NOT_A_FILE, "not a file", "Choose the answers file itself (a .json or .yaml file), not a folder, device, pipe or socket.")
register(IMPORT_REJECTED, "the import was refused; nothing was changed", "Correct every problem listed, then import again.")
