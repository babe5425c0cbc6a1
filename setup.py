"""Maps the repository-root data folders into the wheel.

`questionnaires/` and `i18n/` stay at the top of the checkout where maintainers expect them; in a wheel
they become the data packages `survey_app._questionnaires` and `survey_app._i18n`, which
`survey_app.resources` finds with importlib.resources.
"""

from setuptools import find_packages, setup

DATA_PACKAGES = {
    "survey_app._questionnaires": "questionnaires",
    "survey_app._i18n": "i18n",
}

setup(
    packages=find_packages(include=["survey_app", "survey_app.*"]) + list(DATA_PACKAGES),
    package_dir=DATA_PACKAGES,
    package_data={
        "survey_app._questionnaires": ["*.yaml"],
        "survey_app._i18n": ["**/*.yaml", "**/*.po", "**/*.mo", "**/*.ts", "**/*.qm"],
        "survey_app": ["assets/**/*"],
    },
)
