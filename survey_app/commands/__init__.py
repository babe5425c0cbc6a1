"""Headless subcommands of `survey-app`.

Each module listed here defines `register(subparsers)` which adds its parser(s) and sets
`run=<function(args) -> int>` as the default; `args.db` is the global `--db` (a Path or None).
The list is explicit (not discovered) so a frozen bundle finds every command.
"""

COMMAND_MODULES: tuple[str, ...] = (
    "survey_app.commands.validate",
    "survey_app.commands.responses",
    "survey_app.commands.exchange",
    "survey_app.commands.maintenance",
    "survey_app.commands.import_pdf",
    "survey_app.commands.compare",
    "survey_app.commands.i18n_status",
    "survey_app.commands.privacy",
    "survey_app.commands.contribution",
)
