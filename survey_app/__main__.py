import sys

from survey_app.cli import main

sys.exit(main())
