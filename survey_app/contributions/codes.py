"""Error codes of contributions (M1xx), registered once; tests assert the code, not the text."""

from __future__ import annotations

from survey_app.errors import register

UNREADABLE = "M101"
WRONG_FORMAT = "M102"
PASSPHRASE_NEEDED = "M103"
WRONG_PASSPHRASE = "M104"
DAMAGED = "M105"
OTHER_RESPONSE = "M106"
UNKNOWN_REQUEST = "M107"
CANCELLED = "M108"
CONFLICTS = "M109"
NOT_WORKSPACE = "M110"
BAD_REQUEST = "M112"
OLDER_REPLY = "M113"
QUESTIONNAIRE = "M114"
WRONG_KIND = "M115"
REJECTED = "M116"

register(UNREADABLE, "the contribution file cannot be read", "Check the file name and folder, and that this is the file the other agency sent (a .nsi-contribution file).")
register(WRONG_FORMAT, "not a contribution file, or one from a newer version", "Use a file made by survey-app's Request contributions… or Return to lead…; a file from a newer version needs that version of the application.")
register(PASSPHRASE_NEEDED, "the contribution file is encrypted", "Enter the passphrase the sender gave you (by telephone or another channel than the file).")
register(WRONG_PASSPHRASE, "wrong passphrase, or the file was changed", "Check the passphrase (capitals, spaces) and try again; if it is right, the file was damaged or altered on the way: ask the sender to send it again.")
register(DAMAGED, "the contribution file is damaged", "Ask the sender to send the file again; nothing was changed.")
register(OTHER_RESPONSE, "the reply is for another response", "Merge it into the response the request was sent from (the message names it).")
register(UNKNOWN_REQUEST, "the reply answers a request this response did not send", "Check that this is a reply to one of the requests listed in Contributions; nothing was changed.")
register(CANCELLED, "the request was cancelled", "Send the request again if its answers are still wanted, then merge the reply.")
register(CONFLICTS, "the merge has conflicts; nothing was changed", "Choose for each conflict which answer to keep (in the application, or with --conflicts mine or --conflicts theirs).")
register(NOT_WORKSPACE, "this response is not a contribution", "Choose the response that Contributions › Open a contribution received… created for the request.")
register(BAD_REQUEST, "the request cannot be made", "Correct the request as the message says.")
register(OLDER_REPLY, "a newer reply to this request was merged already", "Merge the newest reply the agency returned; this one is older.")
register(QUESTIONNAIRE, "the questionnaire of the contribution cannot be used", "Ask the sender for the questionnaire file, add it (File › Add a newer questionnaire file…), then open the contribution again.")
register(WRONG_KIND, "a request where a reply was expected, or the other way round", "Open a request with Contributions › Open a contribution received…; merge a reply with Contributions › Merge a contribution…")
register(REJECTED, "the contribution holds answers that are not valid; nothing was changed", "Ask the agency to correct the answers listed and return the file again.")
