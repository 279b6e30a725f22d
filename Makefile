# The two set-up commands: `make demo` and `make test`. See README.md.
PYTHON_BIN ?= python3
VENV ?= .venv
PORT ?= 8000
PYTEST_ARGS ?=
# Parallel test workers (pytest-xdist): one per core; each gets its own test database. Tests are
# handed out one by one in pytest-django's order, so on every worker the transactional tests
# (which empty the database when they end) still run after the others.
TEST_WORKERS ?= auto
PY := $(VENV)/bin/python
# The languages with a catalogue (locale/<code>/LC_MESSAGES), not every folder in locale/: --all
# would take locale/allauth (the allauth overrides) and locale/pending for languages.
CATALOGUE_LANGUAGES = $(patsubst locale/%/LC_MESSAGES,-l %,$(wildcard locale/*/LC_MESSAGES))

.PHONY: demo demo-plone test install install-test messages bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON_BIN) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(VENV)/bin/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# The demo always runs on the embedded SQLite database, whatever DATABASE_URL says.
# Every link the demo writes (e-mails, certificates, API) follows PORT through BASE_URL; the mail
# it would send is shown at /dev/mail/.
DEMO_ENV = unset DATABASE_URL; DJANGO_SETTINGS_MODULE=integration_site.settings.dev BASE_URL=http://127.0.0.1:$(PORT)
demo: install
	$(DEMO_ENV) $(PY) manage.py migrate --noinput
	$(DEMO_ENV) $(PY) manage.py load_demo --url http://127.0.0.1:$(PORT)
	$(DEMO_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# The demo plus the bundled sample of a Plone site, imported as a centre leaving Plone would.
demo-plone: install
	unset DATABASE_URL; DJANGO_SETTINGS_MODULE=integration_site.settings.dev $(PY) manage.py migrate --noinput
	unset DATABASE_URL; DJANGO_SETTINGS_MODULE=integration_site.settings.dev $(PY) manage.py load_demo --url http://127.0.0.1:$(PORT)
	unset DATABASE_URL; DJANGO_SETTINGS_MODULE=integration_site.settings.dev $(PY) manage.py import_plone plone_import/sample/collective-export
	unset DATABASE_URL; DJANGO_SETTINGS_MODULE=integration_site.settings.dev $(PY) manage.py runserver 127.0.0.1:$(PORT)

# Runs on PostgreSQL when DATABASE_URL is set, else on SQLite.
test: install-test
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist load $(PYTEST_ARGS)

messages: install
	cd $(CURDIR) && $(PY) manage.py makemessages $(CATALOGUE_LANGUAGES) --ignore=.venv --ignore=tests --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 media static
