"""Every limit the application puts on what it reads: one named constant each, in one place.

Files from outside (answers files, submission PDFs, questionnaires, databases) are never trusted:
each reader checks the size from the file system, then reads at most that many bytes, then checks
depth, entries and lengths as it parses. docs/security.md lists these limits for users.
"""

from __future__ import annotations

MIB = 1024 * 1024

# -- answers files (import-answers, the JSON inside a submission PDF) -----------------------------
#: an answers file (JSON or YAML) is at most this large
IMPORT_FILE_BYTES = 20 * MIB
#: one text in an answers file
IMPORT_TEXT_BYTES = 1 * MIB
#: nesting of mappings and lists in an answers file
IMPORT_DEPTH = 12
#: values, keys, mappings and lists in an answers file
IMPORT_NODES = 500_000
#: rows of one table answer
IMPORT_ROWS = 10_000

# -- contribution files (requests sent to other agencies, their replies) --------------------------
#: a contribution file, encrypted or not (answers, the questionnaire it may carry, base64 overhead)
CONTRIBUTION_FILE_BYTES = 40 * MIB
#: characters of an agency's name
AGENCY_NAME_CHARS = 200
#: characters of a request's message, and of a note returned with one answer
CONTRIBUTION_MESSAGE_CHARS = 10_000

# -- the database ---------------------------------------------------------------------------------
#: one stored answer (a table of many rows included), as JSON
ANSWER_VALUE_BYTES = 8 * MIB
#: rows of a table answer, whatever the questionnaire says
ANSWER_ROWS = 10_000
#: characters of a short text answer
ANSWER_SHORT_TEXT_CHARS = 2_000
#: characters of a long text answer
ANSWER_LONG_TEXT_CHARS = 200_000
#: whole numbers are below this in size (exact in JSON and in every reader)
ANSWER_NUMBER_MAGNITUDE = 10**15
#: characters of a State's name (custom or not)
STATE_NAME_CHARS = 200
#: characters of the name recorded with every change ("who")
USER_NAME_CHARS = 200
#: a database up to this size gets the full integrity_check when opened read-only (~0.3 s at this size), a
#: larger one quick_check; opened for writing, any database gets the full check
FULL_CHECK_ON_OPEN_BYTES = 100 * MIB

# -- questionnaires -------------------------------------------------------------------------------
#: a bundled questionnaire or translation file
QUESTIONNAIRE_FILE_BYTES = 50 * MIB
#: a questionnaire the user added (the NSI is well under 1 MB)
USER_QUESTIONNAIRE_FILE_BYTES = 5 * MIB
#: nesting of a questionnaire file
QUESTIONNAIRE_DEPTH = 1_000
#: characters of one condition (`show_if`, `validate`)
CONDITION_CHARS = 2_000

# -- submission PDFs read back (import-pdf) -------------------------------------------------------
#: a submission PDF read back
PDF_FILE_BYTES = 200 * MIB
#: levels of the list of attached files (the EmbeddedFiles name tree; this application writes one)
PDF_NAME_TREE_DEPTH = 32
#: parts (nodes) of the list of attached files
PDF_NAME_TREE_NODES = 1_000
#: files listed as attached to a submission PDF (this application attaches one)
PDF_ATTACHED_FILES = 1_000
#: references followed in a row to reach one object (a reference to a reference to …)
PDF_REFERENCE_CHAIN = 32
