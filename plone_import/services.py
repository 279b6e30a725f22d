"""Importing a Plone export: `import_export()` is the one entry point (command, admin task);
the passes themselves are in importer.py."""

from django.db import transaction
from django.utils import timezone

from core import audit
from core.permissions import require

from . import invitations
from .importer import Importer
from .mapping import Mapping
from .models import ImportRun, RunStatus
from .reader import ExportError, open_export

RUN_IMPORT = "plone_import.run_import"
AUDIT_START = "plone_import.start"
AUDIT_FINISH = "plone_import.finish"


def import_export(
    path,
    *,
    mapping_path=None,
    dry_run=False,
    with_accounts=False,
    user=None,
    run=None,
    blob_home=None,
    progress=None,
):
    """Import the export at `path`; returns the Report. Raises ExportError when the export (or
    the mapping file) cannot be read; nothing is written then."""
    mapping = Mapping.load(mapping_path)
    export = open_export(path, blob_home=blob_home)
    try:
        importer = Importer(
            export,
            mapping=mapping,
            dry_run=dry_run,
            with_accounts=with_accounts,
            user=user,
            run=run,
            progress=progress,
        )
        return importer.run_all()
    finally:
        export.close()


def execute_run(run, path, *, mapping_path=None, blob_home=None, progress=None):
    """Carry out a recorded ImportRun and store its report (the admin's background task)."""
    ImportRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING)
    try:
        report = import_export(
            path,
            mapping_path=mapping_path,
            dry_run=run.dry_run,
            with_accounts=run.import_accounts,
            user=run.requested_by,
            run=run,
            blob_home=blob_home,
            progress=progress,
        )
    except ExportError as error:
        run.status, run.error = RunStatus.FAILED, str(error)
    else:
        run.status, run.report = RunStatus.DONE, report.as_dict()
        run.export_format = report.export_format
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "error", "report", "export_format", "finished_at"])
    audit.record(AUDIT_FINISH, run, user=run.requested_by, data={"status": run.status})
    return run


def start_uploaded_import(user, upload, *, dry_run=False, import_accounts=False):
    """Record an uploaded export and import it in the background. Administrators only: no role
    holds the permission, so only superusers pass."""
    from .tasks import run_uploaded_import

    require(user, RUN_IMPORT)
    run = ImportRun(
        source_name=upload.name[-255:], requested_by=user, dry_run=dry_run, import_accounts=import_accounts
    )
    run.upload.save(upload.name, upload, save=False)
    run.save()
    audit.record(AUDIT_START, run, user=user, data={"dry_run": dry_run, "accounts": import_accounts})
    transaction.on_commit(lambda: run_uploaded_import.enqueue(run.pk))
    return run


def invite_imported_accounts(user):
    """E-mail each imported account that has not set a password yet a link to set one.
    Administrators only; returns how many were invited."""
    require(user, RUN_IMPORT)
    return invitations.send_invitations(by=user)


def accept_invitation(user, form):
    """Set the invited person's password (a valid SetPasswordForm) and verify their address."""
    invitations.accept(user, form)
